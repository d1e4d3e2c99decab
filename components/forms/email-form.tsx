"use client";

import type { FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { emailOnlySchema } from "@/lib/users/client-schemas";
import { formResolver } from "./form-resolver";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

interface EmailFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  defaultEmail?: string;
}

/** One email field and a button: asking for a new verification link or a password-reset link. */
export function EmailForm({ action, submitLabel, defaultEmail = "" }: EmailFormProps) {
  const { form, state, pending, formProps } = useActionForm(action, {
    resolver: formResolver(emailOnlySchema),
    defaultValues: { email: defaultEmail },
  });
  const { errors } = form.formState;
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <TextField label="UCLA email" type="email" autoComplete="email" spellCheck={false} error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? "Sending…" : submitLabel}
      </Button>
    </form>
  );
}
