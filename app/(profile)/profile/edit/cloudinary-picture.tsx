"use client";

import { CldUploadWidget } from "next-cloudinary";
import { useState, useTransition } from "react";
import type { FormState } from "@/app/_lib/form-state";
import { Avatar } from "@/components/avatar";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { saveCloudinaryPicture } from "./actions";

/**
 * Cloudinary mode of the picture form: next-cloudinary's upload widget sends the file straight to
 * Cloudinary, with each upload signed by /api/cloudinary/sign (the API secret never reaches the
 * browser); the stored URL is then saved on the profile. The upload goes into the user's own
 * `folder` (`profile_pictures/<userId>`, the only folder the sign route signs), which is what lets
 * the profile update recognise the picture as theirs. The widget's options here are all it sends
 * for signing besides `timestamp` and `source`: add an upload parameter and the route refuses it.
 */
export function CloudinaryPicture({ name, url, cloudName, apiKey, folder }: { name: string; url: string; cloudName: string; apiKey: string; folder: string }) {
  const [state, setState] = useState<FormState>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  return (
    <Card id="picture" aria-labelledby="picture-heading">
      <h2 id="picture-heading" className="mb-5 text-lg font-semibold text-gray-900">
        Profile picture
      </h2>
      <div className="flex flex-col items-center gap-6 sm:flex-row">
        <Avatar name={name} url={url || undefined} size="lg" />
        <div className="flex-1 space-y-3">
          <FormMessage state={state} />
          <CldUploadWidget
            config={{ cloud: { cloudName, apiKey } }}
            signatureEndpoint="/api/cloudinary/sign"
            options={{ folder, multiple: false, maxFileSize: 5 * 1024 * 1024, clientAllowedFormats: ["png", "jpg", "jpeg", "webp"], sources: ["local", "camera"] }}
            onSuccess={(result) => {
              const info = result.info;
              const secureUrl = typeof info === "object" && info && "secure_url" in info ? String(info.secure_url) : "";
              startTransition(async () => setState(await saveCloudinaryPicture(secureUrl)));
            }}
          >
            {({ open }) => (
              <Button type="button" variant="secondary" pending={pending} onClick={() => open()}>
                {url ? "Choose a new picture" : "Choose a picture"}
              </Button>
            )}
          </CldUploadWidget>
          <p className="text-sm text-gray-600">A PNG, JPEG or WebP of at most 5 MB. We crop it to a square around your face.</p>
        </div>
      </div>
    </Card>
  );
}
