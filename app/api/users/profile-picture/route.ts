import { AppError } from "@/lib/errors";
import { MAX_BYTES } from "@/lib/pictures/store-picture";
import { setProfilePicture } from "@/lib/users/set-profile-picture";
import { apiRoute, HttpError, json, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new HttpError(415, "Send the picture as multipart/form-data with a `file` field");
  }
  // Refuse an oversized body before reading it (a little slack for the multipart framing).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES + 64 * 1024) {
    throw AppError.invalid("The picture is larger than 5 MB", { file: ["The picture is larger than 5 MB"] });
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    throw AppError.invalid("Could not read the upload", { file: ["Could not read the upload"] });
  }
  if (!(file instanceof File)) throw AppError.invalid("No file was uploaded", { file: ["Choose a picture to upload"] });
  const url = await setProfilePicture({ userId: user.id, bytes: Buffer.from(await file.arrayBuffer()) });
  return json({ url });
});
