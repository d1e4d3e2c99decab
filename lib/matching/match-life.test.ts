/**
 * The life of a match (issue 11): ENDED and CLOSED statuses, a mentee ending their match, the
 * cooling-off after a decline, a mentor's pause and own capacity, and who is suggested.
 */
import { describe, expect, it } from "vitest";
import { endMatchAsAdmin } from "@/lib/admin/end-match-as-admin";
import { listMessages, sendMessage } from "@/lib/chat/messages";
import { prisma } from "@/lib/db";
import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { changeRole } from "@/lib/users/change-role";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { getRoster, removeMentee } from "@/lib/users/roster";
import { createUser, emailsTo, failure, withEnv } from "@/test/helpers";
import { coolingOffByMentor } from "./cooling-off";
import { endMatchAsMentee } from "./end-match";
import { updateMentorSettings } from "./mentor-settings";
import { capacity, mentorCapacity } from "./queries";
import { acceptRequest, coolingOffUntil, declineRequest, listRequests, sendRequest } from "./requests";
import { suggestMentors } from "./suggest-mentors";

/** A mentor whose profile is complete enough to be suggested. */
const mentor = (data: Parameters<typeof createUser>[0] = {}) =>
  createUser({ role: "MENTOR", firstName: "Mentor", lastName: "Person", year: 4, major: ["Linguistics"], goals: "Happy to help with research.", ...data });
const mentee = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTEE", firstName: "Mentee", lastName: "Person", year: 1, major: ["Linguistics"], ...data });
const ask = (menteeId: string, mentorEmail: string) => sendRequest({ menteeId, input: { mentor_email: mentorEmail } });
const statusOf = async (id: string) => (await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id } })).status;
const DAY = 86_400_000;

async function match(mentorUser: { id: string; email: string }, menteeUser: { id: string }) {
  const request = await ask(menteeUser.id, mentorUser.email);
  await acceptRequest({ mentorId: mentorUser.id, requestId: request.id });
  return request;
}

async function suggestedIds(menteeId: string) {
  return (await suggestMentors({ menteeId, limit: 100_000 })).map((s) => s.mentor.id);
}

describe("ENDED and CLOSED", () => {
  it("an accept closes the mentee's other pending requests (CLOSED, not WITHDRAWN)", async () => {
    const [m1, m2] = [await mentor(), await mentor()];
    const me = await mentee();
    const first = await ask(me.id, m1.email);
    const second = await ask(me.id, m2.email);
    await acceptRequest({ mentorId: m1.id, requestId: first.id });
    expect(await statusOf(first.id)).toBe("ACCEPTED");
    expect(await statusOf(second.id)).toBe("CLOSED");
  });

  it("a mentor's removal, an admin's end-match and a block each turn the accepted request into ENDED", async () => {
    const admin = await createUser({ role: "ADMIN", isStaff: true });
    const them = await mentor();
    const [a, b, c] = [await mentee(), await mentee(), await mentee()];
    const removed = await match(them, a);
    await removeMentee({ mentorId: them.id, menteeEmail: a.email });
    expect(await statusOf(removed.id)).toBe("ENDED");

    const byAdmin = await match(them, b);
    await endMatchAsAdmin({ actorId: admin.id, userId: b.id, input: { reason: "Complaint handled by staff" } });
    expect(await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: byAdmin.id } })).toMatchObject({ status: "ENDED", endReason: "" });

    const blocked = await match(them, c);
    await blacklistMentor({ menteeId: c.id, mentorEmail: them.email });
    expect(await statusOf(blocked.id)).toBe("ENDED");
  });
});

describe("a role switch or a deletion ends a match", () => {
  it("keeps the match's request as ENDED for the other side and removes the rest", async () => {
    const [switcher, leaver] = [await mentor(), await mentor()];
    const [a, b, c] = [await mentee(), await mentee(), await mentee()];
    const matched = await match(switcher, a);
    const pending = await ask(b.id, switcher.email);
    await changeRole({ userId: switcher.id, newRole: "MENTEE" });
    expect(await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: matched.id } })).toMatchObject({ status: "ENDED", endedAt: expect.any(Date) });
    expect(await prisma.mentorshipRequest.count({ where: { id: pending.id } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ matchedMentorId: null, isMatched: false });
    // The former mentor, now a mentee, does not see it among their own requests.
    expect(await listRequests({ userId: switcher.id })).toEqual([]);

    const left = await match(leaver, c);
    await requestAccountDeletion({ userId: c.id, confirmation: c.email });
    expect(await statusOf(left.id)).toBe("ENDED");
  });
});

describe("a mentee ends their match", () => {
  it("both become unmatched, the request is ENDED with the reason, the chat closes and both are notified", async () => {
    const them = await mentor({ firstName: "Maya", lastName: "Lopez" });
    const me = await mentee({ firstName: "Sam", lastName: "Lee" });
    const request = await match(them, me);
    await sendMessage({ userId: me.id, partnerEmail: them.email, input: { body: "Thanks for everything" } });

    await endMatchAsMentee({ menteeId: me.id, input: { reason: "  I changed my major  " } });

    expect(await prisma.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ matchedMentorId: null, isMatched: false, matchedAt: null });
    expect((await getRoster({ mentorId: them.id })).mentees).toEqual([]);
    const ended = await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(ended).toMatchObject({ status: "ENDED", endReason: "I changed my major" });
    expect(ended.endedAt).toBeInstanceOf(Date);
    expect((await failure(listMessages({ userId: me.id, partnerEmail: them.email }))).code).toBe("FORBIDDEN");
    expect((await failure(sendMessage({ userId: them.id, partnerEmail: me.email, input: { body: "Hello?" } }))).code).toBe("FORBIDDEN");

    const toMentor = await prisma.notification.findMany({ where: { userId: them.id, kind: "MATCH_ENDED" } });
    expect(toMentor).toHaveLength(1);
    expect(toMentor[0]).toMatchObject({ title: "Sam Lee ended your mentorship", link: "/mentees" });
    expect(toMentor[0]!.body).toContain("“I changed my major”");
    const toMentee = await prisma.notification.findMany({ where: { userId: me.id, kind: "MATCH_ENDED" } });
    expect(toMentee).toHaveLength(1);
    expect(toMentee[0]).toMatchObject({ title: "Your mentorship with Maya Lopez has ended", link: "/mentors" });

    // The emails go out after the commit, in the background.
    await expect.poll(async () => (await emailsTo(them.email)).map((e) => e.subject), { timeout: 10_000 }).toContain("Sam Lee ended your mentorship");
    await expect.poll(async () => (await emailsTo(me.email)).map((e) => e.subject), { timeout: 10_000 }).toContain("Your mentorship with Maya Lopez has ended");
  });

  it("the reason is optional; without a mentor, or as a mentor, it is refused; a too-long reason is a 400", async () => {
    const them = await mentor();
    const me = await mentee();
    const request = await match(them, me);
    expect((await failure(endMatchAsMentee({ menteeId: me.id, input: { reason: "x".repeat(501) } }))).code).toBe("INVALID_INPUT");
    expect((await failure(endMatchAsMentee({ menteeId: me.id, input: { reason: "a\u0000b" } }))).code).toBe("INVALID_INPUT");
    expect((await failure(endMatchAsMentee({ menteeId: them.id, input: {} }))).code).toBe("FORBIDDEN");
    await endMatchAsMentee({ menteeId: me.id, input: undefined });
    expect(await statusOf(request.id)).toBe("ENDED");
    const again = await failure(endMatchAsMentee({ menteeId: me.id, input: {} }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "You do not have a mentor right now" });
  });

  it("after ending, the mentee can ask another mentor and the old mentor has a free seat", async () => {
    await withEnv({ MAX_MENTEES: "1" }, async () => {
      const them = await mentor();
      const me = await mentee();
      await match(them, me);
      expect(await suggestedIds((await mentee()).id)).not.toContain(them.id);
      await endMatchAsMentee({ menteeId: me.id, input: {} });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: them.id } })).isMatched).toBe(false);
      expect(await suggestedIds((await mentee()).id)).toContain(them.id);
      await ask(me.id, (await mentor()).email);
    });
  });
});

describe("cooling-off after a decline", () => {
  it("the same mentee cannot ask the same mentor again until DECLINE_COOLING_OFF_DAYS have passed: 409 with the date", async () => {
    const them = await mentor();
    const me = await mentee();
    const first = await ask(me.id, them.email);
    await declineRequest({ mentorId: them.id, requestId: first.id, input: { reason: "Full this term" } });
    const refused = await failure(ask(me.id, them.email));
    expect(refused.code).toBe("CONFLICT");
    const decidedAt = (await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: first.id } })).decidedAt!;
    const until = new Date(decidedAt.getTime() + 30 * DAY);
    expect(refused.extra).toEqual({ retry_after: until.toISOString() });
    const year = String(until.getUTCFullYear());
    expect(refused.message).toMatch(/^This mentor declined your request recently\. You can ask them again from /);
    expect(refused.message).toContain(year);
    // The mentors page reads the same date for every mentor at once.
    expect((await coolingOffByMentor(me.id)).get(them.id)).toEqual(until);
    expect((await coolingOffByMentor(me.id, new Date(until.getTime()))).size).toBe(0);
    // Other mentees and other mentors are not affected.
    await ask((await mentee()).id, them.email);
    await ask(me.id, (await mentor()).email);
  });

  it("the exact boundary: a decline 30 days ago no longer blocks, one a second later still does", async () => {
    const them = await mentor();
    const me = await mentee();
    const declined = await ask(me.id, them.email);
    await declineRequest({ mentorId: them.id, requestId: declined.id, input: {} });

    const now = new Date();
    await prisma.mentorshipRequest.update({ where: { id: declined.id }, data: { decidedAt: new Date(now.getTime() - 30 * DAY) } });
    expect(await coolingOffUntil(me.id, them.id, prisma, now)).toBeNull();
    await prisma.mentorshipRequest.update({ where: { id: declined.id }, data: { decidedAt: new Date(now.getTime() - 30 * DAY + 1) } });
    expect(await coolingOffUntil(me.id, them.id, prisma, now)).toEqual(new Date(now.getTime() + 1));

    // Through the operation itself (its own clock): 2 s inside the window is refused, the boundary passes.
    await prisma.mentorshipRequest.update({ where: { id: declined.id }, data: { decidedAt: new Date(Date.now() - 30 * DAY + 2_000) } });
    expect((await failure(ask(me.id, them.email))).code).toBe("CONFLICT");
    await prisma.mentorshipRequest.update({ where: { id: declined.id }, data: { decidedAt: new Date(Date.now() - 30 * DAY) } });
    expect((await ask(me.id, them.email)).status).toBe("PENDING");
  });

  it("follows the setting (fractions of a day; 0 turns it off) and the latest decline", async () => {
    const them = await mentor();
    const me = await mentee();
    const declined = await ask(me.id, them.email);
    await declineRequest({ mentorId: them.id, requestId: declined.id, input: {} });
    await withEnv({ DECLINE_COOLING_OFF_DAYS: "0" }, async () => {
      expect(await coolingOffUntil(me.id, them.id)).toBeNull();
    });
    await withEnv({ DECLINE_COOLING_OFF_DAYS: "0.5" }, async () => {
      await prisma.mentorshipRequest.update({ where: { id: declined.id }, data: { decidedAt: new Date(Date.now() - 13 * 3_600_000) } });
      const again = await ask(me.id, them.email);
      await declineRequest({ mentorId: them.id, requestId: again.id, input: {} });
      // The second decline starts a new half day.
      expect((await failure(ask(me.id, them.email))).code).toBe("CONFLICT");
    });
  });
});

describe("a mentor's pause and own capacity", () => {
  it("a paused mentor is not suggested and new requests get 409; waiting requests can still be accepted", async () => {
    const them = await mentor();
    const [me, waiting] = [await mentee(), await mentee()];
    const pending = await ask(waiting.id, them.email);
    expect(await suggestedIds(me.id)).toContain(them.id);

    const settings = await updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: false, capacity: 3 } });
    expect(settings).toEqual({ acceptingMentees: false, capacity: 3, maxMentees: 3 });
    expect(await suggestedIds(me.id)).not.toContain(them.id);
    const refused = await failure(ask(me.id, them.email));
    expect(refused).toMatchObject({ code: "CONFLICT", message: "This mentor is not taking new mentees right now" });
    await acceptRequest({ mentorId: them.id, requestId: pending.id });

    await updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: true, capacity: 3 } });
    expect(await suggestedIds(me.id)).toContain(them.id);
    expect((await ask(me.id, them.email)).status).toBe("PENDING");
  });

  it("capacity is 1..MAX_MENTEES, not below the current roster; the roster and suggestions use it", async () => {
    const them = await mentor();
    expect((await getRoster({ mentorId: them.id })).capacity).toBe(3);
    for (const bad of [0, -1, 4, 2.5, "2", null]) {
      const error = await failure(updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: true, capacity: bad } }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fieldErrors?.capacity?.length).toBe(1);
    }
    expect((await failure(updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: "yes", capacity: 2 } }))).fieldErrors?.accepting_mentees).toHaveLength(1);
    expect((await failure(updateMentorSettings({ mentorId: (await mentee()).id, input: { accepting_mentees: true, capacity: 2 } }))).code).toBe("FORBIDDEN");

    for (const ok of [1, 3]) expect((await updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: true, capacity: ok } })).capacity).toBe(ok);
    await updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: true, capacity: 1 } });
    expect(await getRoster({ mentorId: them.id })).toMatchObject({ capacity: 1, acceptingMentees: true });
    const [first, second] = [await mentee(), await mentee()];
    const waiting = await ask(second.id, them.email);
    await match(them, first);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: them.id } })).isMatched).toBe(true);
    expect(await suggestedIds((await mentee()).id)).not.toContain(them.id);
    expect((await failure(ask((await mentee()).id, them.email))).message).toBe("This mentor's roster is full");
    expect((await failure(acceptRequest({ mentorId: them.id, requestId: waiting.id }))).message).toBe("Your roster is full");

    // Raising it opens a seat at once; lowering below the roster is refused.
    await updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: true, capacity: 2 } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: them.id } })).isMatched).toBe(false);
    await acceptRequest({ mentorId: them.id, requestId: waiting.id });
    const tooLow = await failure(updateMentorSettings({ mentorId: them.id, input: { accepting_mentees: true, capacity: 1 } }));
    expect(tooLow.fieldErrors?.capacity).toEqual(["You have 2 mentees now: choose at least 2, or remove a mentee first"]);
  });

  it("capacity(mentor) never exceeds MAX_MENTEES, and null follows it", async () => {
    expect(capacity()).toBe(3);
    expect(mentorCapacity({ menteeCapacity: null })).toBe(3);
    expect(mentorCapacity({ menteeCapacity: 2 })).toBe(2);
    await withEnv({ MAX_MENTEES: "2" }, async () => {
      expect(mentorCapacity({ menteeCapacity: 3 })).toBe(2);
      expect(mentorCapacity({ menteeCapacity: null })).toBe(2);
    });
    // The database refuses a capacity outside 1–100 whatever the app says.
    const them = await mentor();
    await expect(prisma.user.update({ where: { id: them.id }, data: { menteeCapacity: 0 } })).rejects.toThrow(/menteeCapacity/);
  });
});

describe("who is suggested", () => {
  it("mentors with an incomplete profile are not suggested: names, year, a major and goals are required", async () => {
    const me = await mentee({ year: 1 });
    const complete = await mentor();
    const incomplete = [
      await mentor({ firstName: "" }),
      await mentor({ lastName: "  " }),
      await mentor({ year: null }),
      await mentor({ major: [] }),
      await mentor({ major: [" "] }),
      await mentor({ goals: "" }),
      await mentor({ goals: "   " }),
    ];
    const ids = await suggestedIds(me.id);
    expect(ids).toContain(complete.id);
    for (const left of incomplete) expect(ids).not.toContain(left.id);
  });

  it("a mentor in an earlier year is not suggested; the same year is, ranked below an equal mentor further along", async () => {
    const me = await mentee({ year: 3, major: ["Physics"], firstgen: true });
    const earlier = await mentor({ year: 2, major: ["Physics"], firstgen: true });
    const same = await mentor({ firstName: "Aaron", year: 3, major: ["Physics"], firstgen: true });
    const ahead = await mentor({ firstName: "Zed", year: 4, major: ["Physics"], firstgen: true });
    const suggestions = await suggestMentors({ menteeId: me.id, limit: 100_000 });
    const ids = suggestions.map((s) => s.mentor.id);
    expect(ids).not.toContain(earlier.id);
    expect(ids.indexOf(ahead.id)).toBeLessThan(ids.indexOf(same.id));
    expect(suggestions.find((s) => s.mentor.id === same.id)).toMatchObject({ score: 35, reasons: ["Both study Physics", "Both first-generation students"] });
    expect(suggestions.find((s) => s.mentor.id === ahead.id)).toMatchObject({ score: 55 });
    // A mentee who has not said their year sees every year.
    const unknownYear = await mentee({ year: null, major: ["Physics"] });
    expect(await suggestedIds(unknownYear.id)).toEqual(expect.arrayContaining([earlier.id, same.id, ahead.id]));
  });

  it("paused and full mentors are hidden; open spots count the mentor's own capacity", async () => {
    const me = await mentee();
    const paused = await mentor();
    await updateMentorSettings({ mentorId: paused.id, input: { accepting_mentees: false, capacity: 3 } });
    const small = await mentor();
    await updateMentorSettings({ mentorId: small.id, input: { accepting_mentees: true, capacity: 2 } });
    const full = await mentor();
    await updateMentorSettings({ mentorId: full.id, input: { accepting_mentees: true, capacity: 1 } });
    await match(full, await mentee());
    const suggestions = await suggestMentors({ menteeId: me.id, limit: 100_000 });
    const ids = suggestions.map((s) => s.mentor.id);
    expect(ids).not.toContain(paused.id);
    expect(ids).not.toContain(full.id);
    expect(suggestions.find((s) => s.mentor.id === small.id)?.openSpots).toBe(2);
  });
});
