import { describe, expect, it } from "vitest";
import { answer } from "@/test/same-answers";
import * as client from "./client-schemas";
import * as server from "./schemas";

const NUL = "\u0000";
const long = (n: number) => "x".repeat(n);
const texts = [undefined, "", "  ", "Hi!", ` ${long(500)} `, long(501), long(2000), long(2001), `hi${NUL}`, 12];

describe("the browser's mentoring checks answer like the server's schemas", () => {
  it.each(texts)("request message %j", (message) => {
    for (const mentor_email of ["M@UCLA.edu ", "", "  ", undefined, `m${NUL}@ucla.edu`]) {
      const input = { mentor_email, message };
      expect(answer(client.requestFormSchema, input)).toEqual(answer(server.requestFormSchema, input));
    }
  });

  it.each(texts)("decline reason %j", (reason) => {
    for (const requestId of ["r1", "", undefined]) {
      const input = { reason, requestId };
      expect(answer(client.declineFormSchema, input)).toEqual(answer(server.declineFormSchema, input));
    }
  });

  it.each(texts)("chat message %j", (body) => {
    expect(answer(client.chatFormSchema, { body })).toEqual(answer(server.chatFormSchema, { body }));
  });

  it.each(texts)("end-of-match reason %j", (reason) => {
    expect(answer(client.endMatchFormSchema, { reason })).toEqual(answer(server.endMatchFormSchema, { reason }));
  });

  it("the limits are the server's", () => {
    expect([client.REQUEST_MESSAGE_MAX, client.DECLINE_REASON_MAX, client.CHAT_MESSAGE_MAX, client.END_REASON_MAX]).toEqual([server.REQUEST_MESSAGE_MAX, server.DECLINE_REASON_MAX, server.CHAT_MESSAGE_MAX, server.END_REASON_MAX]);
  });
});
