import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/test/helpers";
import { createSession, LAST_SEEN_RESOLUTION_MINUTES, revokeAllSessions, revokeSession, sessionUser } from "./sessions";

afterEach(() => vi.restoreAllMocks());

const viaPrisma = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, include: { matchedMentor: { select: { email: true } } } });

describe("sessionUser", () => {
  it("reads the session's user exactly as Prisma does (every column but the password, the mentor's email)", async () => {
    const mentor = await createUser({ role: "MENTOR", firstName: "Ada", year: 3, major: ["Mathematics"], firstgen: true, isMatched: true });
    const mentee = await createUser({
      firstName: "Bo", year: 1, major: ["Biology", "Chemistry"], minor: ["Music"], hobbies: "chess", isMatched: true, matchedAt: new Date(),
      matchedMentor: { connect: { id: mentor.id } }, lastLogin: new Date(),
    });
    const [menteeSession, mentorSession] = [await createSession(mentee.id), await createSession(mentor.id)];

    const seen = await sessionUser(menteeSession);
    expect(seen).toEqual(await viaPrisma(mentee.id));
    expect(seen?.matchedMentor).toEqual({ email: mentor.email });
    expect(seen).not.toHaveProperty("password");
    expect(await sessionUser(mentorSession)).toEqual({ ...(await viaPrisma(mentor.id)), matchedMentor: null });
  });

  it("costs one statement to PostgreSQL", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const mentee = await createUser({ matchedMentor: { connect: { id: mentor.id } } });
    const sid = await createSession(mentee.id);
    await sessionUser(sid); // a connection is open
    const statements = vi.spyOn(pg.Client.prototype, "query");
    expect((await sessionUser(sid))?.matchedMentor).toEqual({ email: mentor.email });
    expect(statements).toHaveBeenCalledTimes(1);
  });

  it("refuses a revoked session on the very next call, and an expired or unknown one", async () => {
    const user = await createUser();
    const [a, b] = [await createSession(user.id), await createSession(user.id)];
    expect((await sessionUser(a))?.id).toBe(user.id);
    await revokeSession(a);
    expect(await sessionUser(a)).toBeNull();
    expect((await sessionUser(b))?.id).toBe(user.id);
    await revokeAllSessions(user.id);
    expect(await sessionUser(b)).toBeNull();

    const expired = await createSession(user.id);
    await prisma.session.update({ where: { sessionToken: expired }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await sessionUser(expired)).toBeNull();
    expect(await sessionUser("no-such-session")).toBeNull();
  });

  it("moves lastSeenAt forward at most once every few minutes: no write while it is fresh, one conditional UPDATE when stale", async () => {
    const user = await createUser();
    const sid = await createSession(user.id, "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36");
    const seenAt = async () => (await prisma.session.findUniqueOrThrow({ where: { sessionToken: sid } })).lastSeenAt;
    const created = await seenAt();
    await sessionUser(sid); // a connection is open

    const statements = vi.spyOn(pg.Client.prototype, "query");
    for (let i = 0; i < 5; i++) await sessionUser(sid);
    expect(statements).toHaveBeenCalledTimes(5); // five SELECTs, no UPDATE
    expect(await seenAt()).toEqual(created);

    const stale = new Date(Date.now() - (LAST_SEEN_RESOLUTION_MINUTES + 1) * 60_000);
    await prisma.session.update({ where: { sessionToken: sid }, data: { lastSeenAt: stale } });
    statements.mockClear();
    expect((await sessionUser(sid))?.id).toBe(user.id);
    expect(statements).toHaveBeenCalledTimes(2); // the SELECT, then the one UPDATE
    const touched = await seenAt();
    expect(touched.getTime()).toBeGreaterThan(Date.now() - 60_000);

    statements.mockClear();
    await sessionUser(sid);
    expect(statements).toHaveBeenCalledTimes(1); // fresh again: no write
    expect(await seenAt()).toEqual(touched);

    // Just inside the resolution: still no write.
    const recent = new Date(Date.now() - (LAST_SEEN_RESOLUTION_MINUTES - 1) * 60_000);
    await prisma.session.update({ where: { sessionToken: sid }, data: { lastSeenAt: recent } });
    await sessionUser(sid);
    expect(await seenAt()).toEqual(recent);
  });

  it("keeps the sign-in's User-Agent (cut to 512 characters) and gives each session its own public id", async () => {
    const user = await createUser();
    const a = await createSession(user.id, "x".repeat(2000));
    const b = await createSession(user.id);
    const [rowA, rowB] = [await prisma.session.findUniqueOrThrow({ where: { sessionToken: a } }), await prisma.session.findUniqueOrThrow({ where: { sessionToken: b } })];
    expect(rowA.userAgent).toHaveLength(512);
    expect(rowB.userAgent).toBeNull();
    expect(rowA.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rowA.id).not.toBe(rowB.id);
    expect(rowA.id).not.toBe(a);
  });
});
