/** The password rule of register, reset and change password (NIST SP 800-63B through @zxcvbn-ts). */
import { describe, expect, it } from "vitest";
import { checkPasswordStrength, MIN_PASSWORD_SCORE, passwordUserInputs, weakPasswordMessage } from "./password-strength";

describe("checkPasswordStrength", () => {
  it.each(["password1", "password123", "12345678", "qwertyuiop1", "iloveyou1", "gobruins1", "bruinbridge1", "summer2026", "aaaaaaaaaaaa", "abcdefgh12"])(
    "refuses the guessable %s",
    async (password) => {
      const verdict = await checkPasswordStrength(password, passwordUserInputs());
      expect(verdict.score).toBeLessThan(MIN_PASSWORD_SCORE);
      expect(verdict.acceptable).toBe(false);
    },
  );

  it.each(["correct horse battery staple", "a brand new passphrase", "purple elephants juggle quietly", "kx9#Lm2qPz", "bruin-demo-2026"])(
    "accepts %s without any composition rule",
    async (password) => {
      expect((await checkPasswordStrength(password, passwordUserInputs())).acceptable).toBe(true);
    },
  );

  it("treats the student's own email and names as dictionary words", async () => {
    const inputs = passwordUserInputs("marisol.quintero@ucla.edu", "Marisol", "Quintero");
    expect(inputs).toEqual(expect.arrayContaining(["marisol.quintero@ucla.edu", "marisol.quintero", "marisol", "quintero"]));
    for (const password of ["marisol.quintero", "quintero2026", "marisolquintero"]) {
      expect((await checkPasswordStrength(password, inputs)).acceptable, password).toBe(false);
    }
    // A made-up name no dictionary knows: strong for anyone else, guessable for its owner.
    const own = passwordUserInputs("zyxwuvo.qplmnk@ucla.edu");
    expect((await checkPasswordStrength("qplmnkzyxwuvo", passwordUserInputs("someone@ucla.edu"))).acceptable).toBe(true);
    expect((await checkPasswordStrength("qplmnkzyxwuvo", own)).acceptable).toBe(false);
  });

  it("explains a refusal with the estimator's own words", async () => {
    const verdict = await checkPasswordStrength("password1", passwordUserInputs());
    expect(verdict.warning).toBe("This is a commonly used password.");
    expect(weakPasswordMessage(verdict)).toBe("This password is too easy to guess. This is a commonly used password. Add more words that are less common.");
  });
});
