/** The signed-in devices of account settings and /api/users/sessions: list, name, sign out. */
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/test/helpers";
import { listSessions } from "./list-sessions";
import { activeSessionUser, createSession } from "./sessions";
import { signOutOtherSessions, signOutSession } from "./sign-out-sessions";
import { describeUserAgent } from "./user-agent";

const CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

describe("describeUserAgent (ua-parser-js)", () => {
  it.each([
    [CHROME_WINDOWS, "Chrome 131", "Windows 10", "Chrome 131 on Windows 10"],
    [SAFARI_IPHONE, "Mobile Safari 18", "iOS 18.1", "Mobile Safari 18 on iOS 18.1"],
    [FIREFOX_LINUX, "Firefox 133", "Ubuntu", "Firefox 133 on Ubuntu"],
  ])("names %s", (ua, browser, os, label) => {
    expect(describeUserAgent(ua)).toEqual({ browser, os, label });
  });

  it("says plainly when nothing is known", () => {
    expect(describeUserAgent(null).label).toBe("Unknown device");
    expect(describeUserAgent("curl/8.5.0").browser).toBe("Unknown browser");
  });
});

describe("listSessions", () => {
  it("lists the user's live sessions only, the current one first and marked, never a token", async () => {
    const user = await createUser();
    const old = await createSession(user.id, FIREFOX_LINUX);
    const here = await createSession(user.id, CHROME_WINDOWS);
    const phone = await createSession(user.id, SAFARI_IPHONE);
    await prisma.session.update({ where: { sessionToken: phone }, data: { lastSeenAt: new Date(Date.now() + 1000) } });
    await prisma.session.update({ where: { sessionToken: old }, data: { lastSeenAt: new Date(Date.now() - 3_600_000) } });
    const expired = await createSession(user.id, FIREFOX_LINUX);
    await prisma.session.update({ where: { sessionToken: expired }, data: { expires: new Date(Date.now() - 1000) } });
    await createSession((await createUser()).id, CHROME_WINDOWS);

    const sessions = await listSessions({ userId: user.id, currentSessionToken: here });
    expect(sessions.map((s) => [s.userAgent, s.current])).toEqual([
      [CHROME_WINDOWS, true],
      [SAFARI_IPHONE, false],
      [FIREFOX_LINUX, false],
    ]);
    expect(Object.keys(sessions[0] ?? {}).sort()).toEqual(["createdAt", "current", "id", "lastSeenAt", "userAgent"]);
    expect(JSON.stringify(sessions)).not.toContain(here);
  });
});

describe("signing devices out", () => {
  it("signs one session out at once by its public id, and only the user's own", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const here = await createSession(user.id);
    const there = await createSession(user.id);
    const strangers = await createSession(stranger.id);
    const id = async (token: string) => (await prisma.session.findUniqueOrThrow({ where: { sessionToken: token } })).id;

    await expect(signOutSession({ userId: user.id, sessionId: await id(strangers) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await activeSessionUser(strangers)).toBe(stranger.id);
    for (const bad of ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "", "'; DROP TABLE sessions; --"]) {
      await expect(signOutSession({ userId: user.id, sessionId: bad })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }

    const thereId = await id(there);
    await signOutSession({ userId: user.id, sessionId: thereId.toUpperCase() });
    expect(await activeSessionUser(there)).toBeNull();
    expect(await activeSessionUser(here)).toBe(user.id);
    await expect(signOutSession({ userId: user.id, sessionId: thereId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("signs out everywhere else, keeping the current session and other users' sessions", async () => {
    const user = await createUser();
    const here = await createSession(user.id);
    const others = [await createSession(user.id), await createSession(user.id)];
    const strangers = await createSession((await createUser()).id);
    expect(await signOutOtherSessions({ userId: user.id, currentSessionToken: here })).toBe(2);
    expect(await activeSessionUser(here)).toBe(user.id);
    for (const token of others) expect(await activeSessionUser(token)).toBeNull();
    expect(await activeSessionUser(strangers)).not.toBeNull();
  });
});
