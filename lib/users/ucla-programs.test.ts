import { describe, expect, it } from "vitest";
import { compatibility } from "@/lib/matching/score";
import { prisma } from "@/lib/db";
import { createUser } from "@/test/helpers";
import { aliasesByProgram, canonicalProgram, canonicalPrograms, PROGRAM_ALIASES, programKey, UCLA_MAJORS, UCLA_MINORS } from "./ucla-programs";
import { updateProfile } from "./update-profile";

describe("UCLA's majors and minors", () => {
  it("lists each program once, and every alias names a program of the lists", () => {
    expect(UCLA_MAJORS.length).toBeGreaterThanOrEqual(120);
    expect(UCLA_MINORS.length).toBeGreaterThanOrEqual(85);
    expect(new Set(UCLA_MAJORS.map(programKey)).size).toBe(UCLA_MAJORS.length);
    expect(new Set(UCLA_MINORS.map(programKey)).size).toBe(UCLA_MINORS.length);
    const names = new Set<string>([...UCLA_MAJORS, ...UCLA_MINORS]);
    for (const name of Object.values(PROGRAM_ALIASES)) expect(names).toContain(name);
  });

  it("canonicalises spelling, case, '&' and aliases; keeps free text as typed", () => {
    expect(canonicalProgram("CS", "major")).toBe("Computer Science");
    expect(canonicalProgram("  computer   science ", "major")).toBe("Computer Science");
    expect(canonicalProgram("EE", "major")).toBe("Electrical Engineering");
    expect(canonicalProgram("mcdb", "major")).toBe("Molecular, Cell, and Developmental Biology");
    expect(canonicalProgram("Molecular Cell & Developmental Biology", "major")).toBe("Molecular, Cell, and Developmental Biology");
    expect(canonicalProgram("Econ", "major")).toBe("Economics");
    expect(canonicalProgram("Poli Sci", "major")).toBe("Political Science");
    expect(canonicalProgram("psych", "major")).toBe("Psychology");
    expect(canonicalProgram("Math/Econ", "major")).toBe("Mathematics/Economics");
    expect(canonicalProgram("Design | Media Arts", "major")).toBe("Design Media Arts");
    // Its own list first: "Statistics" is a minor, and the major of that name is Statistics and Data Science.
    expect(canonicalProgram("statistics", "minor")).toBe("Statistics");
    expect(canonicalProgram("statistics", "major")).toBe("Statistics and Data Science");
    // A major named as a minor is stored by the major's name, so it scores alike.
    expect(canonicalProgram("computer science", "minor")).toBe("Computer Science");
    expect(canonicalProgram("  Underwater   Basket Weaving ", "major")).toBe("Underwater Basket Weaving");
  });

  it("drops what becomes a duplicate once canonical", () => {
    expect(canonicalPrograms(["CS", "Computer Science", "econ", "Economics "], "major")).toEqual(["Computer Science", "Economics"]);
  });

  it("labels programs with their short names for the type-ahead", () => {
    expect(aliasesByProgram().get("Computer Science")).toEqual(expect.arrayContaining(["CS", "Compsci", "Comp Sci"]));
    expect(aliasesByProgram().get("Molecular, Cell, and Developmental Biology")).toEqual(["MCDB"]);
  });

  it("a saved profile stores UCLA's name, so an alias and the full name score as the same major", async () => {
    const mentee = await createUser({ role: "MENTEE" });
    const mentor = await createUser({ role: "MENTOR" });
    await updateProfile({ userId: mentee.id, input: { major: ["cs", "Linguistics & Computer Science"], minor: ["stats"] } });
    await updateProfile({ userId: mentor.id, input: { major: ["Computer Science"], minor: ["Statistics and Data Science"] } });
    const [a, b] = await Promise.all([prisma.user.findUniqueOrThrow({ where: { id: mentee.id } }), prisma.user.findUniqueOrThrow({ where: { id: mentor.id } })]);
    expect(a.major).toEqual(["Computer Science", "Linguistics and Computer Science"]);
    expect(a.minor).toEqual(["Statistics and Data Science"]);
    expect(compatibility(a, b).reasons).toContain("Both study Computer Science");
  });
});
