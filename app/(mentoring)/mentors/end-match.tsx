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
import { END_REASON_MAX, endMatchFormSchema } from "../_lib/client-schemas";
import { endMyMatch } from "./actions";

/**
 * "End mentorship": asks first, with an optional reason the mentor reads. On success the action
 * reloads the page, where suggestions come back and the request reads "Ended".
 */
export function EndMatch({ mentorName, mentorFirstName, describedBy }: { mentorName: string; mentorFirstName: string; describedBy: string }) {
  const [open, setOpen] = useState(false);
  const { form, state, pending, formProps } = useActionForm(endMyMatch, {
    resolver: formResolver(endMatchFormSchema),
    defaultValues: { reason: "" },
  });
  const { errors } = form.formState;
  const reason = useWatch({ control: form.control, name: "reason" }) ?? "";

  return (
    <>
      <Button type="button" variant="secondary" aria-haspopup="dialog" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        End mentorship
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title={`End your mentorship with ${mentorName}?`}
        description={
          <>
            <p>You will both be unmatched and your chat with {mentorFirstName} closes for good. {mentorFirstName} is told, with your reason if you give one.</p>
            <p>You can then ask another mentor.</p>
          </>
        }
      >
        <form {...formProps} className="space-y-4">
          <FormMessage state={state} />
          <Field label="Reason (optional)" hint={`${reason.length}/${END_REASON_MAX} characters. Shown to ${mentorFirstName}.`} error={errors.reason?.message}>
            {(control) => <Textarea {...control} rows={3} maxLength={END_REASON_MAX} {...form.register("reason")} />}
          </Field>
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} variant="danger" confirmLabel="End mentorship" pendingLabel="Ending…" />
        </form>
      </Dialog>
    </>
  );
}
