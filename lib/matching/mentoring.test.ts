import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listMessages, sendMessage } from "@/lib/chat/messages";
import { prisma } from "@/lib/db";
import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { changeRole } from "@/lib/users/change-role";
import { getRoster, removeMentee } from "@/lib/users/roster";
import { serializeUser } from "@/lib/users/serialize";
import { updateProfile } from "@/lib/users/update-profile";
import { createUser, failure, withEnv } from "@/test/helpers";
import { acceptRequest, declineRequest, listRequests, sendRequest, withdrawRequest } from "./requests";
import { pairScores } from "./pair-scores";
import { suggestMentors } from "./suggest-mentors";

/** A mentor complete enough to be suggested (names, a year, a major and goals; issue 11), unless a test says otherwise. */
const COMPLETE_MENTOR = { firstName: "Mentor", lastName: "Test", year: 5, major: ["Comparative Literature"], goals: "Happy to help." };
const mentor = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTOR", ...COMPLETE_MENTOR, ...data });
const mentee = (data: Parameters<typeof createUser>[0] = {}) => createUser({ role: "MENTEE", ...data });
const ask = (menteeId: string, mentorEmail: string, message = "") => sendRequest({ menteeId, input: { mentor_email: mentorEmail, message } });

async function match(mentorUser: { id: string; email: string }, menteeUser: { id: string }) {
  const request = await ask(menteeUser.id, mentorUser.email);
  return acceptRequest({ mentorId: mentorUser.id, requestId: request.id });
}

describe("suggestions", () => {
  it("ranks mentors by score with reasons, excluding blocked, full, unverified and deleting mentors", async () => {
    const me = await mentee({ year: 1, major: ["Linguistics"], clubs: "Chess Club", firstgen: true });
    const best = await mentor({ firstName: "Best", year: 4, major: ["Linguistics"], firstgen: true });
    const good = await mentor({ firstName: "Good", year: 3, major: ["Linguistics"] });
    const blocked = await mentor({ year: 4, major: ["Linguistics"], firstgen: true });
    const unverified = await mentor({ isVerified: false, major: ["Linguistics"] });
    const deleting = await mentor({ isDeleted: true, permanentDeletionDate: new Date(Date.now() + 3_600_000), major: ["Linguistics"] });
    const full = await mentor({ major: ["Linguistics"], firstgen: true });
    await withEnv({ MAX_MENTEES: "1" }, async () => {
      await match(full, await mentee());
      await blacklistMentor({ menteeId: me.id, mentorEmail: blocked.email });
      const suggestions = await suggestMentors({ menteeId: me.id });
      const ids = suggestions.map((s) => s.mentor.id);
      expect(ids.indexOf(best.id)).toBeLessThan(ids.indexOf(good.id));
      for (const excluded of [blocked, unverified, deleting, full, me]) expect(ids).not.toContain(excluded.id);
      const top = suggestions.find((s) => s.mentor.id === best.id);
      expect(top).toMatchObject({ score: 55, reasons: ["Both study Linguistics", "Both first-generation students", "3 years further along at UCLA"] });
      for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score).toBeGreaterThanOrEqual(suggestions[i]!.score);
    });
  });

  it("are for mentees only", async () => {
    expect((await failure(suggestMentors({ menteeId: (await mentor()).id }))).code).toBe("FORBIDDEN");
    expect((await failure(suggestMentors({ menteeId: randomUUID() }))).code).toBe("UNAUTHORIZED");
  });

  it("scores follow profile changes and disappear with a role change", async () => {
    const me = await mentee({ major: ["History"] });
    const them = await mentor({ major: ["Physics"] });
    const suggested = async () => (await suggestMentors({ menteeId: me.id, limit: 10_000 })).find((s) => s.mentor.id === them.id);
    expect(await suggested()).toMatchObject({ score: 0, reasons: [] });
    await updateProfile({ userId: me.id, input: { major: ["Physics"] } });
    expect(await suggested()).toMatchObject({ score: 30, reasons: ["Both study Physics"] });
    await updateProfile({ userId: them.id, input: { major: ["Chemistry"] } });
    expect(await suggested()).toMatchObject({ score: 0, reasons: [] });
    await updateProfile({ userId: them.id, input: { major: ["Physics"], year: 3 } });
    await updateProfile({ userId: me.id, input: { year: 1 } });
    expect(await suggested()).toMatchObject({ score: 40, reasons: ["Both study Physics", "2 years further along at UCLA"] });
    await changeRole({ userId: them.id, newRole: "MENTEE" });
    expect(await suggested()).toBeUndefined();
    await changeRole({ userId: me.id, newRole: "MENTOR" });
    expect((await failure(suggestMentors({ menteeId: me.id }))).code).toBe("FORBIDDEN");
  });

  it("a mentor sees each requesting mentee's score, and a matched mentee their mentor's, from the profiles as they are now", async () => {
    const them = await mentor({ year: 4, major: ["Physics"], clubs: "ACM, Bruin Racing" });
    const [fan, stranger] = [await mentee({ year: 2, major: ["physics"], clubs: "acm" }), await mentee({ major: ["History"] })];
    const scores = await pairScores({ mentorId: them.id, menteeIds: [fan.id, stranger.id] });
    expect(scores.get(fan.id)).toEqual({ score: 50, reasons: ["Both study physics", "Both in ACM", "2 years further along at UCLA"] });
    expect(scores.get(stranger.id)).toEqual({ score: 0, reasons: [] });
    await match(them, fan); // a full or matched mentor still has a score with their mentee
    await updateProfile({ userId: fan.id, input: { clubs: "" } });
    expect((await pairScores({ mentorId: them.id, menteeIds: [fan.id] })).get(fan.id)).toEqual({ score: 40, reasons: ["Both study physics", "2 years further along at UCLA"] });
    expect((await pairScores({ mentorId: them.id, menteeIds: [] })).size).toBe(0);
  });

  it("among many mentors, the ranking is the scores' order, then open spots, then first name", async () => {
    await withEnv({ MAX_MENTEES: "2" }, async () => {
      const me = await mentee({ year: 1, major: ["Ethnomusicology"], hobbies: "oud" });
      const tag = `Rank${Date.now()}`;
      const profiles = [
        { major: ["Ethnomusicology"], hobbies: "oud", year: 3 }, // 30 + 5 + 10
        { major: ["Ethnomusicology"] }, // 30 + 10 (5th year), two spots
        { major: ["Ethnomusicology"] }, // 30 + 10, one spot
        { hobbies: "Oud" }, // 5 + 10
      ];
      const made = [];
      for (const [i, data] of profiles.entries()) made.push(await mentor({ firstName: `${tag}${i}`, ...data }));
      await match(made[2]!, await mentee());
      const ours = (await suggestMentors({ menteeId: me.id, limit: 10_000 })).filter((s) => s.mentor.firstName.startsWith(tag));
      expect(ours.map((s) => [s.mentor.firstName, s.score, s.openSpots])).toEqual([
        [`${tag}0`, 45, 2],
        [`${tag}1`, 40, 2],
        [`${tag}2`, 40, 1],
        [`${tag}3`, 15, 2],
      ]);
      // The mentor is the public profile: serialised exactly like the full row, and nothing secret in it.
      const row = await prisma.user.findUniqueOrThrow({ where: { id: made[0]!.id }, include: { matchedMentor: { select: { email: true } } } });
      expect(serializeUser(ours[0]!.mentor)).toEqual(serializeUser(row));
      for (const secret of ["password", "emailVerificationToken", "passwordResetToken"]) expect(ours[0]!.mentor).not.toHaveProperty(secret);
    });
  });
});

describe("requests", () => {
  it("a mentee asks with a message; the mentor sees it; accepting matches both and closes the mentee's other requests", async () => {
    const [m1, m2] = [await mentor(), await mentor()];
    const me = await mentee();
    const first = await ask(me.id, m1.email, "  Hi! I'd love advice on research.  ");
    const second = await ask(me.id, m2.email);
    expect(first).toMatchObject({ status: "PENDING", message: "Hi! I'd love advice on research.", mentee: { email: me.email }, mentor: { email: m1.email } });
    expect((await listRequests({ userId: m1.id })).map((r) => r.id)).toEqual([first.id]);
    expect((await listRequests({ userId: me.id })).map((r) => r.id).sort()).toEqual([first.id, second.id].sort());

    const { request, roster } = await acceptRequest({ mentorId: m1.id, requestId: first.id });
    expect(request.status).toBe("ACCEPTED");
    expect(roster.map((u) => u.email)).toEqual([me.email]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: me.id }, include: { matchedMentor: true } })).toMatchObject({ isMatched: true, matchedMentor: { email: m1.email } });
    expect((await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("CLOSED");
    expect((await failure(ask(me.id, m2.email))).message).toBe("You already have a mentor");
  });

  it("refuses duplicates, too many pending, unknown mentors, non-mentees and invalid input", async () => {
    const me = await mentee();
    const mentors = [await mentor(), await mentor(), await mentor(), await mentor()];
    await ask(me.id, mentors[0]!.email);
    expect((await failure(ask(me.id, mentors[0]!.email.toUpperCase()))).message).toBe("You already asked this mentor");
    await ask(me.id, mentors[1]!.email);
    await ask(me.id, mentors[2]!.email);
    expect((await failure(ask(me.id, mentors[3]!.email))).code).toBe("CONFLICT");
    expect((await failure(ask((await mentee()).id, "nobody@ucla.edu"))).code).toBe("NOT_FOUND");
    expect((await failure(ask((await mentee()).id, me.email))).code).toBe("NOT_FOUND"); // a mentee is no mentor
    expect((await failure(ask(mentors[3]!.id, mentors[0]!.email))).code).toBe("FORBIDDEN");
    expect((await failure(sendRequest({ menteeId: me.id, input: {} }))).fieldErrors?.mentor_email).toBeDefined();
    expect((await failure(ask(me.id, mentors[3]!.email, "x".repeat(501)))).fieldErrors?.message).toBeDefined();
  });

  it("withdrawing frees a pending slot", async () => {
    const me = await mentee();
    const request = await ask(me.id, (await mentor()).email);
    await withdrawRequest({ menteeId: me.id, requestId: request.id });
    expect((await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("WITHDRAWN");
    expect((await failure(withdrawRequest({ menteeId: me.id, requestId: request.id }))).code).toBe("NOT_FOUND");
  });

  it("only the addressed mentor answers, and only a pending request", async () => {
    const [addressed, other] = [await mentor(), await mentor()];
    const me = await mentee();
    const request = await ask(me.id, addressed.email);
    expect((await failure(acceptRequest({ mentorId: other.id, requestId: request.id }))).code).toBe("FORBIDDEN");
    expect((await failure(declineRequest({ mentorId: other.id, requestId: request.id, input: {} }))).code).toBe("FORBIDDEN");
    expect((await failure(acceptRequest({ mentorId: addressed.id, requestId: "not-a-uuid" }))).code).toBe("NOT_FOUND");
    const declined = await declineRequest({ mentorId: addressed.id, requestId: request.id, input: { reason: "My roster is about to fill up." } });
    expect(declined).toMatchObject({ status: "DECLINED", reason: "My roster is about to fill up." });
    expect((await listRequests({ userId: me.id }))[0]).toMatchObject({ status: "DECLINED", reason: "My roster is about to fill up." });
    expect((await failure(acceptRequest({ mentorId: addressed.id, requestId: request.id }))).message).toBe("This request is no longer pending");
  });

  it("a mentor cannot exceed MAX_MENTEES (UserMatchingLogicTests.test_max_mentee_limit)", async () => {
    const busy = await mentor();
    const mentees = [await mentee(), await mentee(), await mentee(), await mentee()];
    const requests = [];
    for (const m of mentees) requests.push(await ask(m.id, busy.email));
    for (const request of requests.slice(0, 2)) await acceptRequest({ mentorId: busy.id, requestId: request.id });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: busy.id } })).isMatched).toBe(false);
    await acceptRequest({ mentorId: busy.id, requestId: requests[2]!.id });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: busy.id } })).isMatched).toBe(true); // full
    expect((await failure(acceptRequest({ mentorId: busy.id, requestId: requests[3]!.id }))).message).toBe("Your roster is full");
    expect((await getRoster({ mentorId: busy.id })).mentees.map((m) => m.email)).toEqual(mentees.slice(0, 3).map((m) => m.email));
    expect((await failure(ask((await mentee()).id, busy.email))).message).toBe("This mentor's roster is full");
  });

  it("a mentor cannot take a mentee who blocked them (UserMatchingLogicTests.test_blacklisted_mentor_rejection)", async () => {
    const them = await mentor();
    const me = await mentee();
    const request = await prisma.mentorshipRequest.create({ data: { menteeId: me.id, mentorId: them.id } });
    await prisma.blacklistEntry.create({ data: { menteeId: me.id, mentorId: them.id } });
    expect((await failure(acceptRequest({ mentorId: them.id, requestId: request.id }))).message).toBe("This mentee has blocked you");
    expect((await failure(ask(me.id, them.email))).message).toBe("You blocked this mentor");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: me.id } })).isMatched).toBe(false);
  });

  it("fifty simultaneous accepts on a mentor with room for two make exactly two matches", async () => {
    await withEnv({ MAX_MENTEES: "2" }, async () => {
      const busy = await mentor();
      const mentees = await Promise.all(Array.from({ length: 50 }, () => mentee()));
      const requests = await Promise.all(mentees.map((m) => ask(m.id, busy.email)));
      const results = await Promise.allSettled(requests.map((r) => acceptRequest({ mentorId: busy.id, requestId: r.id })));
      const accepted = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(accepted).toHaveLength(2);
      expect(refused).toHaveLength(48);
      for (const r of refused) expect(r.reason).toMatchObject({ code: "CONFLICT", message: "Your roster is full" });
      expect(await prisma.user.count({ where: { matchedMentorId: busy.id, isMatched: true } })).toBe(2);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: busy.id } })).isMatched).toBe(true);
    });
  }, 60_000);

  it("one mentee accepted by two mentors at once gets exactly one mentor", async () => {
    const me = await mentee();
    const [a, b] = [await mentor(), await mentor()];
    const [ra, rb] = [await ask(me.id, a.email), await ask(me.id, b.email)];
    const results = await Promise.allSettled([acceptRequest({ mentorId: a.id, requestId: ra.id }), acceptRequest({ mentorId: b.id, requestId: rb.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count({ where: { id: { in: [a.id, b.id] }, matchedMentees: { some: {} } } })).toBe(1);
  });
});

describe("roster, blacklist and chat", () => {
  it("removing a mentee clears both sides and deletes their chat", async () => {
    const them = await mentor();
    const [first, second] = [await mentee(), await mentee()];
    await match(them, first);
    await match(them, second);
    await sendMessage({ userId: first.id, partnerEmail: them.email, input: { body: "Thanks!" } });
    expect((await failure(removeMentee({ mentorId: them.id, menteeEmail: (await mentee()).email }))).code).toBe("NOT_FOUND");
    const remaining = await removeMentee({ mentorId: them.id, menteeEmail: first.email });
    expect(remaining.map((m) => m.email)).toEqual([second.email]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ isMatched: false, matchedMentorId: null });
    expect(await prisma.chatMessage.count({ where: { senderId: first.id } })).toBe(0);
    expect((await failure(getRoster({ mentorId: first.id }))).code).toBe("FORBIDDEN");
  });

  it("blocking is idempotent, ends a match and withdraws pending requests", async () => {
    const them = await mentor();
    const other = await mentor();
    const me = await mentee();
    await match(them, me);
    expect(await blacklistMentor({ menteeId: me.id, mentorEmail: them.email })).toEqual([them.email]);
    expect(await blacklistMentor({ menteeId: me.id, mentorEmail: them.email })).toEqual([them.email]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: me.id } })).matchedMentorId).toBeNull();
    const pending = await ask(me.id, other.email);
    expect(await blacklistMentor({ menteeId: me.id, mentorEmail: other.email })).toEqual([them.email, other.email]);
    expect((await prisma.mentorshipRequest.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("WITHDRAWN");
    expect((await failure(blacklistMentor({ menteeId: me.id, mentorEmail: "nobody@ucla.edu" }))).code).toBe("NOT_FOUND");
    expect((await failure(blacklistMentor({ menteeId: them.id, mentorEmail: other.email }))).code).toBe("FORBIDDEN");
  });

  it("only a matched pair can chat; messages come oldest first", async () => {
    const them = await mentor();
    const me = await mentee();
    const stranger = await mentee();
    expect((await failure(sendMessage({ userId: me.id, partnerEmail: them.email, input: { body: "hi" } }))).code).toBe("FORBIDDEN");
    await match(them, me);
    await sendMessage({ userId: me.id, partnerEmail: them.email, input: { body: "Hello!" } });
    await sendMessage({ userId: them.id, partnerEmail: me.email, input: { body: "Welcome aboard." } });
    const { messages } = await listMessages({ userId: them.id, partnerEmail: me.email });
    expect(messages.map((m) => [m.sender.email, m.body])).toEqual([[me.email, "Hello!"], [them.email, "Welcome aboard."]]);
    expect((await failure(listMessages({ userId: stranger.id, partnerEmail: them.email }))).code).toBe("FORBIDDEN");
    expect((await failure(sendMessage({ userId: me.id, partnerEmail: them.email, input: { body: "   " } }))).fieldErrors?.body).toBeDefined();
    expect((await failure(sendMessage({ userId: me.id, partnerEmail: them.email, input: { body: "x".repeat(2001) } }))).fieldErrors?.body).toBeDefined();
  });
});
