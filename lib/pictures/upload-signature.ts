/**
 * Which browser uploads /api/cloudinary/sign will sign. A signature is the server's permission for
 * exactly the signed parameters, so signing whatever the browser sends would let anyone upload with
 * `public_id` + `overwrite` over someone else's picture, `invalidate` cached copies, change `type`,
 * add `eager` work or a `notification_url`. Only what next-cloudinary's CldUploadWidget sends for
 * our picture form is signed (it posts `{ paramsToSign }`, built by Cloudinary's widget from its
 * options: `timestamp`, `source: "uw"` and our `folder`), plus our face-crop `transformation`
 * (the server-side upload's only other parameter). Cloudinary then names the image itself, inside
 * the user's own folder, which is what makes the picture provably theirs (urls.ts). No upload
 * preset is configured for signed uploads, so `upload_preset` is refused too.
 *
 * Every value is checked exactly, not just every key: the signature is computed over
 * `key=value&…`, so a value carrying `&public_id=…` would smuggle a parameter past a key check.
 */
import { AppError } from "@/lib/errors";
import { FACE_CROP } from "./cloudinary";
import { pictureFolder } from "./urls";

/** Cloudinary refuses a signature more than an hour old; we refuse timestamps further off than that either way. */
const MAX_CLOCK_SKEW_SECONDS = 60 * 60;

export type UploadParams = Record<string, string | number>;

/**
 * The parameters to sign for this user's upload, exactly as received, or an AppError: 400 when the
 * body has no `paramsToSign` object, 403 naming the first parameter that is not allowed.
 */
export function uploadParamsToSign(paramsToSign: unknown, { userId, now = Date.now() }: { userId: string; now?: number }): UploadParams {
  if (typeof paramsToSign !== "object" || paramsToSign === null || Array.isArray(paramsToSign)) {
    throw AppError.invalid("paramsToSign must be an object", { paramsToSign: ["paramsToSign must be an object"] });
  }
  const rules: Record<string, (value: unknown) => boolean> = {
    timestamp: (value) => {
      const seconds = typeof value === "number" ? value : typeof value === "string" && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
      return Number.isInteger(seconds) && Math.abs(seconds - now / 1000) <= MAX_CLOCK_SKEW_SECONDS;
    },
    source: (value) => value === "uw",
    folder: (value) => value === pictureFolder(userId),
    transformation: (value) => value === FACE_CROP,
  };
  const params = paramsToSign as Record<string, unknown>;
  for (const [key, value] of Object.entries(params)) {
    const allowed = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (!allowed) throw new AppError("FORBIDDEN", `Only profile picture uploads are signed: "${key}" is not allowed`);
    if (!allowed(value)) throw new AppError("FORBIDDEN", `Only profile picture uploads are signed: this "${key}" is not allowed`);
  }
  if (params.timestamp === undefined) throw new AppError("FORBIDDEN", "Only profile picture uploads are signed: a timestamp is required");
  if (params.folder === undefined) throw new AppError("FORBIDDEN", "Only profile picture uploads are signed: the upload must go into your picture folder");
  return params as UploadParams;
}
