"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorState, formValues, type FormState } from "@/lib/form-state";
import { requirePageUser } from "@/app/_lib/session";
import { changeRole } from "@/lib/users/change-role";
import { changeRoleSchema } from "@/lib/users/profile-schemas";

export async function switchRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePageUser("/profile/role");
  const parsed = changeRoleSchema.safeParse(formValues(formData));
  // The form has no field to show it next to: the role comes from a hidden input.
  if (!parsed.success) return { status: "error", code: "INVALID_INPUT", message: parsed.error.issues[0]?.message ?? "Choose mentee or mentor" };

  try {
    await changeRole({ userId: user.id, newRole: parsed.data.new_role });
  } catch (error) {
    return errorState(error, { new_role: "_" });
  }
  // The header's links, the dashboard and every mentoring page depend on the role.
  revalidatePath("/", "layout");
  redirect("/profile?saved=role");
}
