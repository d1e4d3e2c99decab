import { describe, expect, it } from "vitest";
import { chatQuerySchema, messageSchema } from "@/lib/chat/schemas";
import { declineSchema, sendRequestSchema } from "@/lib/matching/schemas";
import { profileUpdateSchema } from "@/lib/users/profile-schemas";
import { deleteAccountSchema, loginSchema, registerSchema } from "@/lib/users/schemas";
import { NUL_MESSAGE } from "./text-schema";

const NUL = "\u0000";

describe("no shared schema accepts a NUL character", () => {
  it.each([
    ["register email", registerSchema, { email: `a${NUL}@ucla.edu`, password: "a long password 123" }, "email"],
    ["register password", registerSchema, { email: "a@ucla.edu", password: `a long password${NUL}` }, "password"],
    ["login email", loginSchema, { email: `a@ucla.edu${NUL}`, password: "x" }, "email"],
    ["first name", profileUpdateSchema, { firstName: `Jo${NUL}e` }, "firstName"],
    ["goals", profileUpdateSchema, { goals: `${NUL}` }, "goals"],
    ["a major", profileUpdateSchema, { major: ["Math", `Physics${NUL}`] }, "major.1"],
    ["chat body", messageSchema, { body: `hi${NUL}` }, "body"],
    ["request message", sendRequestSchema, { mentor_email: "m@ucla.edu", message: `please${NUL}` }, "message"],
    ["decline reason", declineSchema, { reason: `full${NUL}` }, "reason"],
    ["deletion confirmation", deleteAccountSchema, { confirmation: `a@ucla.edu${NUL}` }, "confirmation"],
  ])("%s", (_label, schema, input, field) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join(".") === field);
    expect(issue?.message).toBe(NUL_MESSAGE);
  });
});

describe("the chat's ?after=", () => {
  it.each(["-200000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "yesterday", "2026-13-01T00:00:00Z", "0001-01-01T00:00:00Z"])("refuses %j", (after) => {
    expect(chatQuerySchema.safeParse({ after }).success).toBe(false);
  });

  it("takes an ISO date-time with offset, or nothing", () => {
    expect(chatQuerySchema.parse({ after: "2026-01-15T10:30:00.000Z" }).after?.toISOString()).toBe("2026-01-15T10:30:00.000Z");
    expect(chatQuerySchema.parse({ after: "2026-01-15T02:30:00-08:00" }).after?.toISOString()).toBe("2026-01-15T10:30:00.000Z");
    expect(chatQuerySchema.parse({}).after).toBeUndefined();
  });
});
