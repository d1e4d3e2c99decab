import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";

const email = () => `u${randomUUID().slice(0, 8)}@ucla.edu`;

afterAll(() => prisma.$disconnect());

describe("User in PostgreSQL", () => {
  it("round-trips every field with the model's defaults", async () => {
    const address = email();
    const created = await prisma.user.create({ data: { email: address, password: "hash" } });
    const read = await prisma.user.findUniqueOrThrow({ where: { email: address } });

    expect(read).toEqual(created);
    expect(read.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(read).toMatchObject({
      role: "MENTEE",
      firstName: "",
      lastName: "",
      year: null,
      major: [],
      minor: [],
      international: false,
      commuter: false,
      firstgen: false,
      outofstate: false,
      transfer: false,
      isMatched: false,
      matchedMentorId: null,
      isDeleted: false,
      permanentDeletionDate: null,
      isVerified: false,
      isActive: true,
      isStaff: false,
    });
    expect(read.dateJoined.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("never returns the password hash unless asked", async () => {
    const address = email();
    const created = await prisma.user.create({ data: { email: address, password: "secret-hash" } });
    expect(created).not.toHaveProperty("password");
    const withHash = await prisma.user.findUniqueOrThrow({ where: { id: created.id }, omit: { password: false } });
    expect(withHash.password).toBe("secret-hash");
  });

  it("stores lists and the mentor relation", async () => {
    const mentor = await prisma.user.create({ data: { email: email(), password: "h", role: "MENTOR" } });
    const mentee = await prisma.user.create({
      data: { email: email(), password: "h", year: 2, major: ["Computer Science", "Linguistics"], matchedMentorId: mentor.id, isMatched: true },
      include: { matchedMentor: true },
    });
    expect(mentee.major).toEqual(["Computer Science", "Linguistics"]);
    expect(mentee.matchedMentor?.email).toBe(mentor.email);
  });

  it("refuses a second account with the same email", async () => {
    const address = email();
    await prisma.user.create({ data: { email: address, password: "h" } });
    await expect(prisma.user.create({ data: { email: address, password: "h" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("refuses an email that is not lower-case and trimmed, and a year outside 0–5", async () => {
    await expect(prisma.user.create({ data: { email: `Upper${randomUUID().slice(0, 6)}@ucla.edu`, password: "h" } })).rejects.toThrow(/lower-case/);
    await expect(prisma.user.create({ data: { email: email(), password: "h", year: 6 } })).rejects.toThrow(/between 0 and 5/);
    await expect(prisma.user.create({ data: { email: email(), password: "h", year: -1 } })).rejects.toThrow(/between 0 and 5/);
  });
});
