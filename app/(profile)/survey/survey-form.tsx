"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FieldPath } from "react-hook-form";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { profileFieldError, SectionFields, type ProfileRole } from "../_components/profile-fields";
import { surveyFormSchema } from "../_lib/client-schemas";
import { PROFILE_SECTIONS, sectionOf, type ProfileFormValues, type ProfileSection } from "../_lib/profile-sections";
import { saveSurvey } from "./actions";
import { cn } from "@/lib/cn";

const LAST = PROFILE_SECTIONS.length - 1;

/**
 * The onboarding survey: the four sections of the profile as steps of one form. Next checks the
 * current step only; the last step's Submit posts every answer at once. Enter in a field means
 * Next until the last step.
 */
export function SurveyForm({ defaultValues, role }: { defaultValues: ProfileFormValues; role: ProfileRole }) {
  const { form, state, pending, formProps } = useActionForm(saveSurvey, {
    resolver: formResolver(surveyFormSchema),
    defaultValues,
  });
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set by Back and Next: the new step's heading gets the focus, so keyboard and screen-reader
  // users start reading at the top of the step.
  const focusHeading = useRef(false);

  // An answer the server refused may sit on an earlier step: show that step, so that the form can
  // focus the field (useActionForm does) once it is rendered.
  const [shownState, setShownState] = useState(state);
  if (state !== shownState) {
    setShownState(state);
    const first = Object.keys(state.errors ?? {})[0];
    const section = first ? sectionOf(first) : -1;
    if (section >= 0) setStep(section);
  }

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [step]);

  /** The first field of a section that has an error, as a name `setFocus` can take. */
  const firstInvalid = (section: ProfileSection): FieldPath<ProfileFormValues> | undefined => {
    for (const field of section.fields) {
      if (field === "major" || field === "minor") {
        const rows = form.getValues(field);
        const row = rows.findIndex((_, index) => profileFieldError(form, `${field}.${index}.value`));
        if (row >= 0) return `${field}.${row}.value`;
        if (profileFieldError(form, field) && rows.length > 0) return `${field}.0.value`;
      } else if (profileFieldError(form, field)) return field;
    }
    return undefined;
  };

  const next = async () => {
    const section = PROFILE_SECTIONS[step];
    if (!section) return;
    if (!(await form.trigger([...section.fields]))) {
      const name = firstInvalid(section);
      if (name) form.setFocus(name);
      return;
    }
    focusHeading.current = true;
    setStep(step + 1);
  };

  const back = () => {
    focusHeading.current = true;
    setStep(Math.max(0, step - 1));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (step < LAST) {
      event.preventDefault();
      void next();
      return;
    }
    formProps.onSubmit(event);
  };

  return (
    <form {...formProps} onSubmit={onSubmit} className="space-y-6">
      <FormMessage state={state} />
      <div className="space-y-3">
        <p className="text-sm font-semibold text-bruin-dark" data-testid="survey-step">
          Step {step + 1} of {PROFILE_SECTIONS.length}
        </p>
        <ol className="grid grid-cols-4 gap-2" aria-label="Survey steps">
          {PROFILE_SECTIONS.map((section, index) => (
            <li key={section.id} aria-current={index === step ? "step" : undefined} className="space-y-1.5">
              <span aria-hidden className={cn("block h-1.5 rounded-full", index <= step ? "bg-bruin" : "bg-gray-200")} />
              <span className={cn("sr-only text-xs sm:not-sr-only sm:block", index === step ? "font-semibold text-bruin-darker" : "text-gray-600")}>
                {section.title}
                {index < step && <span className="sr-only"> (done)</span>}
              </span>
            </li>
          ))}
        </ol>
      </div>

      {PROFILE_SECTIONS.map((section, index) => (
        // Every step stays in the form (hidden), so the final Submit posts all of them.
        <section key={section.id} hidden={index !== step} aria-labelledby={`survey-${section.id}`} className="space-y-5">
          <h2 id={`survey-${section.id}`} ref={index === step ? headingRef : undefined} tabIndex={-1} className="text-xl font-semibold text-gray-900">
            {section.title}
          </h2>
          <SectionFields section={section} form={form} role={role} />
        </section>
      ))}

      <div className="flex justify-between gap-3 border-t border-gray-200 pt-5">
        {step > 0 ? (
          <Button type="button" variant="secondary" size="lg" onClick={back} disabled={pending}>
            Back
          </Button>
        ) : (
          <span aria-hidden />
        )}
        {step < LAST ? (
          <Button type="submit" size="lg">
            Next
          </Button>
        ) : (
          <Button type="submit" size="lg" pending={pending}>
            {pending ? "Saving…" : "Save my profile"}
          </Button>
        )}
      </div>
    </form>
  );
}
