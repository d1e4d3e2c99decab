"use server";

import { revalidatePath } from "next/cache";
import { requirePageUser } from "@/app/_lib/session";
import { markNotificationsRead } from "@/lib/notifications/notifications";

export async function markAllRead(): Promise<void> {
  const user = await requirePageUser("/notifications");
  await markNotificationsRead({ userId: user.id, input: {} });
  // Re-renders the page and the layout, whose header hands the bell its new count.
  revalidatePath("/notifications");
}
