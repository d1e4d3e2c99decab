"use client";

import type { FormState } from "@/lib/form-state";
import { formResolver } from "@/components/forms/form-resolver";
import { NewPasswordField } from "@/components/forms/password-strength";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { resetPasswordFormSchema } from "@/lib/users/client-schemas";

export function ResetPasswordForm({ action, userInputs }: { action: (state: FormState, formData: FormData) => Promise<FormState>; userInputs: string[] }) {
  const { form, state, pending, formProps } = useActionForm(action, {
    resolver: formResolver(resetPasswordFormSchema),
    defaultValues: { password: "", confirm: "" },
  });
  const { errors } = form.formState;
  const typedPassword = form.watch("password");

  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state}>
        <p>
          <TextLink href="/forgot-password">Ask for a new reset link</TextLink>
        </p>
      </FormMessage>
      <NewPasswordField password={typedPassword} userInputs={userInputs} error={errors.password?.message} {...form.register("password")} />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" error={errors.confirm?.message} {...form.register("confirm")} />
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
