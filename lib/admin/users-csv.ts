import { prisma } from "@/lib/db";
import { isProfileComplete } from "@/lib/users/serialize";
import { adminUserSelect } from "./admin-user";
import { toCsv } from "./csv";

const HEADER = [
  "userID", "email", "firstName", "lastName", "role", "year", "major", "minor",
  "firstgen", "transfer", "international", "commuter", "outofstate",
  "isVerified", "isActive", "isDeleted", "permanent_deletion_date", "profile_complete",
  "isMatched", "matchedMentorEmail", "menteeCount", "dateJoined", "lastLogin",
];

/**
 * Every account as CSV, oldest first: the admin user's facts, no hash, token or free-text answer
 * (hobbies, goals) a coordinator does not need in a spreadsheet. Majors and minors are joined with "; ".
 */
export async function usersCsv(): Promise<string> {
  const users = await prisma.user.findMany({ select: adminUserSelect, orderBy: [{ dateJoined: "asc" }, { id: "asc" }] });
  return toCsv(
    HEADER,
    users.map((u) => [
      u.id, u.email, u.firstName, u.lastName, u.role, u.year, u.major.join("; "), u.minor.join("; "),
      u.firstgen, u.transfer, u.international, u.commuter, u.outofstate,
      u.isVerified, u.isActive, u.isDeleted, u.permanentDeletionDate, isProfileComplete(u),
      u.isMatched, u.matchedMentor?.email ?? null, u._count.matchedMentees, u.dateJoined, u.lastLogin,
    ]),
  );
}
