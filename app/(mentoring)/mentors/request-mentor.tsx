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
import { REQUEST_MESSAGE_MAX, requestFormSchema } from "../_lib/client-schemas";
import { requestMentor } from "./actions";

/**
 * "Request mentor": a dialog with an optional note and Send. On success the action reloads the
 * page, where the card shows the pending request instead of this button.
 */
export function RequestMentor({ mentor, describedBy, disabled = false }: { mentor: { email: string; name: string }; describedBy: string; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const { form, state, pending, formProps } = useActionForm(requestMentor, {
    resolver: formResolver(requestFormSchema),
    defaultValues: { mentor_email: mentor.email, message: "" },
  });
  const { errors } = form.formState;
  const message = useWatch({ control: form.control, name: "message" }) ?? "";

  return (
    <>
      <Button type="button" aria-haspopup="dialog" aria-describedby={describedBy} disabled={disabled} onClick={() => setOpen(true)}>
        Request mentor
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title={`Ask ${mentor.name} to mentor you`}
        description={<p>They will see your profile and your note, and can accept or decline. You can withdraw the request while it is pending.</p>}
      >
        <form {...formProps} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" {...form.register("mentor_email")} />
          <Field label="Message (optional)" hint={`${message.length}/${REQUEST_MESSAGE_MAX} characters. Say hi and what you would like help with.`} error={errors.message?.message}>
            {(control) => <Textarea {...control} rows={4} maxLength={REQUEST_MESSAGE_MAX} {...form.register("message")} />}
          </Field>
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} confirmLabel="Send request" pendingLabel="Sending…" />
        </form>
      </Dialog>
    </>
  );
}
