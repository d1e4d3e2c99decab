"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { cancelDeletion } from "./actions";

export function CancelDeletionForm() {
  const [state, action, pending] = useActionState(cancelDeletion, { status: "idle" });
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? "Restoring your account…" : "Cancel deletion"}
      </Button>
    </form>
  );
}
