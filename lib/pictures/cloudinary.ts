/**
 * The little of Cloudinary's upload API that we use, over fetch: signed server-side uploads with
 * a 400×400 face crop, deletion, and the request signature that also signs the browser's direct
 * uploads (next-cloudinary's CldUploadWidget asks /api/cloudinary/sign). The API secret never
 * leaves the server.
 */
import { createHash } from "node:crypto";
import { getEnv } from "@/lib/env";
import { pictureFolder, publicIdOf } from "./urls";

export const FACE_CROP = "c_thumb,g_face,h_400,w_400";

export interface CloudinaryCredentials {
  cloudName: string;
  apiKey: string;
  apiSecret: string;
}

export function cloudinaryCredentials(): CloudinaryCredentials | null {
  const env = getEnv();
  if (!env.CLOUDINARY_CLOUD_NAME || !env.CLOUDINARY_API_KEY || !env.CLOUDINARY_API_SECRET) return null;
  return { cloudName: env.CLOUDINARY_CLOUD_NAME, apiKey: env.CLOUDINARY_API_KEY, apiSecret: env.CLOUDINARY_API_SECRET };
}

/** Cloudinary's signature: SHA-1 of the sorted `key=value` pairs joined by `&`, then the secret. */
export function signParams(params: Record<string, string | number>, apiSecret: string): string {
  const payload = Object.keys(params)
    .filter((key) => params[key] !== "" && params[key] !== undefined)
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&");
  return createHash("sha1").update(payload + apiSecret).digest("hex");
}

async function call(credentials: CloudinaryCredentials, action: "upload" | "destroy", params: Record<string, string | number>, file?: Blob) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signed = { ...params, timestamp };
  const form = new FormData();
  for (const [key, value] of Object.entries(signed)) form.set(key, String(value));
  form.set("api_key", credentials.apiKey);
  form.set("signature", signParams(signed, credentials.apiSecret));
  if (file) form.set("file", file);
  const response = await fetch(`https://api.cloudinary.com/v1_1/${credentials.cloudName}/image/${action}`, { method: "POST", body: form });
  if (!response.ok) throw new Error(`Cloudinary ${action} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Uploads into the user's own folder, so the URL names its owner (see urls.ts). */
export async function uploadToCloudinary(credentials: CloudinaryCredentials, userId: string, bytes: Buffer, type: string): Promise<string> {
  const params = { folder: pictureFolder(userId), transformation: FACE_CROP };
  const result = await call(credentials, "upload", params, new Blob([new Uint8Array(bytes)], { type }));
  if (typeof result.secure_url !== "string") throw new Error("Cloudinary returned no URL");
  return result.secure_url;
}

/**
 * A browser upload (next-cloudinary's widget) stores the original; the 400×400 face crop is then
 * applied when the picture is delivered, by putting the transformation into its URL.
 */
export function withFaceCrop(url: string): string {
  return url.includes(`/image/upload/${FACE_CROP}/`) ? url : url.replace("/image/upload/", `/image/upload/${FACE_CROP}/`);
}

/** Destroys the image behind a URL; the caller has checked whose it is (`isPictureOf`). */
export async function deleteFromCloudinary(credentials: CloudinaryCredentials, url: string): Promise<void> {
  const publicId = publicIdOf(url);
  if (publicId) await call(credentials, "destroy", { public_id: publicId });
}
