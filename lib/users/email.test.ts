import { describe, expect, it } from "vitest";
import { emailDomain, isAllowedEmail, normalizeEmail } from "./email";

const UCLA = ["ucla.edu", "g.ucla.edu"];

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Joe.Bruin@UCLA.EDU \n")).toBe("joe.bruin@ucla.edu");
  });
});

describe("isAllowedEmail", () => {
  it.each(["jdoe@ucla.edu", "jdoe@g.ucla.edu", " JDoe@G.UCLA.edu "])("accepts %s", (email) => {
    expect(isAllowedEmail(email, UCLA)).toBe(true);
  });

  it.each([
    "x@ucla.edu.evil.com",
    "x@notucla.edu",
    "x@cs.ucla.edu",
    "x@gmail.com",
    "ucla.edu",
    "@ucla.edu",
    "a b@ucla.edu",
    "x@ucla.edu@evil.com",
    "",
  ])("refuses %j", (email) => {
    expect(isAllowedEmail(email, UCLA)).toBe(false);
  });

  it("follows the configured domains", () => {
    expect(isAllowedEmail("x@cs.ucla.edu", ["cs.ucla.edu"])).toBe(true);
    expect(isAllowedEmail("x@ucla.edu", ["cs.ucla.edu"])).toBe(false);
  });

  it("extracts the domain of a normalised address", () => {
    expect(emailDomain(" A@G.UCLA.EDU")).toBe("g.ucla.edu");
    expect(emailDomain("nodomain")).toBeNull();
  });
});
