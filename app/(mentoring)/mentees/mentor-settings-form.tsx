"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { saveMentorSettings } from "./actions";

interface MentorSettingsFormProps {
  acceptingMentees: boolean;
  capacity: number;
  maxMentees: number;
  rosterSize: number;
}

/**
 * "Your availability": take new mentees or pause, and how many mentees at once (1–MAX_MENTEES, from
 * a list, so there is nothing to mistype; the server checks again, e.g. not below the roster).
 */
export function MentorSettingsForm({ acceptingMentees, capacity, maxMentees, rosterSize }: MentorSettingsFormProps) {
  const [state, formAction, pending] = useActionState(saveMentorSettings, { status: "idle" });
  const choices = Array.from({ length: maxMentees }, (_, i) => i + 1);
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="availability" data-testid="mentor-settings">
      <FormMessage state={state} />
      <CheckboxCard
        name="accepting_mentees"
        defaultChecked={acceptingMentees}
        label="Taking new mentees"
        description="Untick to pause: you are not suggested and students cannot send you new requests. Requests already waiting stay, and your mentees stay with you."
      />
      <Field
        label="Mentees at once"
        hint={`Up to ${maxMentees}, the program's limit. You have ${rosterSize} now.`}
        error={state.errors?.capacity?.[0]}
      >
        {(control) => (
          <Select {...control} name="capacity" defaultValue={String(capacity)} className="sm:max-w-40">
            {choices.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={pending}>
        {pending ? "Saving…" : "Save availability"}
      </Button>
    </form>
  );
}
