"use server";

/**
 * The matching pages' buttons. Each takes the acting admin from the session (never from the form),
 * calls one lib/matching/cohort/runs operation — which checks the role again and writes the audit
 * entry in its transaction — and goes to the run's page. A refusal (409 nobody to match, a bad pin,
 * not a draft any more) stays on the form, announced.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePageAdmin } from "@/app/_lib/session";
import { errorState, formValues, type FormState } from "@/lib/form-state";
import { createRun } from "@/lib/matching/cohort/runs/create-run";
import { discardRun } from "@/lib/matching/cohort/runs/discard-run";
import { publishRun } from "@/lib/matching/cohort/runs/publish-run";
import { runFormSchema, solveFormSchema } from "./_lib/schemas";

/** The ?notice= keys of the run page. */
export type RunNotice = "published" | "discarded";

/** A refusal as one message: the forms have no field of their own for a pin's error. */
function refusal(error: unknown): FormState {
  const state = errorState(error);
  const first = state.message ?? Object.values(state.errors ?? {})[0]?.[0];
  return { status: "error", code: state.code, message: first };
}

function parseList(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export async function createDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePageAdmin("/admin/matching");
  const parsed = solveFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", code: "INVALID_INPUT", message: "The pins and forbids could not be read. Reload the page and try again." };
  let runId: string;
  try {
    ({ id: runId } = await createRun({ actorId: admin.id, input: { pin: parseList(parsed.data.pin), forbid: parseList(parsed.data.forbid) } }));
  } catch (error) {
    return refusal(error);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/matching/${runId}`);
}

async function decide(formData: FormData, operation: typeof publishRun | typeof discardRun, notice: RunNotice): Promise<FormState> {
  const admin = await requirePageAdmin("/admin/matching");
  const parsed = runFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", code: "INVALID_INPUT", message: "No run chosen" };
  try {
    await operation({ actorId: admin.id, runId: parsed.data.runId });
  } catch (error) {
    return refusal(error);
  }
  // The program's numbers and the users table change with a publish.
  revalidatePath("/admin", "layout");
  redirect(`/admin/matching/${parsed.data.runId}?notice=${notice}`);
}

export async function publishAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, publishRun, "published");
}

export async function discardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, discardRun, "discarded");
}
