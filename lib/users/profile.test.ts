import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { suggestMentors } from "@/lib/matching/suggest-mentors";
import { createUser, failure, uniqueEmail } from "@/test/helpers";
import { changeRole } from "./change-role";
import { createAdmin } from "./create-admin";
import { isProfileComplete, fullName, ownName, serializeUser, serializeUserWithDeletion } from "./serialize";
import { updateProfile } from "./update-profile";

const survey = {
  firstName: "Jane",
  lastName: "Doe",
  year: 2,
  major: ["Computer Science", "computer science", "Linguistics"],
  minor: [],
  hobbies: "chess, hiking",
  clubs: "ACM",
  goals: "Become a software engineer",
  firstgen: true,
};

/** A mentor with one mentee on the roster, a pending request, profiles that share a club and a chat. */
async function matchedPair() {
  // A mentor complete enough to be suggested (issue 11: names, a year, a major and goals).
  const mentor = await createUser({ role: "MENTOR", clubs: "ACM", firstName: "Ada", lastName: "Mentor", year: 4, major: ["History"], goals: "Happy to help." });
  const mentee = await createUser({ role: "MENTEE", clubs: "ACM", isMatched: true, matchedMentor: { connect: { id: mentor.id } }, matchedAt: new Date() });
  const other = await createUser({ role: "MENTEE", clubs: "ACM" });
  await prisma.mentorshipRequest.create({ data: { menteeId: other.id, mentorId: mentor.id } });
  await prisma.chatMessage.create({ data: { senderId: mentee.id, recipientId: mentor.id, body: "Hi!" } });
  return { mentor, mentee, other };
}

describe("updateProfile", () => {
  it("writes the survey fields and makes the profile complete (ProfileManagementIntegrationTests.test_complete_profile_update_flow)", async () => {
    const user = await createUser();
    expect(isProfileComplete(user)).toBe(false);
    await updateProfile({ userId: user.id, input: survey });
    const updated = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(updated).toMatchObject({ firstName: "Jane", lastName: "Doe", year: 2, major: ["Computer Science", "Linguistics"], clubs: "ACM", firstgen: true });
    expect(isProfileComplete(updated)).toBe(true);
    expect(fullName(updated)).toBe("Jane Doe");
  });

  it("ignores protected fields (UserProfileSecurityTests.test_update_profile_ignores_protected_fields)", async () => {
    const user = await createUser();
    await updateProfile({
      userId: user.id,
      input: { firstName: "Jo", isMatched: true, email: "hacker@ucla.edu", password: "x", isVerified: false, isStaff: true, id: "00000000-0000-0000-0000-000000000000", userID: "x", isDeleted: true },
    });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { password: false } });
    expect(after).toMatchObject({ firstName: "Jo", isMatched: false, email: user.email, isVerified: true, isStaff: false, isDeleted: false, id: user.id });
    expect(after.password).not.toBe("x");
  });

  it("a partial update leaves the other fields alone", async () => {
    const user = await createUser();
    await updateProfile({ userId: user.id, input: survey });
    await updateProfile({ userId: user.id, input: { goals: "Research" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ firstName: "Jane", goals: "Research" });
  });

  it.each([
    [{ year: 6 }, "year"],
    [{ year: -1 }, "year"],
    [{ year: "2" }, "year"],
    [{ year: 2.5 }, "year"],
    [{ major: "Computer Science" }, "major"],
    [{ major: ["a", "b", "c", "d", "e"] }, "major"],
    [{ minor: [""] }, "minor.0"],
    [{ firstName: "x".repeat(51) }, "firstName"],
    [{ goals: "x".repeat(1001) }, "goals"],
    [{ firstgen: "yes" }, "firstgen"],
    [{ profilePictureUrl: "https://evil.example/me.png" }, "profilePictureUrl"],
    [{ profilePictureUrl: "/uploads/../../etc/passwd" }, "profilePictureUrl"],
    [{ role: "BOSS" }, "role"],
  ])("refuses %j, names the field and writes nothing", async (input, field) => {
    const user = await createUser();
    const error = await failure(updateProfile({ userId: user.id, input: { firstName: "Changed", ...input } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.[field]).toBeDefined();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).firstName).toBe("");
  });

  it("refuses a body that is not an object", async () => {
    const user = await createUser();
    expect((await failure(updateProfile({ userId: user.id, input: ["firstName"] }))).code).toBe("INVALID_INPUT");
  });

  it("switches MENTEE ⇄ MENTOR through role (UserProfileSecurityTests.test_update_profile_allows_mentor_mentee_role_change)", async () => {
    const user = await createUser();
    await updateProfile({ userId: user.id, input: { role: "MENTOR" } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("MENTOR");
    await updateProfile({ userId: user.id, input: { role: "MENTEE", firstName: "Back" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "MENTEE", firstName: "Back" });
  });

  it("drops role ADMIN with a warning (AdminCreationTests.test_cannot_become_admin_via_profile_update)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const user = await createUser();
    await updateProfile({ userId: user.id, input: { role: "ADMIN", firstName: "Sneaky", isStaff: true } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "MENTEE", firstName: "Sneaky", isStaff: false, isSuperuser: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ADMIN"));
    warn.mockRestore();
  });

  it("the survey has the same protections (UserProfileSecurityTests.test_complete_survey_has_same_protections)", async () => {
    const user = await createUser();
    await updateProfile({ userId: user.id, input: { ...survey, role: "ADMIN", isMatched: true, is_verified: false } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "MENTEE", isMatched: false, isVerified: true, firstName: "Jane" });
  });

  it("accepts a picture URL that this app issued", async () => {
    const user = await createUser();
    const url = `/uploads/${user.id}-0123456789abcdef.webp`;
    await updateProfile({ userId: user.id, input: { profilePictureUrl: url } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).profilePictureUrl).toBe(url);
  });
});

describe("changeRole", () => {
  it("refuses the same role (UserProfileSecurityTests.test_change_role_blocks_same_role)", async () => {
    const user = await createUser({ role: "MENTOR" });
    const error = await failure(changeRole({ userId: user.id, newRole: "MENTOR" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("You are already a mentor");
  });

  it("refuses to move an admin", async () => {
    const admin = await createUser({ role: "ADMIN" });
    expect((await failure(changeRole({ userId: admin.id, newRole: "MENTOR" }))).code).toBe("FORBIDDEN");
  });

  it("a mentor's switch empties the roster and unmatches the mentees (UserRoleChangeTests.test_change_role_wipes_matches)", async () => {
    const { mentor, mentee, other } = await matchedPair();
    await changeRole({ userId: mentor.id, newRole: "MENTEE" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: mentor.id } })).toMatchObject({ role: "MENTEE", isMatched: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: mentee.id } })).toMatchObject({ isMatched: false, matchedMentorId: null, matchedAt: null });
    for (const id of [mentor.id, mentee.id, other.id]) {
      expect(await prisma.mentorshipRequest.count({ where: { OR: [{ menteeId: id }, { mentorId: id }] } })).toBe(0);
    }
    // Mentees no longer see the old mentor among their suggestions; the user now gets suggestions as a mentee.
    expect((await suggestMentors({ menteeId: other.id, limit: 10_000 })).map((s) => s.mentor.id)).not.toContain(mentor.id);
    await expect(suggestMentors({ menteeId: mentor.id })).resolves.toBeInstanceOf(Array);
    expect(await prisma.chatMessage.count({ where: { OR: [{ senderId: mentor.id }, { recipientId: mentor.id }] } })).toBe(0);
  });

  it("a matched mentee's switch frees a place on the mentor's full roster (RoleChangeIntegrationTests.test_role_change_cleans_up_relationships)", async () => {
    const { mentor, mentee, other } = await matchedPair();
    await prisma.user.update({ where: { id: mentor.id }, data: { isMatched: true } }); // roster full
    await changeRole({ userId: mentee.id, newRole: "MENTOR" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: mentee.id } })).toMatchObject({ role: "MENTOR", isMatched: false, matchedMentorId: null });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: mentor.id } })).isMatched).toBe(false);
    expect(await prisma.chatMessage.count({ where: { senderId: mentee.id } })).toBe(0);
    expect((await failure(suggestMentors({ menteeId: mentee.id }))).code).toBe("FORBIDDEN"); // no mentee scores any more
    // The other mentee's request and score with the mentor are theirs, untouched.
    expect(await prisma.mentorshipRequest.count({ where: { menteeId: other.id } })).toBe(1);
    expect((await suggestMentors({ menteeId: other.id, limit: 10_000 })).find((s) => s.mentor.id === mentor.id)).toMatchObject({ score: 10, reasons: ["Both in ACM"] });
  });
});

describe("createAdmin", () => {
  it("creates a verified staff superuser with role ADMIN (AdminCreationTests.test_admin_creation_via_create_superuser)", async () => {
    const email = uniqueEmail();
    const admin = await createAdmin({ email: email.toUpperCase(), password: "a long admin passphrase" });
    expect(admin).toMatchObject({ email, role: "ADMIN", isStaff: true, isSuperuser: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).isVerified).toBe(true);
  });

  it("validates like registration", async () => {
    expect((await failure(createAdmin({ email: "boss@gmail.com", password: "a long admin passphrase" }))).code).toBe("INVALID_INPUT");
    expect((await failure(createAdmin({ email: uniqueEmail(), password: "short" }))).code).toBe("INVALID_INPUT");
  });
});

describe("serialization", () => {
  it("has the original keys and nothing secret", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: (await createUser({ matchedMentor: { connect: { id: mentor.id } }, isMatched: true })).id },
      include: { matchedMentor: { select: { email: true } } },
    });
    const body = serializeUser(user);
    expect(Object.keys(body).sort()).toEqual(
      ["userID", "email", "firstName", "lastName", "role", "year", "major", "minor", "hobbies", "clubs", "goals", "international", "commuter", "firstgen", "outofstate", "transfer", "otherBackground", "isMatched", "matchedMentorEmail", "profilePictureUrl"].sort(),
    );
    expect(body.matchedMentorEmail).toBe(mentor.email);
    const withDeletion = serializeUserWithDeletion({ ...user, isDeleted: true, permanentDeletionDate: new Date("2026-01-15T10:30:00Z") });
    expect(withDeletion).toMatchObject({ is_deleted: true, permanent_deletion_date: "2026-01-15T10:30:00.000Z" });
  });

  it("a user's own pages use the email until a name is given", () => {
    expect(ownName({ firstName: "", lastName: " ", email: "jdoe@ucla.edu" })).toBe("jdoe@ucla.edu");
    expect(ownName({ firstName: "Jane", lastName: "Doe", email: "jdoe@ucla.edu" })).toBe("Jane Doe");
  });

  it("full name falls back to 'Not provided'", () => {
    expect(fullName({ firstName: "  ", lastName: "" })).toBe("Not provided");
    expect(fullName({ firstName: "Jane", lastName: "" })).toBe("Jane");
  });
});
