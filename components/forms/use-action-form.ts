"use client";

import { startTransition, useActionState, useEffect, useMemo, type FormEvent } from "react";
import { useForm, type FieldErrors, type FieldValues, type Path, type UseFormProps } from "react-hook-form";
import type { FormState } from "@/lib/form-state";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

function toFieldErrors<T extends FieldValues>(errors: FormState["errors"]): FieldErrors<T> | undefined {
  if (!errors) return undefined;
  const entries = Object.entries(errors).flatMap(([name, [message]]) => (message ? [[name, { type: "server", message }]] : []));
  return Object.fromEntries(entries) as FieldErrors<T>;
}

/**
 * react-hook-form in front of a server action. The shared zod schema checks the form in the
 * browser; only a valid form is posted, as FormData, to the action through `useActionState`, whose
 * field errors then show next to the same fields. Spread `formProps` on the <form>: without
 * JavaScript it still posts to the action.
 */
export function useActionForm<TFieldValues extends FieldValues, TTransformed = TFieldValues>(
  action: FormAction,
  options: UseFormProps<TFieldValues, unknown, TTransformed>,
  {
    beforeSubmit,
  }: {
    /** Runs after the browser's check and before the post; false stops the post (it says why itself). */
    beforeSubmit?: () => Promise<boolean>;
  } = {},
) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const serverErrors = useMemo(() => toFieldErrors<TFieldValues>(state.errors), [state]);
  const form = useForm<TFieldValues, unknown, TTransformed>({ ...options, errors: serverErrors });
  const { setFocus } = form;

  // Keyboard and screen-reader users land on the first field the server refused.
  useEffect(() => {
    const first = Object.keys(state.errors ?? {})[0];
    if (first) setFocus(first as Path<TFieldValues>);
  }, [state, setFocus]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    const post = () => startTransition(() => formAction(new FormData(element)));
    // Without a step before the post, the post starts in the same tick as before (no extra await).
    void form.handleSubmit(
      beforeSubmit
        ? async () => {
            if (await beforeSubmit()) post();
          }
        : post,
    )(event);
  };

  return { form, state, pending, formProps: { action: formAction, onSubmit, noValidate: true } };
}
