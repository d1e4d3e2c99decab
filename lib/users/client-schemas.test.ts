import { describe, expect, it } from "vitest";
import { answer } from "@/test/same-answers";
import { NUL_MESSAGE } from "@/lib/text-schema";
import * as client from "./client-schemas";
import { isAllowedEmail } from "./email";
import * as server from "./schemas";

const NUL = "\u0000";
const long = (n: number) => "x".repeat(n);

/** Inputs that reach every rule of the account forms, each rule's edge included. */
const emails = ["", "   ", "a@ucla.edu", "  A@UCLA.edu ", "not an email", `${long(250)}@ucla.edu`, `a${NUL}@ucla.edu`, "x@gmail.com", 42, undefined, null];
const passwords = ["", "short", long(7), long(8), long(128), long(129), `a long password${NUL}`, 12345678, undefined];

describe("the browser's account checks answer like the server's schemas", () => {
  it.each(emails.flatMap((email) => passwords.map((password) => [email, password] as const)))("register and login: %j / %j", (email, password) => {
    for (const role of [undefined, "MENTEE", "MENTOR", "ADMIN"]) {
      const input = { email, password, ...(role ? { role } : {}) };
      expect(answer(client.registerSchema, input)).toEqual(answer(server.registerSchema, input));
    }
    expect(answer(client.loginSchema, { email, password })).toEqual(answer(server.loginSchema, { email, password }));
    expect(answer(client.loginSchema, { email, password: long(1025) })).toEqual(answer(server.loginSchema, { email, password: long(1025) }));
  });

  it.each(emails)("one email: %j", (email) => {
    expect(answer(client.emailOnlySchema, { email })).toEqual(answer(server.emailOnlySchema, { email }));
    expect(answer(client.deleteAccountSchema, { confirmation: email })).toEqual(answer(server.deleteAccountSchema, { confirmation: email }));
  });

  it.each([
    ["a long password", "a long password"],
    ["a long password", "a long password!"],
    ["short", "short"],
    ["", ""],
    [`a long password${NUL}`, "x"],
    [undefined, undefined],
  ])("new password %j, confirmed %j", (password, confirm) => {
    expect(answer(client.resetPasswordFormSchema, { password, confirm })).toEqual(answer(server.resetPasswordFormSchema, { password, confirm }));
  });

  it.each(passwords.flatMap((current) => [
    [current, "a brand new passphrase", "a brand new passphrase"],
    [current, "a brand new passphrase", "another passphrase"],
    [current, "short", "short"],
    [current, long(129), long(129)],
    [current, undefined, undefined],
  ]))("change password: current %j, new %j, confirmed %j", (current_password, new_password, confirm) => {
    expect(answer(client.changePasswordSchema, { current_password, new_password })).toEqual(answer(server.changePasswordSchema, { current_password, new_password }));
    const form = { current_password, new_password, confirm };
    expect(answer(client.changePasswordFormSchema, form)).toEqual(answer(server.changePasswordFormSchema, form));
    expect(answer(client.changePasswordSchema, { current_password: long(1025), new_password })).toEqual(answer(server.changePasswordSchema, { current_password: long(1025), new_password }));
  });

  it("a NUL is refused with the server's message", () => {
    expect(answer(client.loginSchema, { email: `a${NUL}@ucla.edu`, password: "x" })).toEqual({ ok: false, issues: [`email: ${NUL_MESSAGE}`] });
  });

  it("the sign-up form adds the allowed domains, as it did with classic zod", () => {
    const domains = ["ucla.edu", "g.ucla.edu"];
    const message = "Use your UCLA email address (@ucla.edu or @g.ucla.edu)";
    const classic = server.registerSchema.extend({ email: server.emailSchema.refine((email) => isAllowedEmail(email, domains), message) });
    for (const email of emails) {
      const input = { email, password: "a long password" };
      expect(answer(client.registerFormSchema(domains, message), input)).toEqual(answer(classic, input));
    }
    expect(answer(client.registerFormSchema(domains, message), { email: "x@gmail.com", password: "a long password" })).toEqual({ ok: false, issues: [`email: ${message}`] });
  });
});
