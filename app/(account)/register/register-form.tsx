"use client";

import { useMemo } from "react";
import { formResolver } from "@/components/forms/form-resolver";
import { NewPasswordField } from "@/components/forms/password-strength";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { registerFormSchema } from "@/lib/users/client-schemas";
import { passwordUserInputs } from "@/lib/users/password-strength";
import { signUp } from "./actions";

export function RegisterForm({ allowedDomains }: { allowedDomains: string[] }) {
  const domains = allowedDomains.map((domain) => `@${domain}`).join(" or ");
  // The domain rule is a server setting; checking it here too shows every mistake at once.
  const schema = useMemo(() => registerFormSchema(allowedDomains, `Use your UCLA email address (${domains})`), [allowedDomains, domains]);
  const { form, state, pending, formProps } = useActionForm(signUp, {
    resolver: formResolver(schema),
    defaultValues: { email: "", password: "", role: "MENTEE" },
  });
  const { errors } = form.formState;
  const [typedEmail, typedPassword] = form.watch(["email", "password"]);
  const userInputs = useMemo(() => passwordUserInputs(typedEmail), [typedEmail]);

  return (
    <form {...formProps} className="space-y-6">
      {state.code === "CONFLICT" ? (
        // One message that neither confirms nor denies more than the refusal itself (issue 12, 14):
        // the owner finds the way in, a stranger learns nothing else about the address.
        <Alert tone="error" data-testid="form-error">
          <p>
            This address can&rsquo;t be used for a new account. If it&rsquo;s yours, <TextLink href="/login">log in</TextLink> or{" "}
            <TextLink href="/forgot-password">reset your password</TextLink>.
          </p>
        </Alert>
      ) : (
        <FormMessage state={state} />
      )}
      <TextField label="UCLA email" type="email" autoComplete="email" spellCheck={false} hint={`Your ${domains} address.`} error={errors.email?.message} {...form.register("email")} />
      <NewPasswordField label="Password" password={typedPassword} userInputs={userInputs} error={errors.password?.message} {...form.register("password")} />
      <ChoiceGroup legend="How do you want to take part?" error={errors.role?.message}>
        <Choice label="I want a mentor" description="Get matched with a student a few years ahead." value="MENTEE" {...form.register("role")} />
        <Choice label="I want to mentor" description="Help newer Bruins find their way." value="MENTOR" {...form.register("role")} />
      </ChoiceGroup>
      <Button type="submit" size="lg" pending={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
