"use client";

import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { CardFooter } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { loginSchema } from "@/lib/users/client-schemas";
import { recoverAccount } from "./actions";

export function RecoverForm() {
  const { form, state, pending, formProps } = useActionForm(recoverAccount, {
    resolver: formResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;

  if (state.status === "success") {
    return (
      <div className="space-y-5">
        <Alert tone="success" data-testid="form-success">
          <p>{state.message}</p>
        </Alert>
        <ButtonLink href="/login" size="lg" className="w-full">
          Log in
        </ButtonLink>
      </div>
    );
  }

  return (
    <>
      <form {...formProps} className="space-y-5">
        <FormMessage state={state}>
          {state.code === "CONFLICT" && (
            <p>
              You can <TextLink href="/register">create a new account</TextLink> with the same email.
            </p>
          )}
          {state.code === "INVALID_INPUT" && !state.errors && (
            <p>
              <TextLink href="/login">Log in</TextLink>
            </p>
          )}
          {state.code === "EMAIL_NOT_VERIFIED" && (
            <p>
              <TextLink href="/check-email">Send me a new verification link</TextLink>
            </p>
          )}
        </FormMessage>
        <TextField label="UCLA email" type="email" autoComplete="email" spellCheck={false} error={errors.email?.message} {...form.register("email")} />
        <TextField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
        <p className="text-sm">
          Forgot your password? <TextLink href="/forgot-password">Reset it first</TextLink>, then come back: a reset works during the
          grace period and does not cancel the deletion by itself.
        </p>
        <Button type="submit" size="lg" pending={pending} className="w-full">
          {pending ? "Recovering…" : "Recover my account"}
        </Button>
      </form>
      <CardFooter>
        <p>
          Or <TextLink href="/login">log in</TextLink>: during the grace period you can cancel the deletion from your account.
        </p>
      </CardFooter>
    </>
  );
}
