"use client";

import { useEffect, useRef } from "react";
import { useWatch } from "react-hook-form";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { loginSchema } from "@/lib/users/client-schemas";
import { logIn } from "./actions";

/**
 * `callbackUrl` is posted as it came; the action keeps it only when it is a path of this site.
 * `defaultEmail` fills the address in (after verifying it), and the password field gets the focus.
 * A refused login moves the focus to the error, so keyboard and screen-reader users hear why at once
 * instead of landing on the page body.
 */
export function LoginForm({ callbackUrl, defaultEmail = "" }: { callbackUrl: string; defaultEmail?: string }) {
  const { form, state, pending, formProps } = useActionForm(logIn, {
    resolver: formResolver(loginSchema),
    defaultValues: { email: defaultEmail, password: "" },
  });
  const { errors } = form.formState;
  const email = useWatch({ control: form.control, name: "email" });
  const messageRef = useRef<HTMLDivElement>(null);
  const { setFocus } = form;

  useEffect(() => {
    if (defaultEmail) setFocus("password");
  }, [defaultEmail, setFocus]);

  useEffect(() => {
    if (state.status === "error" && state.message) messageRef.current?.focus();
  }, [state]);

  return (
    <form {...formProps} className="space-y-5">
      <div ref={messageRef} tabIndex={-1} className="rounded-xl focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-bruin">
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
      </div>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField label="UCLA email" type="email" autoComplete="email" spellCheck={false} error={errors.email?.message} {...form.register("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? "Logging in…" : "Log in"}
      </Button>
    </form>
  );
}
