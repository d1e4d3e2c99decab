/**
 * The browser's first check of a chosen profile picture, before several megabytes travel for
 * nothing. The server checks the content for real (lib/pictures/store-picture.ts, whose limits are
 * repeated here because that module is server-only). lib/form-checks.ts, not zod: this runs in the
 * browser only, and zod would add ~20–27 kB gzip to the page (issue 13).
 */
import { custom, object, refine } from "@/lib/form-checks";

export const PICTURE_MAX_BYTES = 5 * 1024 * 1024;
export const PICTURE_TYPES = "image/png,image/jpeg,image/webp";
export const PICTURE_TOO_LARGE = "The picture is larger than 5 MB";
export const PICTURE_MISSING = "Choose a picture to upload";

export interface PictureFormValues {
  file: FileList | undefined;
}

export const pictureFormSchema = object({
  file: custom<FileList | undefined>(
    refine((files) => files !== undefined && files.length > 0, PICTURE_MISSING),
    refine((files) => (files?.[0]?.size ?? 0) <= PICTURE_MAX_BYTES, PICTURE_TOO_LARGE),
  ),
});
