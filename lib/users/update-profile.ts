import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deletePicture } from "@/lib/pictures/store-picture";
import { isOwnPictureUrl } from "@/lib/pictures/urls";
import { refreshScores } from "@/lib/matching/refresh-scores";
import { changeRole } from "./change-role";
import { profileUpdateSchema, SURVEY_FIELDS, type ProfileUpdate } from "./profile-schemas";
import { fieldErrorsOf } from "./schemas";

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
  if (data.profilePictureUrl !== undefined && !isOwnPictureUrl(data.profilePictureUrl)) {
    const message = "Upload the picture with the profile picture uploader; links to other sites are not accepted";
    throw AppError.invalid(message, { profilePictureUrl: [message] });
  }

  let newRole: "MENTEE" | "MENTOR" | undefined;
  if ("role" in raw) {
    if (raw.role === "MENTEE" || raw.role === "MENTOR") newRole = raw.role;
    else if (raw.role === "ADMIN") console.warn(`[profile] user ${userId} tried to become ADMIN through a profile update; ignored`);
    else throw AppError.invalid("role must be MENTEE or MENTOR", { role: ["role must be MENTEE or MENTOR"] });
  }

  const previousPicture = await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: userId }, select: { role: true, profilePictureUrl: true } });
    if (!current) throw new AppError("NOT_FOUND", "User not found");
    if (newRole && newRole !== current.role) await changeRole({ userId, newRole }, tx);
    if (Object.keys(data).length > 0) await tx.user.update({ where: { id: userId }, data });
    return current.profilePictureUrl;
  });
  // A replaced or cleared picture is removed from storage (after the commit, so a failed update keeps it).
  if (data.profilePictureUrl !== undefined && previousPicture && previousPicture !== data.profilePictureUrl) await deletePicture(previousPicture);
  await refreshScores(userId);
}
