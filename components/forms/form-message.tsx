import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/form-state";

/**
 * The form-wide message of an action's answer: an error (announced at once) or a success.
 * `children` adds to an error, e.g. a link to the way out.
 */
export function FormMessage({ state, children }: { state: FormState; children?: ReactNode }) {
  if (!state.message) return null;
  if (state.status === "success") {
    return (
      <Alert tone="success" data-testid="form-success">
        <p>{state.message}</p>
      </Alert>
    );
  }
  return (
    <Alert tone="error" data-testid="form-error">
      <p>{state.message}</p>
      {children}
    </Alert>
  );
}
