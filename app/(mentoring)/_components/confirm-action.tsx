"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { FormState } from "@/lib/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFormActions } from "@/components/ui/dialog";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface ConfirmActionProps {
  action: Action;
  /** Hidden fields posted with the confirmation (ids and emails of what is acted on). */
  fields: Record<string, string>;
  triggerLabel: string;
  /** Id of what the trigger acts on (a card's heading), so "Remove" in a list says whom. */
  triggerDescribedBy?: string;
  triggerVariant?: "secondary" | "ghost" | "danger";
  title: ReactNode;
  /** What will happen; read out with the title. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
}

/**
 * A button that asks first: it opens a dialog explaining the consequences, and only the dialog's
 * confirm button posts to the server action. The action redirects on success (the item it acted
 * on leaves the page, and this with it); an error stays in the dialog.
 */
export function ConfirmAction({ action, fields, triggerLabel, triggerDescribedBy, triggerVariant = "ghost", title, children, confirmLabel, pendingLabel }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <>
      <Button type="button" variant={triggerVariant} aria-describedby={triggerDescribedBy} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={children} busy={pending}>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} variant="danger" confirmLabel={confirmLabel} pendingLabel={pendingLabel} />
        </form>
      </Dialog>
    </>
  );
}
