"use client";

import { useActionState, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { FormState } from "@/lib/form-state";

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
}

/** Publish or Discard: a button that opens a confirmation; only the dialog's button posts. */
export function RunAction({ action, runId, triggerLabel, tone = "primary", title, children, confirmLabel, pendingLabel }: RunActionProps) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <>
      <Button type="button" variant={tone === "danger" ? "secondary" : "primary"} aria-haspopup="dialog" onClick={() => setOpen(true)} className={tone === "danger" ? "border-red-700 text-red-800 hover:bg-red-50" : ""}>
        {triggerLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} busy={pending} title={title} description={children}>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="runId" value={runId} />
          <DialogActions>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant={tone} pending={pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
