/**
 * Which picture URLs this app issued, and to whom. Every picture we issue names its owner: a local
 * upload is `/uploads/<userId>-<random>.webp`, a Cloudinary upload lives under
 * `profile_pictures/<userId>/` in our own cloud. A profile may only point at a picture issued to
 * that user (or keep the one it has), and the app only ever deletes a picture whose owner is the
 * user it is deleting for — so a URL copied from someone else's card can neither be shown as one's
 * own nor used to delete their file.
 */
import { getEnv } from "@/lib/env";

export const LOCAL_PREFIX = "/uploads/";
export const LOCAL_NAME = /^([a-f0-9-]{36})-[a-f0-9]{16}\.webp$/;
export const CLOUDINARY_FOLDER = "profile_pictures";

/** The Cloudinary folder a user's uploads go into (server-side uploads and the browser widget). */
export const pictureFolder = (userId: string) => `${CLOUDINARY_FOLDER}/${userId}`;

/** `profile_pictures/<uuid>/<id>`: the folder's owner and a plain Cloudinary id, nothing like `..`. */
const OWNED_PUBLIC_ID = /^profile_pictures\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/[A-Za-z0-9_-]+$/;

export function isLocalPictureUrl(url: string): boolean {
  return url.startsWith(LOCAL_PREFIX) && LOCAL_NAME.test(url.slice(LOCAL_PREFIX.length));
}

/** An https image URL in our own Cloudinary cloud (only when Cloudinary is configured). */
export function isCloudinaryPictureUrl(url: string): boolean {
  const cloud = getEnv().CLOUDINARY_CLOUD_NAME;
  if (!cloud) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && parsed.hostname === "res.cloudinary.com" && parsed.pathname.startsWith(`/${cloud}/image/upload/`);
  } catch {
    return false;
  }
}

/**
 * The public id of a Cloudinary delivery URL: the path after `/image/upload/`, its transformation
 * segments and version, without the extension —
 * `…/image/upload/c_thumb,g_face/v17/profile_pictures/<userId>/abc.jpg` → `profile_pictures/<userId>/abc`.
 */
export function publicIdOf(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/image\/upload\/(?:[^/]+\/)*?(?:v\d+\/)?(profile_pictures\/[^.]+?)(?:\.\w+)?$/.exec(pathname);
  return match?.[1] ?? null;
}

/** The id of the user a picture was issued to, read from its URL; null for anything we did not issue to someone. */
export function pictureOwner(url: string): string | null {
  if (isLocalPictureUrl(url)) return LOCAL_NAME.exec(url.slice(LOCAL_PREFIX.length))?.[1] ?? null;
  if (isCloudinaryPictureUrl(url)) return OWNED_PUBLIC_ID.exec(publicIdOf(url) ?? "")?.[1] ?? null;
  return null;
}

/** Whether this picture was issued to this user: the only pictures the app sets on a profile or deletes for them. */
export function isPictureOf(url: string, userId: string): boolean {
  return url !== "" && pictureOwner(url) === userId.toLowerCase();
}
