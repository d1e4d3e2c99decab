import { AppError } from "@/lib/errors";
import { BodyTooLargeError, readBodyLimited, UPLOAD_BODY_LIMIT } from "@/lib/http/body";
import { setProfilePicture } from "@/lib/users/set-profile-picture";
import { apiRoute, HttpError, json, requireUser } from "../../_lib/handler";

/** API.md: a picture over 5 MB is a 400 with a field error (proxy.ts already refuses far larger bodies with 413). */
const TOO_LARGE = "The picture is larger than 5 MB";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new HttpError(415, "Send the picture as multipart/form-data with a `file` field");
  }
  // Refuse an oversized body before reading it, and count a chunked one while it streams in.
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, UPLOAD_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw AppError.invalid(TOO_LARGE, { file: [TOO_LARGE] });
    throw error;
  }
  let file: FormDataEntryValue | null;
  try {
    const form = new Response(bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } });
    file = (await form.formData()).get("file");
  } catch {
    throw AppError.invalid("Could not read the upload", { file: ["Could not read the upload"] });
  }
  if (!(file instanceof File)) throw AppError.invalid("No file was uploaded", { file: ["Choose a picture to upload"] });
  const url = await setProfilePicture({ userId: user.id, bytes: Buffer.from(await file.arrayBuffer()) });
  return json({ url });
});
