"use client";

import { useActionState, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFormActions } from "@/components/ui/dialog";
import type { FormState } from "@/lib/form-state";
import { useUnappliedAdjustments } from "./unapplied-adjustments";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface RunActionProps {
  action: Action;
  runId: string;
  triggerLabel: string;
  tone?: "primary" | "danger";
  title: ReactNode;
  /** What will happen; read out with the title when the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Warn in the dialog while pins or forbids were changed but not re-solved (Publish). */
  warnUnapplied?: boolean;
}

/** Publish or Discard: a button that opens a confirmation; only the dialog's button posts. */
export function RunAction({ action, runId, triggerLabel, tone = "primary", title, children, confirmLabel, pendingLabel, warnUnapplied = false }: RunActionProps) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const unapplied = useUnappliedAdjustments() && warnUnapplied;
  return (
    <>
      <Button type="button" variant={tone === "danger" ? "secondary" : "primary"} aria-haspopup="dialog" onClick={() => setOpen(true)} className={tone === "danger" ? "border-red-700 text-red-800 hover:bg-red-50" : ""}>
        {triggerLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} busy={pending} title={title} description={children}>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          {unapplied && (
            <Alert tone="warning" role="note" data-testid="unapplied-warning">
              <p>
                Your changed pins and forbids are not applied yet: this publishes the pairs shown on the page. To apply them, cancel and choose &ldquo;Re-solve with
                these changes&rdquo; first.
              </p>
            </Alert>
          )}
          <input type="hidden" name="runId" value={runId} />
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} variant={tone} confirmLabel={confirmLabel} pendingLabel={pendingLabel} />
        </form>
      </Dialog>
    </>
  );
}
