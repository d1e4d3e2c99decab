"use client";

import { CldUploadWidget } from "next-cloudinary";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

export interface CloudinaryWidgetProps {
  cloudName: string;
  apiKey: string;
  folder: string;
  label: string;
  pending: boolean;
  onUploaded: (secureUrl: string) => void;
}

/**
 * next-cloudinary's upload widget, opened as soon as it can be: this module (next-cloudinary and
 * its URL helpers, tens of kB) is only loaded once the user asks for the widget, see
 * cloudinary-picture.tsx. The options here are all it sends for signing besides `timestamp` and
 * `source`: add an upload parameter and /api/cloudinary/sign refuses it.
 */
export default function CloudinaryWidget({ cloudName, apiKey, folder, label, pending, onUploaded }: CloudinaryWidgetProps) {
  return (
    <CldUploadWidget
      config={{ cloud: { cloudName, apiKey } }}
      signatureEndpoint="/api/cloudinary/sign"
      options={{ folder, multiple: false, maxFileSize: 5 * 1024 * 1024, clientAllowedFormats: ["png", "jpg", "jpeg", "webp"], sources: ["local", "camera"] }}
      onSuccess={(result) => {
        const info = result.info;
        onUploaded(typeof info === "object" && info && "secure_url" in info ? String(info.secure_url) : "");
      }}
    >
      {({ open, isLoading }) => <OpenWhenReady open={open} loading={isLoading ?? true} label={label} pending={pending} />}
    </CldUploadWidget>
  );
}

/** The first click asked for the widget: open it once Cloudinary's script is in; later clicks open it again. */
function OpenWhenReady({ open, loading, label, pending }: { open: () => void; loading: boolean; label: string; pending: boolean }) {
  const opened = useRef(false);
  useEffect(() => {
    if (loading || opened.current) return;
    opened.current = true;
    open();
  }, [loading, open]);
  return (
    <Button type="button" variant="secondary" pending={pending || loading} onClick={() => open()}>
      {label}
    </Button>
  );
}
