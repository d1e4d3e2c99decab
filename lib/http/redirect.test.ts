import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect";

const FALLBACK = "/dashboard";

describe("safeRedirectPath", () => {
  it.each([
    "/.//evil.example",
    "/./\\evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/../..//evil.example",
    "https://evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/%E0%A4%A",
  ])("sends %j to the fallback", (value) => {
    expect(safeRedirectPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    ["/account", "/account"],
    ["/mentors?tab=requests#top", "/mentors?tab=requests#top"],
    ["/check-email?email=x%40ucla.edu", "/check-email?email=x%40ucla.edu"],
    ["/a/../account", "/account"],
    ["/chat/a%40ucla.edu", "/chat/a%40ucla.edu"],
  ])("keeps the own path %j", (value, expected) => {
    expect(safeRedirectPath(value, FALLBACK)).toBe(expected);
  });

  it("refuses anything that is not a string", () => {
    expect(safeRedirectPath(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeRedirectPath(["/account"], FALLBACK)).toBe(FALLBACK);
  });
});
