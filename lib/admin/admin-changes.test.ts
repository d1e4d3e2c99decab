/** The console's writes against a real PostgreSQL: each rule of issue 10 and its audit entry. */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { acceptRequest, listRequests, sendRequest } from "@/lib/matching/requests";
import { suggestMentors } from "@/lib/matching/suggest-mentors";
import { authenticateUser } from "@/lib/users/authenticate-user";
import { createSession, sessionUser } from "@/lib/users/sessions";
import { createUser, failure, PASSWORD, uniqueIp } from "@/test/helpers";
import { activateUser } from "./activate-user";
import { deactivateUser } from "./deactivate-user";
import { endMatchAsAdmin } from "./end-match-as-admin";
import { restoreUser } from "./restore-user";
import { setAdminRole } from "./set-admin-role";
import { verifyUser } from "./verify-user";

const admin = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "ADMIN", isStaff: true, ...data });
/** Complete enough to be suggested (issue 11: names, a year, a major and goals). */
const mentor = (data: Parameters<typeof createUser>[0] = {}) =>
  createUser({ role: "MENTOR", firstName: "Mentor", lastName: "Test", year: 5, major: ["History"], goals: "Happy to help.", ...data });
const mentee = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTEE", ...data });
const login = (email: string) => authenticateUser({ input: { email, password: PASSWORD }, ip: uniqueIp() });
const entriesAbout = (targetId: string) => prisma.auditEvent.findMany({ where: { targetId }, orderBy: { at: "asc" } });

async function match(mentorUser: { id: string; email: string }, menteeUser: { id: string }) {
  const request = await sendRequest({ menteeId: menteeUser.id, input: { mentor_email: mentorUser.email } });
  await acceptRequest({ mentorId: mentorUser.id, requestId: request.id });
}

/** Test-only triggers, dropped after each test. */
const cleanups: string[] = [];
afterEach(async () => {
  for (const sql of cleanups.splice(0)) await prisma.$executeRawUnsafe(sql);
});

describe("who may change users", () => {
  it("refuses every write by a mentor, a mentor claiming an admin's id in nothing but the call, a deactivated admin, and an unknown actor", async () => {
    const student = await mentee({ isVerified: false });
    const actors = [(await mentor()).id, (await admin({ isActive: false })).id, (await admin({ isDeleted: true, permanentDeletionDate: new Date(Date.now() + 3_600_000) })).id, randomUUID(), "not-a-uuid"];
    for (const actorId of actors) {
      const target = { actorId, userId: student.id };
      for (const attempt of [
        () => verifyUser(target),
        () => deactivateUser({ ...target, input: { reason: "x" } }),
        () => activateUser(target),
        () => restoreUser(target),
        () => endMatchAsAdmin({ ...target, input: { reason: "x" } }),
        () => setAdminRole({ ...target, admin: true }),
      ]) {
        expect((await failure(attempt())).code).toBe("FORBIDDEN");
      }
    }
    expect(await prisma.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({ isVerified: false, isActive: true, role: "MENTEE" });
    expect(await entriesAbout(student.id)).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown user id or one that is not a UUID", async () => {
    const staff = await admin();
    for (const userId of [randomUUID(), "nope"]) expect((await failure(verifyUser({ actorId: staff.id, userId }))).code).toBe("NOT_FOUND");
  });
});

describe("verifyUser", () => {
  it("verifies by hand, so the student can log in, and records actor, target and IP; a second time is CONFLICT", async () => {
    const staff = await admin();
    const student = await mentee({ isVerified: false });
    expect((await failure(login(student.email))).code).toBe("EMAIL_NOT_VERIFIED");
    const user = await verifyUser({ actorId: staff.id, userId: student.id, ip: "203.0.113.9" });
    expect(user).toMatchObject({ userID: student.id, email: student.email, isVerified: true, isActive: true });
    expect(user).not.toHaveProperty("password");
    await expect(login(student.email)).resolves.toMatchObject({ id: student.id });
    const [entry] = await prisma.auditEvent.findMany({ where: { targetId: student.id, action: "user.verify" } });
    expect(entry).toMatchObject({ actorId: staff.id, actorEmail: staff.email, targetEmail: student.email, ip: "203.0.113.9" });
    expect((await failure(verifyUser({ actorId: staff.id, userId: student.id }))).code).toBe("CONFLICT");
    expect(await prisma.auditEvent.count({ where: { targetId: student.id, action: "user.verify" } })).toBe(1);
  });
});

describe("deactivateUser / activateUser", () => {
  it("revokes every session at once, refuses login with 403 naming it, and activation lets the student back in", async () => {
    const staff = await admin();
    const student = await mentee();
    const sessions = [await createSession(student.id), await createSession(student.id)];
    const user = await deactivateUser({ actorId: staff.id, userId: student.id, input: { reason: "  Reported harassment  " } });
    expect(user.isActive).toBe(false);
    for (const sid of sessions) expect(await sessionUser(sid)).toBeNull();
    expect(await prisma.session.count({ where: { userId: student.id } })).toBe(0);
    const refused = await failure(login(student.email));
    expect([refused.code, refused.message]).toEqual(["ACCOUNT_DEACTIVATED", "This account has been deactivated. Contact the BruinBridge team."]);
    const wrong = await failure(authenticateUser({ input: { email: student.email, password: "not the password" }, ip: uniqueIp() }));
    expect(wrong.code).toBe("UNAUTHORIZED");

    expect((await failure(deactivateUser({ actorId: staff.id, userId: student.id, input: { reason: "again" } }))).code).toBe("CONFLICT");
    expect((await activateUser({ actorId: staff.id, userId: student.id })).isActive).toBe(true);
    await expect(login(student.email)).resolves.toMatchObject({ id: student.id });
    expect((await failure(activateUser({ actorId: staff.id, userId: student.id }))).code).toBe("CONFLICT");

    const entries = await entriesAbout(student.id);
    expect(entries.filter((e) => e.action.startsWith("user.")).map((e) => [e.action, e.details])).toEqual([
      ["user.deactivate", { reason: "Reported harassment", sessions_revoked: 2 }],
      ["user.activate", {}],
    ]);
  });

  it("requires a reason and refuses the acting admin's own account", async () => {
    const staff = await admin();
    const student = await mentee();
    for (const input of [{}, { reason: "   " }, { reason: 3 }, null, "text"]) {
      const error = await failure(deactivateUser({ actorId: staff.id, userId: student.id, input }));
      expect(error.code).toBe("INVALID_INPUT");
    }
    const self = await failure(deactivateUser({ actorId: staff.id, userId: staff.id, input: { reason: "oops" } }));
    expect([self.code, self.message]).toEqual(["CONFLICT", "You cannot deactivate your own account"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: student.id } })).isActive).toBe(true);
  });

  it("takes a deactivated mentor out of suggestions and a deactivated mentee out of the mentor's incoming requests; activation brings both back", async () => {
    const staff = await admin();
    const teacher = await mentor({ major: ["Astrophysics"] });
    const student = await mentee({ major: ["Astrophysics"] });
    await sendRequest({ menteeId: student.id, input: { mentor_email: teacher.email } });
    const suggested = async () => (await suggestMentors({ menteeId: (await mentee()).id, limit: 100_000 })).map((s) => s.mentor.id);
    const incoming = async () => (await listRequests({ userId: teacher.id })).map((r) => r.menteeId);
    expect(await suggested()).toContain(teacher.id);
    expect(await incoming()).toEqual([student.id]);

    await deactivateUser({ actorId: staff.id, userId: teacher.id, input: { reason: "on leave" } });
    await deactivateUser({ actorId: staff.id, userId: student.id, input: { reason: "complaint" } });
    expect(await suggested()).not.toContain(teacher.id);
    await activateUser({ actorId: staff.id, userId: teacher.id });
    expect(await incoming()).toEqual([]);
    const [request] = await prisma.mentorshipRequest.findMany({ where: { menteeId: student.id } });
    expect((await failure(acceptRequest({ mentorId: teacher.id, requestId: request!.id }))).code).toBe("CONFLICT");

    await activateUser({ actorId: staff.id, userId: student.id });
    expect(await suggested()).toContain(teacher.id);
    expect(await incoming()).toEqual([student.id]);
    await expect(acceptRequest({ mentorId: teacher.id, requestId: request!.id })).resolves.toMatchObject({ roster: [{ id: student.id }] });
  });
});

describe("the audit entry shares the change's transaction", () => {
  it("a change that fails leaves no entry, and an entry that cannot be written undoes the change", async () => {
    const staff = await admin();
    const refusesUpdate = await mentee();
    const refusesEntry = await mentee();
    const sid = await createSession(refusesEntry.id);
    const tag = randomUUID().replace(/-/g, "");
    // The user row of one student cannot be updated; the audit entry about the other cannot be written.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION "t_fail_${tag}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test failure'; END; $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER "t_user_${tag}" BEFORE UPDATE ON "users" FOR EACH ROW WHEN (OLD."userID" = '${refusesUpdate.id}') EXECUTE FUNCTION "t_fail_${tag}"()`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER "t_audit_${tag}" BEFORE INSERT ON "audit_events" FOR EACH ROW WHEN (NEW."targetId" = '${refusesEntry.id}') EXECUTE FUNCTION "t_fail_${tag}"()`);
    cleanups.push(`DROP TRIGGER "t_user_${tag}" ON "users"`, `DROP TRIGGER "t_audit_${tag}" ON "audit_events"`, `DROP FUNCTION "t_fail_${tag}"()`);

    await expect(deactivateUser({ actorId: staff.id, userId: refusesUpdate.id, input: { reason: "x" } })).rejects.toThrow(/test failure/);
    expect(await entriesAbout(refusesUpdate.id)).toEqual([]);

    await expect(deactivateUser({ actorId: staff.id, userId: refusesEntry.id, input: { reason: "x" } })).rejects.toThrow(/test failure/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: refusesEntry.id } })).isActive).toBe(true);
    expect(await sessionUser(sid)).not.toBeNull();
  });

  it("the log is append-only: the database refuses to update or delete an entry", async () => {
    const staff = await admin();
    const student = await mentee({ isVerified: false });
    await verifyUser({ actorId: staff.id, userId: student.id });
    const [entry] = await entriesAbout(student.id);
    await expect(prisma.auditEvent.update({ where: { id: entry!.id }, data: { actorEmail: "someone@else.edu" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: entry!.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "audit_events"`)).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.findUnique({ where: { id: entry!.id } })).toMatchObject({ actorEmail: staff.email });
  });
});

describe("restoreUser", () => {
  it("cancels a pending deletion; nothing pending is INVALID_INPUT, a passed grace period CONFLICT", async () => {
    const staff = await admin();
    const deleting = await mentee({ isDeleted: true, deletionRequestedDate: new Date(), permanentDeletionDate: new Date(Date.now() + 3_600_000) });
    const user = await restoreUser({ actorId: staff.id, userId: deleting.id });
    expect(user).toMatchObject({ isDeleted: false, permanent_deletion_date: null });
    expect((await login(deleting.email)).isDeleted).toBe(false);
    expect((await failure(restoreUser({ actorId: staff.id, userId: deleting.id }))).code).toBe("INVALID_INPUT");
    const expired = await mentee({ isDeleted: true, permanentDeletionDate: new Date(Date.now() - 1000) });
    expect((await failure(restoreUser({ actorId: staff.id, userId: expired.id }))).code).toBe("CONFLICT");
    expect((await entriesAbout(deleting.id)).filter((e) => e.action === "user.restore")).toHaveLength(1);
    expect(await entriesAbout(expired.id)).toEqual([]);
  });
});

describe("endMatchAsAdmin", () => {
  it("ends a mentee's match, or every match of a mentor, with the reason in the log; not matched is CONFLICT", async () => {
    const staff = await admin();
    const teacher = await mentor();
    const [first, second, other] = [await mentee(), await mentee(), await mentee()];
    const otherTeacher = await mentor();
    await match(teacher, first);
    await match(teacher, second);
    await match(otherTeacher, other);
    await prisma.chatMessage.create({ data: { senderId: other.id, recipientId: otherTeacher.id, body: "hi" } });

    const ended = await endMatchAsAdmin({ actorId: staff.id, userId: other.id, input: { reason: "complaint" } });
    expect(ended).toMatchObject({ isMatched: false, matchedMentorEmail: null });
    expect(await prisma.chatMessage.count({ where: { senderId: other.id } })).toBe(0);

    const mentorAfter = await endMatchAsAdmin({ actorId: staff.id, userId: teacher.id, input: { reason: "mentor left" } });
    expect(mentorAfter).toMatchObject({ menteeCount: 0, isMatched: false });
    expect(await prisma.user.count({ where: { id: { in: [first.id, second.id] }, matchedMentorId: null, isMatched: false } })).toBe(2);
    const [entry] = (await entriesAbout(teacher.id)).filter((e) => e.action === "match.end");
    expect(entry?.details).toEqual({
      reason: "mentor left",
      ended: expect.arrayContaining([{ mentor: teacher.email, mentee: first.email }, { mentor: teacher.email, mentee: second.email }]),
    });

    expect((await failure(endMatchAsAdmin({ actorId: staff.id, userId: teacher.id, input: { reason: "again" } }))).code).toBe("CONFLICT");
    expect((await failure(endMatchAsAdmin({ actorId: staff.id, userId: first.id, input: {} }))).code).toBe("INVALID_INPUT");
  });
});

describe("setAdminRole", () => {
  it("only a superuser promotes; a promoted mentor leaves mentoring and never shows in suggestions", async () => {
    const boss = await admin({ isSuperuser: true });
    const staff = await admin();
    const teacher = await mentor();
    const student = await mentee();
    await match(teacher, student);
    expect((await failure(setAdminRole({ actorId: staff.id, userId: teacher.id, admin: true }))).code).toBe("FORBIDDEN");

    const promoted = await setAdminRole({ actorId: boss.id, userId: teacher.id, admin: true, ip: "198.51.100.7" });
    expect(promoted).toMatchObject({ role: "ADMIN", isStaff: true, isSuperuser: false, menteeCount: 0 });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({ matchedMentorId: null, isMatched: false });
    expect((await suggestMentors({ menteeId: student.id, limit: 100_000 })).map((s) => s.mentor.id)).not.toContain(teacher.id);
    expect((await failure(setAdminRole({ actorId: boss.id, userId: teacher.id, admin: true }))).code).toBe("CONFLICT");
    expect((await failure(setAdminRole({ actorId: boss.id, userId: (await mentee({ isVerified: false })).id, admin: true }))).code).toBe("CONFLICT");

    const demoted = await setAdminRole({ actorId: boss.id, userId: teacher.id, admin: false });
    expect(demoted).toMatchObject({ role: "MENTEE", isStaff: false });
    expect((await failure(setAdminRole({ actorId: boss.id, userId: teacher.id, admin: false }))).code).toBe("CONFLICT");
    expect((await entriesAbout(teacher.id)).filter((e) => e.action.startsWith("user.")).map((e) => [e.action, e.actorEmail, e.details])).toEqual([
      ["user.promote", boss.email, { previous_role: "MENTOR" }],
      ["user.demote", boss.email, { was_superuser: false }],
    ]);
  });

  it("never demotes the last active superuser", async () => {
    const boss = await admin({ isSuperuser: true });
    const second = await admin({ isSuperuser: true });
    // Other files' superusers are switched off for this test, so `boss` and `second` are the only ones.
    const others = await prisma.user.findMany({ where: { isSuperuser: true, isActive: true, id: { notIn: [boss.id, second.id] } }, select: { id: true } });
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { isActive: false } });
    try {
      await expect(setAdminRole({ actorId: boss.id, userId: second.id, admin: false })).resolves.toMatchObject({ role: "MENTEE", isSuperuser: false });
      const last = await failure(setAdminRole({ actorId: boss.id, userId: boss.id, admin: false }));
      expect([last.code, last.message]).toEqual(["CONFLICT", expect.stringMatching(/last superuser/)]);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: boss.id } })).role).toBe("ADMIN");
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { isActive: true } });
    }
  });
});
