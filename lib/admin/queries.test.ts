/** The console's reads: the users list, a user's page, the audit log, the stats and the CSV exports. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { acceptRequest, sendRequest } from "@/lib/matching/requests";
import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { createUser, failure } from "@/test/helpers";
import { deactivateUser } from "./deactivate-user";
import { getUserDetail } from "./get-user-detail";
import { listAudit } from "./list-audit";
import { listUsers } from "./list-users";
import { matchesCsv } from "./matches-csv";
import { BACKGROUNDS, programStats, SIGNUP_WEEKS, type ProgramStats } from "./program-stats";
import { usersCsv } from "./users-csv";
import { verifyUser } from "./verify-user";

const admin = () => createUser({ role: "ADMIN", isStaff: true });
const mentor = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTOR", ...data });
const mentee = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTEE", ...data });

async function match(mentorUser: { id: string; email: string }, menteeUser: { id: string }) {
  const request = await sendRequest({ menteeId: menteeUser.id, input: { mentor_email: mentorUser.email } });
  await acceptRequest({ mentorId: mentorUser.id, requestId: request.id });
}

/** A minimal RFC 4180 reader, independent of the library that wrote the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else cell += c;
  }
  if (cell || row.length) endRow();
  return rows;
}

describe("listUsers", () => {
  it("finds a student by part of the name or email, case-insensitively, with role and status filters, sorting and paging", async () => {
    const tag = randomUUID().slice(0, 8);
    const ana = await mentee({ firstName: `Ana${tag}`, lastName: "Lopez", isVerified: false });
    const bo = await mentor({ firstName: `Bo${tag}`, lastName: "Lopez" });
    const cy = await mentee({ firstName: `Cy${tag}`, lastName: "Zhang", dateJoined: new Date("2026-01-01T00:00:00Z") });

    const found = await listUsers({ query: { q: `ANA${tag.toUpperCase()} lop` } });
    expect(found).toMatchObject({ total: 1, page: 1, per_page: 25 });
    expect(found.users[0]).toMatchObject({ userID: ana.id, isVerified: false, isActive: true, isDeleted: false, menteeCount: 0, matchedMentorEmail: null });
    expect(found.users[0]).not.toHaveProperty("password");
    expect(found.users[0]!.dateJoined).toMatch(/Z$/);

    expect((await listUsers({ query: { q: tag, role: "MENTOR" } })).users.map((u) => u.userID)).toEqual([bo.id]);
    expect((await listUsers({ query: { q: tag, status: "unverified" } })).users.map((u) => u.userID)).toEqual([ana.id]);
    expect((await listUsers({ query: { q: cy.email.slice(2, 12) } })).users.map((u) => u.userID)).toEqual([cy.id]);
    expect((await listUsers({ query: { q: tag, sort: "dateJoined" } })).users[0]!.userID).toBe(cy.id);
    expect((await listUsers({ query: { q: tag, sort: "-name" } })).users.map((u) => u.userID)).toEqual([cy.id, bo.id, ana.id]);
    const page2 = await listUsers({ query: { q: tag, sort: "name", per_page: "2", page: "2", role: "" } });
    expect(page2).toMatchObject({ total: 3, page: 2, per_page: 2 });
    expect(page2.users.map((u) => u.userID)).toEqual([cy.id]);
  });

  it("filters matched, unmatched, pending deletion and deactivated accounts", async () => {
    const tag = randomUUID().slice(0, 8);
    const teacher = await mentor({ firstName: tag });
    const paired = await mentee({ firstName: tag });
    const alone = await mentee({ firstName: tag });
    const leaving = await mentee({ firstName: tag, isDeleted: true, permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    const off = await mentee({ firstName: tag, isActive: false });
    await match(teacher, paired);
    const ids = async (status: string) => (await listUsers({ query: { q: tag, status, sort: "email" } })).users.map((u) => u.userID).sort();
    expect(await ids("matched")).toEqual([teacher.id, paired.id].sort());
    expect(await ids("unmatched")).toEqual([alone.id, leaving.id, off.id].sort());
    expect(await ids("pending_deletion")).toEqual([leaving.id]);
    expect(await ids("deactivated")).toEqual([off.id]);
    const [mentorRow] = (await listUsers({ query: { q: teacher.email } })).users;
    expect(mentorRow).toMatchObject({ menteeCount: 1 });
  });

  it("refuses a bad query with INVALID_INPUT naming the parameter", async () => {
    for (const [query, field] of [
      [{ per_page: "101" }, "per_page"],
      [{ per_page: "0" }, "per_page"],
      [{ page: "0" }, "page"],
      [{ page: "two" }, "page"],
      [{ sort: "password" }, "sort"],
      [{ role: "ROOT" }, "role"],
      [{ status: "banned" }, "status"],
      [{ q: "a\u0000b" }, "q"],
    ] as const) {
      const error = await failure(listUsers({ query }));
      expect([error.code, Object.keys(error.fieldErrors ?? {})]).toEqual(["INVALID_INPUT", [field]]);
    }
  });
});

describe("getUserDetail and listAudit", () => {
  it("shows a user's roster, requests, blocked mentors and audit trail; NOT_FOUND otherwise", async () => {
    const staff = await admin();
    const teacher = await mentor();
    const student = await mentee({ isVerified: false });
    const blocked = await mentor();
    await verifyUser({ actorId: staff.id, userId: student.id });
    await blacklistMentor({ menteeId: student.id, mentorEmail: blocked.email });
    await match(teacher, student);

    const detail = await getUserDetail({ userId: student.id });
    expect(detail.user).toMatchObject({ userID: student.id, isMatched: true, matchedMentorEmail: teacher.email });
    expect(detail.blacklisted_mentors).toEqual([blocked.email]);
    expect(detail.requests).toEqual([expect.objectContaining({ status: "ACCEPTED", mentor: expect.objectContaining({ email: teacher.email }) })]);
    expect(detail.audit.map((e) => [e.action, e.actor, e.target])).toContainEqual(["user.verify", staff.email, student.email]);
    expect((await getUserDetail({ userId: teacher.id })).mentees.map((m) => m.userID)).toEqual([student.id]);
    for (const userId of [randomUUID(), "x"]) expect((await failure(getUserDetail({ userId }))).code).toBe("NOT_FOUND");
  });

  it("lists entries newest first, filtered by actor and target substrings and by action; a bad filter is INVALID_INPUT", async () => {
    const staff = await admin();
    const [first, second] = [await mentee({ isVerified: false }), await mentee()];
    await verifyUser({ actorId: staff.id, userId: first.id });
    await deactivateUser({ actorId: staff.id, userId: second.id, input: { reason: "spam" } });
    const byActor = await listAudit({ query: { actor: staff.email.slice(0, 10).toUpperCase() } });
    expect(byActor.entries.map((e) => [e.action, e.target])).toEqual([
      ["user.deactivate", second.email],
      ["user.verify", first.email],
    ]);
    expect(byActor.total).toBe(2);
    expect(byActor.entries[0]).toMatchObject({ actor: staff.email, details: { reason: "spam", sessions_revoked: 0 } });
    expect(byActor.entries[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect((await listAudit({ query: { actor: staff.email, action: "user.verify" } })).entries.map((e) => e.target)).toEqual([first.email]);
    expect((await listAudit({ query: { target: second.email, action: "user.deactivate" } })).total).toBe(1);
    for (const query of [{ action: "user.delete" }, { page: "-1" }, { per_page: "500" }]) expect((await failure(listAudit({ query }))).code).toBe("INVALID_INPUT");
  });
});

/** The dashboard's numbers computed in TypeScript from every row: a second, independent derivation. */
async function expectedStats(): Promise<ProgramStats> {
  const users = await prisma.user.findMany({ select: { role: true, isVerified: true, isActive: true, isDeleted: true, firstName: true, lastName: true, year: true, major: true, matchedMentorId: true, dateJoined: true, firstgen: true, transfer: true, international: true, commuter: true, outofstate: true, id: true, acceptingMentees: true, menteeCapacity: true } });
  const pending = await prisma.mentorshipRequest.count({ where: { status: "PENDING" } });
  const inProgram = users.filter((u) => u.role === "MENTEE" && u.isActive && !u.isDeleted);
  const rosterOf = (id: string) => users.filter((u) => u.matchedMentorId === id).length;
  const monday = (d: Date) => {
    const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    return day.toISOString().slice(0, 10);
  };
  const thisWeek = new Date(`${monday(new Date())}T00:00:00Z`);
  const weeks = Array.from({ length: SIGNUP_WEEKS }, (_, i) => new Date(thisWeek.getTime() - (SIGNUP_WEEKS - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10));
  const years = [...new Set(inProgram.map((u) => (u.year === null ? "unknown" : String(u.year))))].sort((a, b) => (a === "unknown" ? 1 : b === "unknown" ? -1 : Number(a) - Number(b)));
  return {
    users: {
      total: users.length,
      mentees: users.filter((u) => u.role === "MENTEE").length,
      mentors: users.filter((u) => u.role === "MENTOR").length,
      admins: users.filter((u) => u.role === "ADMIN").length,
      verified: users.filter((u) => u.isVerified).length,
      profile_complete: users.filter((u) => u.firstName.trim() && u.lastName.trim() && u.year !== null && u.major.some((m) => m.trim())).length,
      pending_deletion: users.filter((u) => u.isDeleted).length,
      deactivated: users.filter((u) => !u.isActive).length,
    },
    matching: {
      matched_mentees: inProgram.filter((u) => u.matchedMentorId).length,
      unmatched_mentees: inProgram.filter((u) => !u.matchedMentorId).length,
      open_mentor_seats: users
        // A paused mentor offers no seats; the others their own capacity (at most MAX_MENTEES).
        .filter((u) => u.role === "MENTOR" && u.isVerified && u.isActive && !u.isDeleted && u.acceptingMentees)
        .reduce((sum, u) => sum + Math.max(0, Math.min(u.menteeCapacity ?? getEnv().MAX_MENTEES, getEnv().MAX_MENTEES) - rosterOf(u.id)), 0),
      pending_requests: pending,
    },
    by_background: Object.fromEntries(
      BACKGROUNDS.map((b) => [b, { mentees: inProgram.filter((u) => u[b]).length, matched: inProgram.filter((u) => u[b] && u.matchedMentorId).length }]),
    ) as ProgramStats["by_background"],
    signups_by_week: weeks.map((week) => ({
      week,
      mentees: users.filter((u) => u.role === "MENTEE" && monday(u.dateJoined) === week).length,
      mentors: users.filter((u) => u.role === "MENTOR" && monday(u.dateJoined) === week).length,
    })),
    by_year: years.map((year) => {
      const group = inProgram.filter((u) => (u.year === null ? "unknown" : String(u.year)) === year);
      return { year, mentees: group.length, matched: group.filter((u) => u.matchedMentorId).length };
    }),
  };
}

describe("programStats", () => {
  it("matches an independent count of a seeded population, and moves by exactly what was seeded", async () => {
    const before = await programStats();
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    const complete = { firstName: "Full", lastName: "Profile", year: 2, major: ["History"] };
    const m1 = await mentor({ ...complete, dateJoined: weekAgo });
    const m2 = await mentor({ isVerified: false });
    // Their own availability: a paused mentor offers no seat, one who takes a single mentee one.
    await mentor({ acceptingMentees: false });
    await mentor({ menteeCapacity: 1 });
    const first = await mentee({ ...complete, firstgen: true, transfer: true, dateJoined: weekAgo });
    const second = await mentee({ firstgen: true, year: 1 });
    await mentee({ international: true, isActive: false });
    await mentee({ commuter: true, isDeleted: true, permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    await mentee({ outofstate: true, year: 1 });
    await admin();
    await match(m1, first);
    await sendRequest({ menteeId: second.id, input: { mentor_email: m1.email } });
    void m2;

    const after = await programStats();
    expect(after).toEqual(await expectedStats());
    const delta = (path: (s: ProgramStats) => number) => path(after) - path(before);
    expect(delta((s) => s.users.total)).toBe(10);
    expect([delta((s) => s.users.mentees), delta((s) => s.users.mentors), delta((s) => s.users.admins)]).toEqual([5, 4, 1]);
    expect([delta((s) => s.users.verified), delta((s) => s.users.profile_complete)]).toEqual([9, 2]);
    expect([delta((s) => s.users.pending_deletion), delta((s) => s.users.deactivated)]).toEqual([1, 1]);
    expect([delta((s) => s.matching.matched_mentees), delta((s) => s.matching.unmatched_mentees), delta((s) => s.matching.pending_requests)]).toEqual([1, 2, 1]);
    expect(delta((s) => s.matching.open_mentor_seats)).toBe(getEnv().MAX_MENTEES - 1 + 1);
    expect(delta((s) => s.by_background.firstgen.mentees)).toBe(2);
    expect(delta((s) => s.by_background.firstgen.matched)).toBe(1);
    expect(delta((s) => s.by_background.transfer.matched)).toBe(1);
    expect([delta((s) => s.by_background.international.mentees), delta((s) => s.by_background.commuter.mentees), delta((s) => s.by_background.outofstate.mentees)]).toEqual([0, 0, 1]);
    const week = (s: ProgramStats, i: number) => s.signups_by_week.at(i)!;
    expect(after.signups_by_week).toHaveLength(SIGNUP_WEEKS);
    expect([week(after, -2).mentees - week(before, -2).mentees, week(after, -2).mentors - week(before, -2).mentors]).toEqual([1, 1]);
  });
});

describe("CSV exports", () => {
  it("quote commas, quotes and newlines, escape cells a spreadsheet would run, and hold no secret", async () => {
    const teacher = await mentor({ firstName: "=HYPERLINK(\"http://evil\")", lastName: "+1 Smith" });
    const student = await mentee({ firstName: 'O"Brien, Jr.', lastName: "@SUM(A1)", major: ["Math", "-Physics"], hobbies: "x" });
    const tabbed = await mentee({ firstName: "\tTab", lastName: "line\nbreak" });
    await match(teacher, student);
    await prisma.user.update({ where: { id: tabbed.id }, data: { emailVerificationToken: "f".repeat(64) } });

    const users = await usersCsv();
    expect(users).not.toMatch(/\$2[aby]\$/);
    expect(users).not.toContain("f".repeat(64));
    const rows = parseCsv(users);
    const header = rows[0]!;
    expect(header).not.toContain("password");
    expect(header).toEqual(expect.arrayContaining(["userID", "email", "firstName", "lastName", "isVerified", "isActive", "matchedMentorEmail"]));
    const row = (id: string) => Object.fromEntries(header.map((key, i) => [key, rows.find((r) => r[0] === id)![i]]));
    expect(row(teacher.id)).toMatchObject({ firstName: "'=HYPERLINK(\"http://evil\")", lastName: "'+1 Smith", menteeCount: "1" });
    expect(row(student.id)).toMatchObject({ firstName: 'O"Brien, Jr.', lastName: "'@SUM(A1)", major: "Math; -Physics", matchedMentorEmail: teacher.email });
    expect(row(tabbed.id)).toMatchObject({ firstName: "'\tTab", lastName: "line\nbreak" });

    const matches = parseCsv(await matchesCsv());
    expect(matches[0]).toEqual(["mentee_email", "mentee_first_name", "mentee_last_name", "mentor_email", "mentor_first_name", "mentor_last_name", "matched_at"]);
    expect(matches.find((r) => r[0] === student.email)).toEqual([student.email, 'O"Brien, Jr.', "'@SUM(A1)", teacher.email, "'=HYPERLINK(\"http://evil\")", "'+1 Smith", expect.stringMatching(/Z$/)]);
  });
});
