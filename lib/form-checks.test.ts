import { describe, expect, it } from "vitest";
import { regexes } from "zod";
import { EMAIL, UUID } from "./form-checks";

describe("lib/form-checks.ts uses zod's own patterns", () => {
  it("email and uuid", () => {
    expect(EMAIL.source).toBe(regexes.email.source);
    expect(UUID.source).toBe(regexes.uuid().source);
  });
});
