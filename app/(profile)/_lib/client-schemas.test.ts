import { describe, expect, it } from "vitest";
import { answer } from "@/test/same-answers";
import { NUL_MESSAGE } from "@/lib/text-schema";
import * as client from "./client-schemas";
import { pictureFormSchema, PICTURE_MISSING, PICTURE_TOO_LARGE } from "./picture-form";
import * as server from "./profile-form";

const NUL = "\u0000";
const long = (n: number) => "x".repeat(n);

const valid = {
  firstName: "Jane", lastName: "Bruin", year: "2", major: [{ value: "Computer Science" }], minor: [{ value: "" }],
  firstgen: true, transfer: false, international: false, commuter: false, outofstate: false,
  otherBackground: "", hobbies: "chess", clubs: "ACM", goals: "research",
};

/** One change to the valid form per rule, each rule's edge included. */
const variants: [string, Record<string, unknown>][] = [
  ["valid", {}],
  ["empty", { firstName: "", lastName: "", year: "", major: [{ value: "" }], minor: [], hobbies: "", clubs: "", goals: "" }],
  ["blank names", { firstName: "   ", lastName: " " }],
  ["names at 50", { firstName: long(50), lastName: ` ${long(50)} ` }],
  ["names at 51", { firstName: long(51), lastName: long(51) }],
  ["NUL in a name", { firstName: `Jo${NUL}e` }],
  ["name not text", { firstName: 7 }],
  ["year outside the list", { year: "6" }],
  ["year as a number", { year: 2 }],
  ["no major row", { major: [] }],
  ["only blank majors", { major: [{ value: " " }, { value: "" }] }],
  ["a major at 101", { major: [{ value: long(101) }, { value: "Math" }] }],
  ["five majors", { major: ["a", "b", "c", "d", "e"].map((value) => ({ value })) }],
  ["five minors", { minor: ["a", "b", "c", "d", "e"].map((value) => ({ value })) }],
  ["a minor at 101", { minor: [{ value: long(101) }] }],
  ["texts at their limit", { otherBackground: long(500), hobbies: long(500), clubs: long(500), goals: long(1000) }],
  ["texts past their limit", { otherBackground: long(501), hobbies: long(501), clubs: long(501), goals: long(1001) }],
  ["NUL in goals", { goals: `${NUL}` }],
  ["a flag as text", { firstgen: "on" }],
  ["missing fields", { firstName: undefined, major: undefined, commuter: undefined }],
];

describe("the browser's profile checks answer like the server's form schemas", () => {
  it.each(variants)("%s", (_label, change) => {
    const input = { ...valid, ...change };
    expect(answer(client.profileFormSchema, input)).toEqual(answer(server.profileFormSchema, input));
    expect(answer(client.surveyFormSchema, input)).toEqual(answer(server.surveyFormSchema, input));
  });

  it("a NUL is refused with the server's message", () => {
    expect(answer(client.profileFormSchema, { ...valid, goals: NUL })).toEqual({ ok: false, issues: [`goals: ${NUL_MESSAGE}`] });
  });
});

describe("the picture's first check", () => {
  const files = (size: number) => Object.assign([{ size }], { item: () => null }) as unknown as FileList;
  it.each([
    [undefined, [`file: ${PICTURE_MISSING}`]],
    [files(0).length === 1 ? ([] as unknown as FileList) : undefined, [`file: ${PICTURE_MISSING}`]],
    [files(5 * 1024 * 1024 + 1), [`file: ${PICTURE_TOO_LARGE}`]],
  ])("refuses %#", (file, issues) => {
    expect(answer(pictureFormSchema, { file })).toEqual({ ok: false, issues });
  });

  it("takes a picture of at most 5 MB", () => {
    expect(answer(pictureFormSchema, { file: files(5 * 1024 * 1024) }).ok).toBe(true);
  });
});
