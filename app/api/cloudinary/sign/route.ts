import { AppError } from "@/lib/errors";
import { cloudinaryCredentials, signParams } from "@/lib/pictures/cloudinary";
import { uploadParamsToSign } from "@/lib/pictures/upload-signature";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

/**
 * Signs a browser upload for next-cloudinary's CldUploadWidget (`signatureEndpoint`), for
 * signed-in users: only the allow-listed parameters of an upload into the user's own picture
 * folder (lib/pictures/upload-signature.ts; anything else is 403). The API secret stays here.
 */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const credentials = cloudinaryCredentials();
  if (!credentials) throw new AppError("NOT_FOUND", "Cloudinary is not configured on this server");
  const { paramsToSign } = await readJson(request);
  return json({ signature: signParams(uploadParamsToSign(paramsToSign, { userId: user.id }), credentials.apiSecret) });
});
