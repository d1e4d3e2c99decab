"use client";

import { useState } from "react";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SectionFields, type ProfileRole } from "../../_components/profile-fields";
import { profileFormSchema } from "../../_lib/client-schemas";
import { PROFILE_SECTIONS, type ProfileFormValues } from "../../_lib/profile-sections";
import { saveProfile } from "./actions";
import { useChosenPicture } from "./chosen-picture";

/** Every survey answer in one form, a card per section. */
export function EditProfileForm({ defaultValues, role }: { defaultValues: ProfileFormValues; role: ProfileRole }) {
  const pictureRef = useChosenPicture();
  // Set when a chosen picture was refused: then nothing is saved, and the form says so.
  const [pictureRefused, setPictureRefused] = useState(false);
  const { form, state, pending, formProps } = useActionForm(
    saveProfile,
    { resolver: formResolver(profileFormSchema), defaultValues },
    {
      beforeSubmit: async () => {
        const uploaded = (await pictureRef?.current?.uploadIfChosen()) ?? true;
        setPictureRefused(!uploaded);
        return uploaded;
      },
    },
  );
  const saving = pending || form.formState.isSubmitting;
  return (
    <form {...formProps} className="space-y-6">
      <FormMessage state={state} />
      {pictureRefused && (
        <Alert tone="error" data-testid="picture-refused">
          <p>Nothing was saved: the picture you chose could not be uploaded. See “Profile picture” above, choose another file or clear it, and save again.</p>
        </Alert>
      )}
      {PROFILE_SECTIONS.map((section) => (
        <Card key={section.id} aria-labelledby={`edit-${section.id}`}>
          <h2 id={`edit-${section.id}`} className="mb-5 text-lg font-semibold text-gray-900">
            {section.title}
          </h2>
          <SectionFields section={section} form={form} role={role} />
        </Card>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" pending={saving}>
          {saving ? "Saving…" : "Save changes"}
        </Button>
        <ButtonLink href="/profile" variant="ghost" size="lg">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
