"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { resubscribe, type ResubscribeState } from "./actions";

export function ResubscribeForm({ token, what }: { token: string; what: string }) {
  const [state, action] = useActionState<ResubscribeState, FormData>(resubscribe, { status: "idle" });
  if (state.status === "done") {
    return (
      <Alert tone="success" title="You're subscribed again" data-testid="resubscribed">
        <p>We&rsquo;ll email you about {what} again.</p>
      </Alert>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.status === "error" && <Alert tone="error">{state.message}</Alert>}
      <p className="text-sm text-gray-700">Unsubscribed by mistake?</p>
      <SubmitButton variant="secondary">Resubscribe</SubmitButton>
    </form>
  );
}
