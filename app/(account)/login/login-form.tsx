"use client";

import { useWatch } from "react-hook-form";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { loginSchema } from "@/lib/users/client-schemas";
import { logIn } from "./actions";

/** `callbackUrl` is posted as it came; the action keeps it only when it is a path of this site. */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { form, state, pending, formProps } = useActionForm(logIn, {
    resolver: formResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;
  const email = useWatch({ control: form.control, name: "email" });

  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state}>
        {state.code === "EMAIL_NOT_VERIFIED" && (
          <p>
            <TextLink href={`/check-email?${new URLSearchParams({ email: email.trim() })}`}>Send me a new verification link</TextLink>
          </p>
        )}
        {state.code === "ACCOUNT_DELETED" && (
          <p>
            Its grace period is over and it can no longer be recovered. You can <TextLink href="/register">create a new account</TextLink>.
          </p>
        )}
      </FormMessage>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField label="UCLA email" type="email" autoComplete="email" spellCheck={false} error={errors.email?.message} {...form.register("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? "Logging in…" : "Log in"}
      </Button>
    </form>
  );
}
