/**
 * The JSON shapes of the original API (`users.serializers`): `serialize_user` and
 * `serialize_user_with_deletion`, with the original keys. Nothing secret ever leaves here.
 */
import type { Role } from "@prisma/client";

export interface SerializableUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  year: number | null;
  major: string[];
  minor: string[];
  hobbies: string;
  clubs: string;
  goals: string;
  international: boolean;
  commuter: boolean;
  firstgen: boolean;
  outofstate: boolean;
  transfer: boolean;
  otherBackground: string;
  isMatched: boolean;
  profilePictureUrl: string;
  isDeleted: boolean;
  permanentDeletionDate: Date | null;
  matchedMentor?: { email: string } | null;
}

export function serializeUser(user: SerializableUser) {
  return {
    userID: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    year: user.year,
    major: user.major,
    minor: user.minor,
    hobbies: user.hobbies,
    clubs: user.clubs,
    goals: user.goals,
    international: user.international,
    commuter: user.commuter,
    firstgen: user.firstgen,
    outofstate: user.outofstate,
    transfer: user.transfer,
    otherBackground: user.otherBackground,
    isMatched: user.isMatched,
    ...(user.matchedMentor !== undefined ? { matchedMentorEmail: user.matchedMentor?.email ?? null } : {}),
    profilePictureUrl: user.profilePictureUrl,
  };
}

export function serializeUserWithDeletion(user: SerializableUser) {
  return {
    ...serializeUser(user),
    is_deleted: user.isDeleted,
    permanent_deletion_date: user.permanentDeletionDate?.toISOString() ?? null,
  };
}

/** firstName, lastName, year and at least one major are set. */
export function isProfileComplete(user: Pick<SerializableUser, "firstName" | "lastName" | "year" | "major">): boolean {
  return Boolean(user.firstName.trim() && user.lastName.trim() && user.year !== null && user.major.some((m) => m.trim()));
}

/** "First Last", or "Not provided" when both are blank. */
export function fullName(user: Pick<SerializableUser, "firstName" | "lastName">): string {
  return [user.firstName.trim(), user.lastName.trim()].filter(Boolean).join(" ") || "Not provided";
}

/** How a user's own pages name them: the full name, or the email until a name is given. */
export function ownName(user: Pick<SerializableUser, "firstName" | "lastName" | "email">): string {
  return user.firstName.trim() || user.lastName.trim() ? fullName(user) : user.email;
}
