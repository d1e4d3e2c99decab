import { describe, expect, it } from "vitest";
import { answer } from "@/test/same-answers";
import * as client from "./client-schemas";
import * as server from "./schemas";

const emails = [undefined, "", "   ", "jo@ucla.edu", "  Jo.Bruin@UCLA.edu ", "not-an-email", "a@b", `jo${"\u0000"}@ucla.edu`, `${"x".repeat(250)}@ucla.edu`, 12];

describe("the browser's pin/forbid check answers like the server's schema", () => {
  it.each(emails)("mentee %j", (mentee) => {
    for (const mentor of emails.slice(0, 5)) {
      expect(answer(client.pairFormSchema, { mentee, mentor })).toEqual(answer(server.pairFormSchema, { mentee, mentor }));
    }
  });
});
