"use client";

import { useActionState, useEffect, useState } from "react";
import type { FormState } from "@/lib/form-state";
import { Avatar } from "@/components/avatar";
import { formResolver } from "@/components/forms/form-resolver";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PICTURE_TYPES, pictureFormSchema, type PictureFormValues } from "../../_lib/picture-form";
import { removePicture, uploadPicture } from "./actions";

const fileInput =
  "block w-full rounded-lg text-sm text-gray-700 file:mr-4 file:cursor-pointer file:rounded-lg file:border file:border-bruin file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-bruin-dark hover:file:bg-bruin-light aria-invalid:text-red-800";

/**
 * The profile picture: the current one (or the initials shown instead), an upload form and, when
 * there is a picture, a button that removes it. After an upload the page shows the stored,
 * cropped picture, which is exactly what others will see.
 */
export function PictureForm({ name, url }: { name: string; url: string }) {
  const { form, state, pending, formProps } = useActionForm<PictureFormValues>(uploadPicture, {
    resolver: formResolver(pictureFormSchema),
    defaultValues: { file: undefined },
  });
  const [removeState, removeAction] = useActionState(removePicture, { status: "idle" });
  const error = form.formState.errors.file?.message;
  const { reset } = form;

  // One message for the two forms: the answer to whichever was sent last.
  const [answers, setAnswers] = useState<{ state: FormState; removeState: FormState; latest: FormState }>({ state, removeState, latest: state });
  if (answers.state !== state || answers.removeState !== removeState) {
    setAnswers({ state, removeState, latest: answers.state !== state ? state : removeState });
  }

  // A stored picture empties the file input, ready for another one.
  useEffect(() => {
    if (state.status === "success") reset();
  }, [state, reset]);

  return (
    <Card id="picture" aria-labelledby="picture-heading">
      <h2 id="picture-heading" className="mb-5 text-lg font-semibold text-gray-900">
        Profile picture
      </h2>
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <div className="flex flex-col items-center gap-3" data-testid="current-picture">
          <Avatar name={name} url={url || undefined} size="lg" />
          {url && (
            <form action={removeAction}>
              <SubmitButton variant="ghost">Remove picture</SubmitButton>
            </form>
          )}
        </div>
        <form {...formProps} className="min-w-0 flex-1 space-y-4">
          <FormMessage state={answers.latest} />
          <Field label={url ? "Choose a new picture" : "Choose a picture"} hint="A PNG, JPEG or WebP of at most 5 MB. We crop it to a square." error={typeof error === "string" ? error : undefined}>
            {(control) => <input type="file" accept={PICTURE_TYPES} className={fileInput} {...control} {...form.register("file")} />}
          </Field>
          <Button type="submit" pending={pending}>
            {pending ? "Uploading…" : "Upload picture"}
          </Button>
        </form>
      </div>
    </Card>
  );
}
