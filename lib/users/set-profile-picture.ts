import { prisma } from "@/lib/db";
import { deletePicture, storePicture } from "@/lib/pictures/store-picture";

export interface SetProfilePictureOptions {
  userId: string;
  bytes: Buffer;
}

/**
 * Stores an uploaded picture, points the profile at it and removes the picture it replaces — if
 * that one is the user's own (deletePicture checks; a picture the profile merely pointed at stays).
 * (The original only returned the URL for a later profile update; saving it at once spares the
 * client a second call and never leaves an orphaned upload.) The row is locked while the URL is
 * swapped, so of two uploads at once each removes exactly the picture it replaced.
 */
export async function setProfilePicture({ userId, bytes }: SetProfilePictureOptions): Promise<string> {
  const url = await storePicture(userId, bytes);
  const previous = await prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ profilePictureUrl: string }[]>`
      SELECT "profilePictureUrl" FROM "users" WHERE "userID" = ${userId}::uuid FOR UPDATE`;
    await tx.user.update({ where: { id: userId }, data: { profilePictureUrl: url } });
    return row?.profilePictureUrl ?? "";
  });
  if (previous && previous !== url) await deletePicture(previous, userId);
  return url;
}
