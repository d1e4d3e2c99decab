import { describe, expect, it } from "vitest";
import { linkify, safeHref } from "./linkify";

describe("linkify", () => {
  it("leaves text without addresses as one part", () => {
    expect(linkify("See you at 3 in Powell.")).toEqual([{ type: "text", text: "See you at 3 in Powell." }]);
    expect(linkify("")).toEqual([]);
  });

  it("makes http and https addresses links, keeping the text around them", () => {
    expect(linkify("Slides: https://ucla.edu/cs/31?week=2#top and http://example.com")).toEqual([
      { type: "text", text: "Slides: " },
      { type: "link", text: "https://ucla.edu/cs/31?week=2#top", href: "https://ucla.edu/cs/31?week=2#top" },
      { type: "text", text: " and " },
      { type: "link", text: "http://example.com", href: "http://example.com/" },
    ]);
  });

  it("links www. addresses over https", () => {
    expect(linkify("try www.registrar.ucla.edu")).toEqual([
      { type: "text", text: "try " },
      { type: "link", text: "www.registrar.ucla.edu", href: "https://www.registrar.ucla.edu/" },
    ]);
  });

  it("leaves the sentence's punctuation out of the link but keeps an address's own parentheses", () => {
    expect(linkify("Read https://ucla.edu/a.")).toEqual([
      { type: "text", text: "Read " },
      { type: "link", text: "https://ucla.edu/a", href: "https://ucla.edu/a" },
      { type: "text", text: "." },
    ]);
    expect(linkify("(see https://ucla.edu/x)")[1]).toEqual({ type: "link", text: "https://ucla.edu/x", href: "https://ucla.edu/x" });
    expect(linkify("https://en.wikipedia.org/wiki/Bruin_(disambiguation), ok")[0]).toEqual({
      type: "link",
      text: "https://en.wikipedia.org/wiki/Bruin_(disambiguation)",
      href: "https://en.wikipedia.org/wiki/Bruin_(disambiguation)",
    });
  });

  it("never links other schemes or markup", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>", "vbscript:msgbox", "file:///etc/passwd"]) {
      expect(linkify(text).every((part) => part.type === "text"), text).toBe(true);
    }
    // A quote or angle bracket ends an address: no attribute can be smuggled in.
    const parts = linkify('https://ucla.edu/"onmouseover="alert(1)');
    expect(parts[0]).toEqual({ type: "link", text: "https://ucla.edu/", href: "https://ucla.edu/" });
  });

  it("does not start a link inside a word or another address", () => {
    expect(linkify("xhttps://evil.example").every((part) => part.type === "text")).toBe(true);
    expect(linkify("me@www.example.com").every((part) => part.type === "text")).toBe(true);
  });
});

describe("safeHref", () => {
  it("accepts only http(s) addresses with a real host", () => {
    expect(safeHref("https://ucla.edu")).toBe("https://ucla.edu/");
    expect(safeHref("http://localhost:3000/x")).toBe("http://localhost:3000/x");
    expect(safeHref("https://")).toBeNull();
    expect(safeHref("https://intranet")).toBeNull();
    expect(safeHref("javascript:alert(1)")).toBeNull();
  });
});
