"use client";

import { useActionState, useEffect, useRef, useState, type ChangeEvent } from "react";
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
import { removePicture, uploadPicture, uploadPictureBeforeSave } from "./actions";
import { useChosenPicture } from "./chosen-picture";

const fileInput =
  "block w-full rounded-lg text-sm text-gray-700 file:mr-4 file:cursor-pointer file:rounded-lg file:border file:border-bruin file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-bruin-dark hover:file:bg-bruin-light aria-invalid:text-red-800";

/**
 * The profile picture: the current one (or the initials shown instead), an upload form and, when
 * there is a picture, a button that removes it. A chosen file shows at once as a preview marked
 * "not uploaded yet"; "Upload picture" or the page's "Save changes" stores it (issue 12). After an
 * upload the page shows the stored, cropped picture, which is exactly what others will see.
 */
export function PictureForm({ name, url }: { name: string; url: string }) {
  const { form, state, pending, formProps } = useActionForm<PictureFormValues>(uploadPicture, {
    resolver: formResolver(pictureFormSchema),
    defaultValues: { file: undefined },
  });
  const [removeState, removeAction] = useActionState(removePicture, { status: "idle" });
  const error = form.formState.errors.file?.message;
  const { reset, setFocus, trigger } = form;
  const fileField = form.register("file");

  // The chosen file and its preview (an object URL, released when replaced or on leaving).
  const [chosen, setChosen] = useState<{ file: File; url: string } | null>(null);
  const chosenRef = useRef(chosen);
  useEffect(() => {
    chosenRef.current = chosen;
  }, [chosen]);
  useEffect(() => () => {
    if (chosenRef.current) URL.revokeObjectURL(chosenRef.current.url);
  }, []);
  const choose = (file: File | undefined) => {
    if (chosen) URL.revokeObjectURL(chosen.url);
    setChosen(file ? { file, url: URL.createObjectURL(file) } : null);
  };
  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    void fileField.onChange(event);
    choose(event.target.files?.[0]);
  };

  // One message for the two forms: the answer to whichever was sent last.
  const [answers, setAnswers] = useState<{ state: FormState; removeState: FormState; latest: FormState }>({ state, removeState, latest: state });
  if (answers.state !== state || answers.removeState !== removeState) {
    setAnswers({ state, removeState, latest: answers.state !== state ? state : removeState });
  }

  // A stored picture empties the file input, ready for another one.
  const [storedState, setStoredState] = useState(state);
  if (storedState !== state) {
    setStoredState(state);
    if (state.status === "success") choose(undefined);
  }
  useEffect(() => {
    if (state.status === "success") reset();
  }, [state, reset]);

  // "Save changes" of the profile form uploads a chosen picture first (chosen-picture.tsx).
  const slotRef = useChosenPicture();
  useEffect(() => {
    if (!slotRef) return;
    slotRef.current = {
      uploadIfChosen: async () => {
        const picked = chosenRef.current;
        if (!picked) return true;
        if (!(await trigger("file"))) {
          setFocus("file");
          return false;
        }
        const data = new FormData();
        data.set("file", picked.file);
        const answer = await uploadPictureBeforeSave(data);
        setAnswers((current) => ({ ...current, latest: answer }));
        if (answer.status !== "success") {
          setFocus("file");
          return false;
        }
        URL.revokeObjectURL(picked.url);
        setChosen(null);
        reset();
        return true;
      },
    };
    return () => {
      slotRef.current = null;
    };
  }, [slotRef, trigger, setFocus, reset]);

  return (
    <Card id="picture" aria-labelledby="picture-heading">
      <h2 id="picture-heading" className="mb-5 text-lg font-semibold text-gray-900">
        Profile picture
      </h2>
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
        {/* The current picture and the chosen one side by side, also on a phone. */}
        <div className="flex justify-center gap-6">
          <div className="flex flex-col items-center gap-3" data-testid="current-picture">
            <Avatar name={name} url={url || undefined} size="lg" />
            {chosen && <p className="text-xs font-medium text-gray-600">Current</p>}
            {url && (
              <form action={removeAction}>
                <SubmitButton variant="ghost">Remove picture</SubmitButton>
              </form>
            )}
          </div>
          {chosen && (
            <div className="flex flex-col items-center gap-3" data-testid="picture-preview">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local object URL: nothing for next/image to optimise */}
              <img src={chosen.url} alt="Preview of the picture you chose" className="size-24 shrink-0 rounded-full bg-gray-100 object-cover" />
              <p className="max-w-40 text-center text-xs font-medium text-amber-900">Not uploaded yet</p>
            </div>
          )}
        </div>
        <form {...formProps} className="min-w-0 flex-1 space-y-4">
          <FormMessage state={answers.latest} />
          {chosen && (
            <p className="text-sm text-gray-700" data-testid="picture-pending">
              Your new picture is not uploaded yet. Press “Upload picture”, or “Save changes” below uploads it with the rest.
            </p>
          )}
          <Field label={url ? "Choose a new picture" : "Choose a picture"} hint="A PNG, JPEG or WebP of at most 5 MB. We crop it to a square." error={typeof error === "string" ? error : undefined}>
            {(control) => <input type="file" accept={PICTURE_TYPES} className={fileInput} {...control} {...fileField} onChange={onFileChange} />}
          </Field>
          <Button type="submit" pending={pending}>
            {pending ? "Uploading…" : "Upload picture"}
          </Button>
        </form>
      </div>
    </Card>
  );
}
