import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createUser } from "@/test/helpers";
import { matchedPartnerById } from "./partner";

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
}

describe("matchedPartnerById", () => {
  it("finds the matched partner from either side by user id", async () => {
    const mentor = await createUser({ role: "MENTOR" });
    const mentee = await createUser({ role: "MENTEE", isMatched: true, matchedMentor: { connect: { id: mentor.id } } });
    expect(await matchedPartnerById({ userId: mentee.id, partnerId: mentor.id })).toEqual({ id: mentor.id, email: mentor.email });
    expect(await matchedPartnerById({ userId: mentor.id, partnerId: mentee.id })).toEqual({ id: mentee.id, email: mentee.email });
  });

  it("answers FORBIDDEN alike for a stranger, an unknown id and an id that is not a uuid", async () => {
    const me = await createUser({ role: "MENTEE" });
    const stranger = await createUser({ role: "MENTOR" });
    for (const partnerId of [stranger.id, randomUUID(), "not-a-uuid", stranger.email, ""]) {
      expect(await code(matchedPartnerById({ userId: me.id, partnerId })), partnerId).toBe("FORBIDDEN");
    }
  });
});
