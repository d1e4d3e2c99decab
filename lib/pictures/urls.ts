/**
 * Which picture URLs this app issued. A profile may only point at one of ours: an upload served
 * from /uploads/ (local mode) or an image in our own Cloudinary cloud — never an arbitrary link.
 */
import { getEnv } from "@/lib/env";

export const LOCAL_PREFIX = "/uploads/";
export const LOCAL_NAME = /^[a-f0-9-]{36}-[a-f0-9]{16}\.webp$/;

export function isLocalPictureUrl(url: string): boolean {
  return url.startsWith(LOCAL_PREFIX) && LOCAL_NAME.test(url.slice(LOCAL_PREFIX.length));
}

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

export function isOwnPictureUrl(url: string): boolean {
  return url === "" || isLocalPictureUrl(url) || isCloudinaryPictureUrl(url);
}
