import { prisma } from "@/lib/db";
import { toCsv } from "./csv";

const HEADER = ["mentee_email", "mentee_first_name", "mentee_last_name", "mentor_email", "mentor_first_name", "mentor_last_name", "matched_at"];

/** Every current match (mentee → mentor) as CSV, oldest match first. */
export async function matchesCsv(): Promise<string> {
  const mentees = await prisma.user.findMany({
    where: { matchedMentorId: { not: null } },
    select: { email: true, firstName: true, lastName: true, matchedAt: true, matchedMentor: { select: { email: true, firstName: true, lastName: true } } },
    orderBy: [{ matchedAt: "asc" }, { email: "asc" }],
  });
  return toCsv(
    HEADER,
    mentees.map((m) => [m.email, m.firstName, m.lastName, m.matchedMentor?.email ?? null, m.matchedMentor?.firstName ?? null, m.matchedMentor?.lastName ?? null, m.matchedAt]),
  );
}
