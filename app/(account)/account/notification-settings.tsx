"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { isSecurityKind, KIND_LABELS, NOTIFICATION_KINDS, type NotificationKindName } from "@/lib/notifications/kinds";
import { saveEmailSettings } from "./notification-actions";

/** Which notifications also arrive by email. Security emails are shown as always on. */
export function NotificationSettings({ email }: { email: Record<NotificationKindName, boolean> }) {
  const [state, action] = useActionState<FormState, FormData>(saveEmailSettings, { status: "idle" });
  return (
    <section aria-labelledby="notifications-heading" className="rounded-2xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h2 id="notifications-heading" className="scroll-mt-6 text-xl font-bold text-bruin-darker">
        Email notifications
      </h2>
      <p className="mt-2 mb-5 text-sm leading-relaxed text-gray-700">
        Everything also appears under the bell at the top of the page. Choose what reaches your inbox too.
      </p>
      <form action={action} className="space-y-5">
        <fieldset className="space-y-3">
          <legend className="sr-only">Email me about</legend>
          {NOTIFICATION_KINDS.map((kind) =>
            isSecurityKind(kind) ? (
              <CheckboxCard
                key={kind}
                name={kind}
                label={
                  <>
                    {KIND_LABELS[kind].label} <span className="font-normal text-gray-600">(always on)</span>
                  </>
                }
                description={`${KIND_LABELS[kind].description} Security emails cannot be turned off.`}
                checked
                disabled
                readOnly
                className="cursor-not-allowed"
                data-testid={`email-${kind}`}
              />
            ) : (
              <CheckboxCard key={kind} name={kind} label={KIND_LABELS[kind].label} description={KIND_LABELS[kind].description} defaultChecked={email[kind]} data-testid={`email-${kind}`} />
            ),
          )}
        </fieldset>
        <FormMessage state={state} />
        <SubmitButton>Save email settings</SubmitButton>
      </form>
    </section>
  );
}
