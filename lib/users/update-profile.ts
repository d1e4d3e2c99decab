import type { Role } from "@prisma/client";
import { AppError } from "@/lib/errors";
import { deliverNotificationEmails } from "@/lib/notifications/notify";
import { deletePicture } from "@/lib/pictures/store-picture";
import { isPictureOf } from "@/lib/pictures/urls";
import { lockedTransaction } from "@/lib/transaction";
import { changeRole } from "./change-role";
import { profileUpdateSchema, SURVEY_FIELDS, type ProfileUpdate } from "./profile-schemas";
import { fieldErrorsOf } from "./schemas";
import { canonicalPrograms } from "./ucla-programs";

export interface UpdateProfileOptions {
  /** From the session, never from the request. */
  userId: string;
  /** Untrusted input: any subset of the survey fields, perhaps `role`; every other key is ignored. */
  input: unknown;
}

/**
 * `User.update_profile` / `complete_survey`: writes only the survey fields. `role` MENTEE/MENTOR
 * that differs from the current one is a role change with its clean-up; `role: "ADMIN"` is
 * dropped with a warning. Everything is validated first: an invalid value writes nothing and
 * names its field.
 */
export async function updateProfile({ userId, input }: UpdateProfileOptions): Promise<void> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw AppError.invalid("Send the profile fields as a JSON object");
  const raw = input as Record<string, unknown>;
  const surveyOnly = Object.fromEntries(SURVEY_FIELDS.filter((key) => key in raw).map((key) => [key, raw[key]]));

  const parsed = profileUpdateSchema.safeParse(surveyOnly);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw AppError.invalid(Object.values(fieldErrors)[0]?.[0] ?? "Invalid profile", fieldErrors);
  }
  const data: ProfileUpdate = parsed.data;
  // "CS", "computer science" and "Computer Science" are one major: stored by UCLA's name, so they score alike.
  if (data.major) data.major = canonicalPrograms(data.major, "major");
  if (data.minor) data.minor = canonicalPrograms(data.minor, "minor");

  let newRole: "MENTEE" | "MENTOR" | undefined;
  if ("role" in raw) {
    if (raw.role === "MENTEE" || raw.role === "MENTOR") newRole = raw.role;
    else if (raw.role === "ADMIN") console.warn(`[profile] user ${userId} tried to become ADMIN through a profile update; ignored`);
    else throw AppError.invalid("role must be MENTEE or MENTOR", { role: ["role must be MENTEE or MENTOR"] });
  }

  // lockedTransaction: a role change's clean-up may deadlock with a parallel accept; it is retried.
  const previousPicture = await lockedTransaction(async (tx) => {
    // The row is locked so that two updates at once agree on which picture each one replaced.
    const [current] = await tx.$queryRaw<{ role: Role; profilePictureUrl: string }[]>`
      SELECT "role", "profilePictureUrl" FROM "users" WHERE "userID" = ${userId}::uuid FOR UPDATE`;
    if (!current) throw new AppError("NOT_FOUND", "User not found");
    if (data.profilePictureUrl !== undefined) assertMayShow(data.profilePictureUrl, current.profilePictureUrl, userId);
    if (newRole && newRole !== current.role) await changeRole({ userId, newRole }, tx);
    if (Object.keys(data).length > 0) await tx.user.update({ where: { id: userId }, data });
    return current.profilePictureUrl;
  });
  // A replaced or cleared picture is removed from storage (after the commit, so a failed update
  // keeps it) — only if it is this user's own: a profile that once pointed at someone else's
  // picture never deletes it.
  if (data.profilePictureUrl !== undefined && previousPicture && previousPicture !== data.profilePictureUrl) await deletePicture(previousPicture, userId);
  // A role change told the former partners (MATCH_ENDED): their emails go out now.
  if (newRole) deliverNotificationEmails();
}

/**
 * A profile may show no picture (`""`), keep the one it has, or point at a picture the app issued
 * to this user (their upload). Another user's `/uploads/…` or Cloudinary URL — visible on their
 * card — is refused, so it can neither be worn nor, later replaced, be deleted as if it were ours.
 */
function assertMayShow(url: string, current: string, userId: string): void {
  if (url === "" || url === current || isPictureOf(url, userId)) return;
  const message = "Upload the picture with the profile picture uploader; other pictures and links are not accepted";
  throw AppError.invalid(message, { profilePictureUrl: [message] });
}
