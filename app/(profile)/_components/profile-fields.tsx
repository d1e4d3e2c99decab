"use client";

import { useEffect, useId, useRef } from "react";
import { get, useFieldArray, type FieldError, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Field, FieldError as FieldErrorText, TextField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { BACKGROUND_FLAGS, MAX_STUDIES, YEARS } from "@/lib/users/profile-options";
import type { ProfileFormValues, ProfileSection, StudyList } from "../_lib/profile-sections";
import { MAJORS_LIST_ID, MINORS_LIST_ID } from "../_lib/program-list-ids";

type Form = UseFormReturn<ProfileFormValues>;

/**
 * The message of a field's error. Errors from the browser's check are nested like the values,
 * those from the server are keyed by the field's full name; `get` finds either.
 */
export function profileFieldError(form: Form, name: string): string | undefined {
  const errors = form.formState.errors;
  const error: FieldError | undefined = get(errors, `${name}.root`) ?? get(errors, name);
  return typeof error?.message === "string" ? error.message : undefined;
}

function AboutFields({ form }: { form: Form }) {
  return (
    <div className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="First name" autoComplete="given-name" error={profileFieldError(form, "firstName")} {...form.register("firstName")} />
        <TextField label="Last name" autoComplete="family-name" error={profileFieldError(form, "lastName")} {...form.register("lastName")} />
      </div>
      <Field label="Year" hint="Your year at UCLA this academic year." error={profileFieldError(form, "year")}>
        {(control) => (
          <Select {...control} {...form.register("year")} className="sm:max-w-xs">
            <option value="">Choose your year</option>
            {YEARS.map((year) => (
              <option key={year.value} value={String(year.value)}>
                {year.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}

/** A list of text inputs with "Add another" (up to MAX_STUDIES) and a Remove button per row. */
function StudyListField({ form, name, legend, itemLabel, hint }: { form: Form; name: StudyList; legend: string; itemLabel: string; hint: string }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const addRef = useRef<HTMLButtonElement>(null);
  // After a Remove the focus goes to "Add another", which stays in place whatever was removed
  // (and only appears once the list is below the maximum, hence after the render).
  const focusAdd = useRef(false);
  useEffect(() => {
    if (!focusAdd.current) return;
    focusAdd.current = false;
    addRef.current?.focus();
  }, [fields.length]);
  const id = useId();
  const hintId = `${id}-hint`;
  const groupErrorId = `${id}-error`;
  const groupError = profileFieldError(form, name);
  const lower = itemLabel.toLowerCase();

  return (
    <fieldset aria-describedby={[hintId, groupError ? groupErrorId : ""].filter(Boolean).join(" ")} className="space-y-2">
      <legend className="text-sm font-semibold text-gray-900">{legend}</legend>
      <p id={hintId} className="text-sm text-gray-600">
        {hint}
      </p>
      <ul className="space-y-3">
        {fields.map((field, index) => {
          const itemName = `${name}.${index}.value` as const;
          const error = profileFieldError(form, itemName);
          const errorId = `${id}-${index}-error`;
          // The list's own error ("add at least one") belongs to the first row too.
          const describedBy = [error ? errorId : "", index === 0 && groupError ? groupErrorId : ""].filter(Boolean).join(" ") || undefined;
          return (
            <li key={field.id} className="space-y-1.5">
              <div className="flex gap-2">
                <Input
                  list={name === "major" ? MAJORS_LIST_ID : MINORS_LIST_ID}
                  autoComplete="off"
                  aria-label={`${itemLabel} ${index + 1}`}
                  aria-describedby={describedBy}
                  aria-invalid={error || (index === 0 && groupError) ? true : undefined}
                  {...form.register(itemName)}
                />
                <Button
                  type="button"
                  variant="ghost"
                  className="shrink-0 px-3"
                  onClick={() => {
                    focusAdd.current = true;
                    remove(index);
                  }}
                >
                  Remove<span className="sr-only"> {`${lower} ${index + 1}`}</span>
                </Button>
              </div>
              {error && <FieldErrorText id={errorId}>{error}</FieldErrorText>}
            </li>
          );
        })}
      </ul>
      {groupError && <FieldErrorText id={groupErrorId}>{groupError}</FieldErrorText>}
      {fields.length < MAX_STUDIES ? (
        <Button ref={addRef} type="button" variant="secondary" onClick={() => append({ value: "" })}>
          <span aria-hidden>+</span> {fields.length === 0 ? `Add a ${lower}` : `Add another ${lower}`}
        </Button>
      ) : (
        <p className="text-sm text-gray-600">That is the most we ask for: {MAX_STUDIES}.</p>
      )}
    </fieldset>
  );
}

function AcademicsFields({ form }: { form: Form }) {
  return (
    <div className="space-y-8">
      <StudyListField form={form} name="major" legend="Majors" itemLabel="Major" hint={`Up to ${MAX_STUDIES}. Start typing to pick from UCLA’s majors (“CS” finds Computer Science); not declared yet? Write “Undeclared” or the major you are aiming for.`} />
      <StudyListField form={form} name="minor" legend="Minors" itemLabel="Minor" hint={`Optional, up to ${MAX_STUDIES}. Start typing to pick from UCLA’s minors.`} />
    </div>
  );
}

/** The student's role: a mentor describes what they offer, a mentee what they are looking for (issue 12). */
export type ProfileRole = "MENTEE" | "MENTOR" | "ADMIN";

function BackgroundFields({ form, role }: { form: Form; role: ProfileRole }) {
  return (
    <div className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-gray-900">Which of these describe you?</legend>
        <p className="text-sm text-gray-600">
          Optional. Check all that apply — {role === "MENTOR" ? "a mentee who shares your path" : "a mentor who shares your path"} counts a lot in your matches.
        </p>
        <div className="grid gap-3 pt-1 sm:grid-cols-2">
          {BACKGROUND_FLAGS.map((flag) => (
            <CheckboxCard key={flag.key} label={flag.label} {...form.register(flag.key)} />
          ))}
        </div>
      </fieldset>
      <Field label="Anything else about your background?" hint="Optional, e.g. a veteran, a parent, working while studying." error={profileFieldError(form, "otherBackground")}>
        {(control) => <Textarea {...control} {...form.register("otherBackground")} />}
      </Field>
    </div>
  );
}

const GOALS = {
  MENTEE: { label: "Goals", hint: "What you would like help with: classes, research, internships, finding your people…" },
  MENTOR: { label: "What you can help with", hint: "What mentees can ask you about: classes, research, internships, finding your people…" },
  ADMIN: { label: "Goals", hint: "What you would like to get out of BruinBridge." },
} as const;

function InterestsFields({ form, role }: { form: Form; role: ProfileRole }) {
  return (
    <div className="space-y-5">
      <Field label="Hobbies" hint="What you do for fun: hiking, chess, K-pop dance…" error={profileFieldError(form, "hobbies")}>
        {(control) => <Textarea {...control} {...form.register("hobbies")} />}
      </Field>
      <Field label="Clubs" hint="Student organisations you are in or want to join." error={profileFieldError(form, "clubs")}>
        {(control) => <Textarea {...control} {...form.register("clubs")} />}
      </Field>
      <Field label={GOALS[role].label} hint={GOALS[role].hint} error={profileFieldError(form, "goals")}>
        {(control) => <Textarea rows={4} {...control} {...form.register("goals")} />}
      </Field>
    </div>
  );
}

/** The fields of one section of the profile form (a survey step, a card of the edit page). */
export function SectionFields({ section, form, role }: { section: ProfileSection; form: Form; role: ProfileRole }) {
  switch (section.id) {
    case "about":
      return <AboutFields form={form} />;
    case "academics":
      return <AcademicsFields form={form} />;
    case "background":
      return <BackgroundFields form={form} role={role} />;
    case "interests":
      return <InterestsFields form={form} role={role} />;
  }
}
