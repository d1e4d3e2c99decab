import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answer } from "@/test/same-answers";
import * as client from "./client-schemas";
import * as server from "./schemas";

const NUL = "\u0000";
const long = (n: number) => "x".repeat(n);
const ids = [randomUUID(), "", "not-a-uuid", undefined, 12];
const reasons = [undefined, "", "   ", "Duplicate account", ` ${long(500)} `, long(500), long(501), `spam${NUL}`, 12];

describe("the browser's console checks answer like the server's schemas", () => {
  it.each(ids)("user id %j", (userId) => {
    expect(answer(client.targetSchema, { userId })).toEqual(answer(server.targetSchema, { userId }));
  });

  it.each(reasons)("reason %j", (reason) => {
    for (const userId of ids.slice(0, 3)) {
      const input = { userId, reason };
      expect(answer(client.reasonFormSchema, input)).toEqual(answer(server.reasonFormSchema, input));
    }
  });

  it("the reason's limit is the server's: 500 characters pass, 501 do not", () => {
    const userId = randomUUID();
    expect(answer(server.reasonFormSchema, { userId, reason: long(client.ADMIN_REASON_MAX) }).ok).toBe(true);
    expect(answer(server.reasonFormSchema, { userId, reason: long(client.ADMIN_REASON_MAX + 1) }).ok).toBe(false);
  });
});
