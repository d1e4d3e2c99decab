"use client";

import { useState, type ReactNode } from "react";
import { useWatch } from "react-hook-form";
import type { FormState } from "@/lib/form-state";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFormActions } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { ADMIN_REASON_MAX, reasonFormSchema, targetSchema } from "../../_lib/client-schemas";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface AdminActionProps {
  action: Action;
  userId: string;
  triggerLabel: string;
  /** Red for what takes something away (deactivate, end a match, demote). */
  tone?: "primary" | "danger";
  title: ReactNode;
  /** What will change; read out with the title when the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Asks for the required reason that goes into the audit log (and, for a deactivation, the refusal at login). */
  reason?: { label: string; hint: string };
}

/**
 * One console action: a button that opens a confirmation dialog saying what will change; only the
 * dialog's confirm button posts. With `reason`, the dialog holds a required text field checked in
 * the browser and again on the server. Success leaves the page for the user page with a notice;
 * a refusal stays in the dialog, announced.
 */
export function AdminAction({ action, userId, triggerLabel, tone = "primary", title, children, confirmLabel, pendingLabel, reason }: AdminActionProps) {
  const [open, setOpen] = useState(false);
  const { form, state, pending, formProps } = useActionForm(action, {
    resolver: formResolver(reason ? reasonFormSchema : targetSchema),
    defaultValues: reason ? { userId, reason: "" } : { userId },
  });
  const { errors } = form.formState;
  const typed = useWatch({ control: form.control, name: "reason" }) ?? "";

  return (
    <>
      <Button type="button" variant={tone === "danger" ? "secondary" : "primary"} aria-haspopup="dialog" onClick={() => setOpen(true)} className={tone === "danger" ? "border-red-700 text-red-800 hover:bg-red-50" : ""}>
        {triggerLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} busy={pending} title={title} description={children}>
        <form {...formProps} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" {...form.register("userId")} />
          {reason && (
            <Field label={reason.label} hint={`${reason.hint} ${String(typed).length}/${ADMIN_REASON_MAX} characters.`} error={errors.reason?.message}>
              {(control) => <Textarea {...control} rows={3} maxLength={ADMIN_REASON_MAX} required aria-required {...form.register("reason")} />}
            </Field>
          )}
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} variant={tone} confirmLabel={confirmLabel} pendingLabel={pendingLabel} />
        </form>
      </Dialog>
    </>
  );
}
