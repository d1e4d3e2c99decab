"use client";

import { useActionState, useId } from "react";
import type { FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface ActionButtonProps {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Id of what the button acts on (a card's heading), so "Accept" in a list says whose. */
  describedBy?: string;
  variant?: "primary" | "secondary" | "ghost";
}

/**
 * One button that posts to a server action without asking first (Accept, Withdraw). The action
 * redirects on success; its error shows right below the button and is announced.
 */
export function ActionButton({ action, fields, label, pendingLabel, describedBy, variant = "primary" }: ActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errorId = useId();
  const failed = state.status === "error" && state.message;
  return (
    <form action={formAction} className="flex flex-col items-stretch gap-2 sm:items-start">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} pending={pending} aria-describedby={[describedBy, failed ? errorId : ""].filter(Boolean).join(" ") || undefined}>
        {pending ? pendingLabel : label}
      </Button>
      {failed && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700" data-testid="action-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
