/** Parsing helpers shared by the account operations. */
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { consume, limits } from "@/lib/rate-limit";
import { isAllowedEmail } from "./email";
import { checkPasswordStrength, passwordUserInputs, weakPasswordMessage } from "./password-strength";
import { fieldErrorsOf } from "./schemas";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fieldErrors = fieldErrorsOf(result.error);
    const first = Object.values(fieldErrors)[0]?.[0] ?? "Invalid input";
    throw AppError.invalid(first, fieldErrors);
  }
  return result.data;
}

export function assertAllowedDomain(email: string, field = "email"): void {
  const domains = getEnv().ALLOWED_EMAIL_DOMAINS;
  if (!isAllowedEmail(email, domains)) {
    const message = `Use your UCLA email address (${domains.map((d) => `@${d}`).join(" or ")})`;
    throw AppError.invalid(message, { [field]: [message] });
  }
}

/**
 * Refuses a guessable new password (lib/users/password-strength.ts: estimator score below 3, with
 * the account's email and names as dictionary words); the message carries the estimator's advice.
 */
export async function assertStrongPassword(password: string, { field = "password", email, names = [] }: { field?: string; email?: string | null; names?: (string | null | undefined)[] } = {}): Promise<void> {
  const verdict = await checkPasswordStrength(password, passwordUserInputs(email, ...names));
  if (!verdict.acceptable) {
    const message = weakPasswordMessage(verdict);
    throw AppError.invalid(message, { [field]: [message] });
  }
}

/** REQUESTS_MAX_PER_IP: register, password reset, resend verification and public cancel share it. */
export async function limitRequestsFrom(ip: string): Promise<void> {
  const state = await consume(limits().requestsPerIp, ip);
  if (!state.allowed) throw new AppError("RATE_LIMITED", "Too many requests; please try again later", { retryAfter: state.retryAfter });
}
