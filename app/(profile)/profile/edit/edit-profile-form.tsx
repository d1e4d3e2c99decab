"use client";

import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SectionFields, type ProfileRole } from "../../_components/profile-fields";
import { profileFormSchema } from "../../_lib/client-schemas";
import { PROFILE_SECTIONS, type ProfileFormValues } from "../../_lib/profile-sections";
import { saveProfile } from "./actions";

/** Every survey answer in one form, a card per section. */
export function EditProfileForm({ defaultValues, role }: { defaultValues: ProfileFormValues; role: ProfileRole }) {
  const { form, state, pending, formProps } = useActionForm(saveProfile, {
    resolver: formResolver(profileFormSchema),
    defaultValues,
  });
  return (
    <form {...formProps} className="space-y-6">
      <FormMessage state={state} />
      {PROFILE_SECTIONS.map((section) => (
        <Card key={section.id} aria-labelledby={`edit-${section.id}`}>
          <h2 id={`edit-${section.id}`} className="mb-5 text-lg font-semibold text-gray-900">
            {section.title}
          </h2>
          <SectionFields section={section} form={form} role={role} />
        </Card>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" pending={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <ButtonLink href="/profile" variant="ghost" size="lg">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
