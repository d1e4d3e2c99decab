"use server";

/**
 * The user page's buttons. Each action takes the acting admin from the session (never from the
 * form), parses the form with the shared schema, calls one lib/admin operation — which checks
 * the role again and writes the audit entry in the same transaction — and comes back to the user
 * page with a notice. A refusal (409 already verified, 403 not a superuser…) stays in the dialog.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { errorState, formValues, invalidState, type FormState } from "@/lib/form-state";
import { requirePageAdmin } from "@/app/_lib/session";
import { activateUser } from "@/lib/admin/activate-user";
import { deactivateUser } from "@/lib/admin/deactivate-user";
import { endMatchAsAdmin } from "@/lib/admin/end-match-as-admin";
import { restoreUser } from "@/lib/admin/restore-user";
import { setAdminRole } from "@/lib/admin/set-admin-role";
import { verifyUser } from "@/lib/admin/verify-user";
import { reasonFormSchema, targetSchema } from "../../_lib/schemas";

/** The ?notice= keys of the user page (app/admin/users/[userID]/page.tsx shows their text). */
export type AdminNotice = "verified" | "deactivated" | "activated" | "restored" | "match-ended" | "promoted" | "demoted";

async function run<S extends z.ZodType<{ userId: string }>>(
  formData: FormData,
  schema: S,
  operation: (options: { actorId: string } & z.infer<S>) => Promise<unknown>,
  notice: AdminNotice,
): Promise<FormState> {
  const admin = await requirePageAdmin("/admin/users");
  const parsed = schema.safeParse(formValues(formData));
  if (!parsed.success) {
    const state = invalidState(parsed.error);
    // The user's id travels in a hidden field: there is nothing to show its error next to.
    const idError = state.errors?.userId?.[0];
    return idError ? { status: "error", code: "INVALID_INPUT", message: idError } : state;
  }
  try {
    await operation({ actorId: admin.id, ...parsed.data });
  } catch (error) {
    return errorState(error);
  }
  // The dashboard's numbers, the users table and this page all change.
  revalidatePath("/admin", "layout");
  redirect(`/admin/users/${parsed.data.userId}?notice=${notice}`);
}

export async function verifyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, targetSchema, ({ actorId, userId }) => verifyUser({ actorId, userId }), "verified");
}

export async function deactivateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, reasonFormSchema, ({ actorId, userId, reason }) => deactivateUser({ actorId, userId, input: { reason } }), "deactivated");
}

export async function activateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, targetSchema, ({ actorId, userId }) => activateUser({ actorId, userId }), "activated");
}

export async function restoreAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, targetSchema, ({ actorId, userId }) => restoreUser({ actorId, userId }), "restored");
}

export async function endMatchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, reasonFormSchema, ({ actorId, userId, reason }) => endMatchAsAdmin({ actorId, userId, input: { reason } }), "match-ended");
}

export async function promoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, targetSchema, ({ actorId, userId }) => setAdminRole({ actorId, userId, admin: true }), "promoted");
}

export async function demoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, targetSchema, ({ actorId, userId }) => setAdminRole({ actorId, userId, admin: false }), "demoted");
}
