/**
 * Opening a notification from the list: marks it read and goes to its page. A plain link (not
 * prefetched: the list uses <a>, not <Link>) so it works without JavaScript and in a new tab.
 */
import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "@/auth";
import { getEnv } from "@/lib/env";
import { openNotification } from "@/lib/notifications/notifications";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const base = getEnv().FRONTEND_URL;
  const user = await currentUser();
  if (!user || !user.isActive || user.isDeleted) {
    return NextResponse.redirect(`${base}/login?${new URLSearchParams({ callbackUrl: `/notifications/${id}` })}`, 303);
  }
  const link = await openNotification({ userId: user.id, id });
  return NextResponse.redirect(`${base}${link ?? "/notifications"}`, 303);
}
