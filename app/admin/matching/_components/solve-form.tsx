"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/form-state";
import { createDraftAction } from "../actions";

export type EmailPair = [mentee: string, mentor: string];

interface SolveFormProps {
  pin?: EmailPair[];
  forbid?: EmailPair[];
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
}

/**
 * "Create draft" and "Re-solve": posts the pins and forbids (hidden JSON fields) to the server,
 * which solves the whole cohort again and opens the new draft. Solving takes seconds on a large
 * cohort: the button says so while it waits.
 */
export function SolveForm({ pin = [], forbid = [], label, pendingLabel, variant = "primary" }: SolveFormProps) {
  const [state, action, pending] = useActionState<FormState, FormData>(createDraftAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="pin" value={JSON.stringify(pin)} />
      <input type="hidden" name="forbid" value={JSON.stringify(forbid)} />
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
