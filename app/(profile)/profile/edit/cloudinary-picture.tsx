"use client";

import dynamic from "next/dynamic";
import { useState, useTransition } from "react";
import type { FormState } from "@/lib/form-state";
import { Avatar } from "@/components/avatar";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { saveCloudinaryPicture } from "./actions";

/**
 * The upload widget's code (next-cloudinary and @cloudinary-util, ~30 kB gzip) is loaded on the
 * first click only, so it is not part of the page's first load (issue 13: every route within 1.3×
 * a hello-world's first-load JS). Until it is in, the same button shows a pending state.
 */
const CloudinaryWidget = dynamic(() => import("./cloudinary-widget"), { ssr: false, loading: () => <LoadingButton /> });

function LoadingButton() {
  return (
    <Button type="button" variant="secondary" pending>
      Opening…
    </Button>
  );
}

/**
 * Cloudinary mode of the picture form: next-cloudinary's upload widget sends the file straight to
 * Cloudinary, with each upload signed by /api/cloudinary/sign (the API secret never reaches the
 * browser); the stored URL is then saved on the profile. The upload goes into the user's own
 * `folder` (`profile_pictures/<userId>`, the only folder the sign route signs), which is what lets
 * the profile update recognise the picture as theirs.
 */
export function CloudinaryPicture({ name, url, cloudName, apiKey, folder }: { name: string; url: string; cloudName: string; apiKey: string; folder: string }) {
  const [state, setState] = useState<FormState>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  const [wanted, setWanted] = useState(false);
  const label = url ? "Choose a new picture" : "Choose a picture";
  return (
    <Card id="picture" aria-labelledby="picture-heading">
      <h2 id="picture-heading" className="mb-5 text-lg font-semibold text-gray-900">
        Profile picture
      </h2>
      <div className="flex flex-col items-center gap-6 sm:flex-row">
        <Avatar name={name} url={url || undefined} size="lg" />
        <div className="flex-1 space-y-3">
          <FormMessage state={state} />
          {wanted ? (
            <CloudinaryWidget
              cloudName={cloudName}
              apiKey={apiKey}
              folder={folder}
              label={label}
              pending={pending}
              onUploaded={(secureUrl) => startTransition(async () => setState(await saveCloudinaryPicture(secureUrl)))}
            />
          ) : (
            <Button type="button" variant="secondary" onClick={() => setWanted(true)}>
              {label}
            </Button>
          )}
          <p className="text-sm text-gray-600">A PNG, JPEG or WebP of at most 5 MB. We crop it to a square around your face.</p>
        </div>
      </div>
    </Card>
  );
}
