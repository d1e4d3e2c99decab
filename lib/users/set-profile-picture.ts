import { prisma } from "@/lib/db";
import { deletePicture, storePicture } from "@/lib/pictures/store-picture";

export interface SetProfilePictureOptions {
  userId: string;
  bytes: Buffer;
}

/**
 * Stores an uploaded picture, points the profile at it and removes the picture it replaces.
 * (The original only returned the URL for a later profile update; saving it at once spares the
 * client a second call and never leaves an orphaned upload.)
 */
export async function setProfilePicture({ userId, bytes }: SetProfilePictureOptions): Promise<string> {
  const url = await storePicture(userId, bytes);
  const previous = await prisma.user.findUnique({ where: { id: userId }, select: { profilePictureUrl: true } });
  await prisma.user.update({ where: { id: userId }, data: { profilePictureUrl: url } });
  if (previous?.profilePictureUrl && previous.profilePictureUrl !== url) await deletePicture(previous.profilePictureUrl);
  return url;
}
