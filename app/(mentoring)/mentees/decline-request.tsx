"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFormActions } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { DECLINE_REASON_MAX, declineFormSchema } from "../_lib/client-schemas";
import { declineMenteeRequest } from "./actions";

/** "Decline": a dialog with an optional reason, which the mentee sees with the declined request. */
export function DeclineRequest({ requestId, menteeName, describedBy }: { requestId: string; menteeName: string; describedBy: string }) {
  const [open, setOpen] = useState(false);
  const { form, state, pending, formProps } = useActionForm(declineMenteeRequest, {
    resolver: formResolver(declineFormSchema),
    defaultValues: { requestId, reason: "" },
  });
  const { errors } = form.formState;
  const reason = useWatch({ control: form.control, name: "reason" }) ?? "";

  return (
    <>
      <Button type="button" variant="secondary" aria-haspopup="dialog" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        Decline
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}
        busy={pending} title={`Decline ${menteeName}’s request?`} description={<p>{menteeName} will see that you declined, with your reason if you give one.</p>}>
        <form {...formProps} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" {...form.register("requestId")} />
          <Field label="Reason (optional)" hint={`${reason.length}/${DECLINE_REASON_MAX} characters. A kind word helps, e.g. that your roster is about to fill up.`} error={errors.reason?.message}>
            {(control) => <Textarea {...control} rows={3} maxLength={DECLINE_REASON_MAX} {...form.register("reason")} />}
          </Field>
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} variant="danger" confirmLabel="Decline request" pendingLabel="Declining…" />
        </form>
      </Dialog>
    </>
  );
}
