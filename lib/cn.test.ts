import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a later class of the same kind win, whatever the stylesheet order", () => {
    expect(cn("border border-bruin bg-white text-bruin-dark", "border-white bg-transparent text-white")).toBe("border border-white bg-transparent text-white");
  });

  it("keeps classes of different kinds that share a prefix", () => {
    // text-sm is a size, text-bruin-darker a colour; outline-2 a width, outline-white a colour.
    expect(cn("text-sm text-bruin-darker outline-2", "outline-white")).toBe("text-sm text-bruin-darker outline-2 outline-white");
  });

  it("merges variants: a hover colour replaces only the hover colour", () => {
    expect(cn("bg-bruin hover:bg-bruin-dark", "hover:bg-white/10")).toBe("bg-bruin hover:bg-white/10");
    expect(cn("focus-visible:outline-bruin", "focus-visible:outline-white")).toBe("focus-visible:outline-white");
  });

  it("drops false, null and undefined and takes objects and arrays", () => {
    expect(cn("px-3", false, null, undefined, { "font-bold": true, italic: false }, ["py-2", ""])).toBe("px-3 font-bold py-2");
  });
});
