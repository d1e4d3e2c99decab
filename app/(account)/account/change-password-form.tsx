"use client";

import { useEffect } from "react";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordField } from "@/components/forms/password-strength";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { changePasswordFormSchema } from "@/lib/users/client-schemas";
import { changeOwnPassword } from "./security-actions";

/** Current, new and confirmed password; the other devices are signed out when it succeeds. */
export function ChangePasswordForm({ userInputs }: { userInputs: string[] }) {
  const { form, state, pending, formProps } = useActionForm(changeOwnPassword, {
    resolver: formResolver(changePasswordFormSchema),
    defaultValues: { current_password: "", new_password: "", confirm: "" },
  });
  const { errors } = form.formState;
  const typedPassword = form.watch("new_password");
  const { reset } = form;

  // A changed password leaves the fields empty: nothing typed stays on the page.
  useEffect(() => {
    if (state.status === "success") reset();
  }, [state, reset]);

  return (
    <form {...formProps} className="space-y-5" aria-label="Change password">
      <FormMessage state={state}>
        {state.code === "RATE_LIMITED" && (
          <p>
            Forgot it? <TextLink href="/forgot-password">Reset your password by email</TextLink>.
          </p>
        )}
      </FormMessage>
      <TextField label="Current password" type="password" autoComplete="current-password" error={errors.current_password?.message} {...form.register("current_password")} />
      <NewPasswordField password={typedPassword} userInputs={userInputs} error={errors.new_password?.message} {...form.register("new_password")} />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" error={errors.confirm?.message} {...form.register("confirm")} />
      <Button type="submit" pending={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
