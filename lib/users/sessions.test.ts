import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/test/helpers";
import { createSession, revokeAllSessions, revokeSession, sessionUser } from "./sessions";

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
});
