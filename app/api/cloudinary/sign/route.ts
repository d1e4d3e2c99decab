import { AppError } from "@/lib/errors";
import { cloudinaryCredentials, FACE_CROP, FOLDER, signParams } from "@/lib/pictures/cloudinary";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

/**
 * Signs a browser upload for next-cloudinary's CldUploadWidget (`signatureEndpoint`), for
 * signed-in users: only uploads into our profile-picture folder, with no transformation other
 * than our face crop. The API secret stays here.
 */
export const POST = apiRoute(async (request) => {
  await requireUser();
  const credentials = cloudinaryCredentials();
  if (!credentials) throw new AppError("NOT_FOUND", "Cloudinary is not configured on this server");
  const { paramsToSign } = await readJson(request);
  if (typeof paramsToSign !== "object" || paramsToSign === null) throw AppError.invalid("paramsToSign is required");
  const params = paramsToSign as Record<string, string | number>;
  const foreignTransformation = params.transformation !== undefined && params.transformation !== FACE_CROP;
  if (params.folder !== FOLDER || foreignTransformation || params.eager !== undefined) {
    throw new AppError("FORBIDDEN", "Only profile picture uploads are signed");
  }
  return json({ signature: signParams(params, credentials.apiSecret) });
});
