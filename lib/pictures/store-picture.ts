/**
 * Profile pictures behind one small module. With Cloudinary configured the picture goes there
 * (400×400 face crop, in the user's own folder). Otherwise — the default here and in development — local mode: the file must
 * really be a PNG, JPEG or WebP (checked from its content, not its name; SVG is refused), at most
 * 5 MB and 4096×4096 pixels; it is cropped to 400×400 around its most interesting region, stored
 * under UPLOAD_DIR and served by the app at /uploads/<name>. Either way the URL names its owner
 * (urls.ts), and only the owner's pictures are ever deleted for them.
 */
import { randomBytes } from "node:crypto";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cloudinaryCredentials, deleteFromCloudinary, uploadToCloudinary } from "./cloudinary";
import { isCloudinaryPictureUrl, isLocalPictureUrl, isPictureOf, LOCAL_PREFIX } from "./urls";

export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_SIDE = 4096;
const FORMATS = new Map([["png", "image/png"], ["jpeg", "image/jpeg"], ["webp", "image/webp"]]);

const invalid = (message: string) => AppError.invalid(message, { file: [message] });

export const uploadDir = () => path.resolve(getEnv().UPLOAD_DIR);

async function inspect(bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw invalid("Choose a picture to upload");
  if (bytes.length > MAX_BYTES) throw invalid("The picture is larger than 5 MB");
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw invalid("That file is not a PNG, JPEG or WebP picture");
  }
  const type = metadata.format ? FORMATS.get(metadata.format) : undefined;
  if (!type) throw invalid("That file is not a PNG, JPEG or WebP picture");
  if ((metadata.width ?? 0) > MAX_SIDE || (metadata.height ?? 0) > MAX_SIDE) throw invalid("The picture is larger than 4096×4096 pixels");
  return type;
}

/** Stores a picture for a user and returns its URL. */
export async function storePicture(userId: string, bytes: Buffer): Promise<string> {
  const type = await inspect(bytes);
  const credentials = cloudinaryCredentials();
  if (credentials) return uploadToCloudinary(credentials, userId, bytes, type);

  const square = await sharp(bytes)
    .rotate()
    .resize(400, 400, { fit: "cover", position: sharp.strategy.attention })
    .webp({ quality: 85 })
    .toBuffer();
  const name = `${userId}-${randomBytes(8).toString("hex")}.webp`;
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(path.join(uploadDir(), name), square);
  return `${LOCAL_PREFIX}${name}`;
}

/**
 * Removes a picture we issued to `ownerId`; anything else — another user's picture that a profile
 * pointed at, a picture from before pictures named their owner, a foreign link, nothing — is left
 * alone. Never throws.
 */
export async function deletePicture(url: string, ownerId: string): Promise<void> {
  if (!isPictureOf(url, ownerId)) return;
  try {
    if (isLocalPictureUrl(url)) await unlink(path.join(uploadDir(), url.slice(LOCAL_PREFIX.length))).catch(() => undefined);
    else if (isCloudinaryPictureUrl(url)) {
      const credentials = cloudinaryCredentials();
      if (credentials) await deleteFromCloudinary(credentials, url);
    }
  } catch (error) {
    console.warn(`[pictures] could not delete ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
