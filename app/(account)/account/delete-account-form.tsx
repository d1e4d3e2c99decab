"use client";

import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { deleteAccount } from "./actions";
import { deleteAccountSchema } from "@/lib/users/client-schemas";

/** Typing the address is the confirmation: it cannot be done by a stray click or Enter. */
export function DeleteAccountForm({ email }: { email: string }) {
  const { form, state, pending, formProps } = useActionForm(deleteAccount, {
    resolver: formResolver(deleteAccountSchema),
    defaultValues: { confirmation: "" },
  });
  const { errors } = form.formState;

  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <TextField
        label="Type your email address to confirm"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint={
          <>
            Type <span className="break-words font-semibold text-gray-900">{email}</span>
          </>
        }
        error={errors.confirmation?.message}
        {...form.register("confirmation")}
      />
      <Button type="submit" variant="danger" size="lg" pending={pending} className="w-full sm:w-auto">
        {pending ? "Deleting your account…" : "Delete my account"}
      </Button>
    </form>
  );
}
