/** Parsing helpers shared by the account operations. */
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { consume, limits } from "@/lib/rate-limit";
import { isCommonPassword } from "./common-passwords";
import { isAllowedEmail } from "./email";
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

export function assertNotCommonPassword(password: string, field = "password"): void {
  if (isCommonPassword(password)) {
    const message = "This password is too common; choose one that is harder to guess";
    throw AppError.invalid(message, { [field]: [message] });
  }
}

/** REQUESTS_MAX_PER_IP: register, password reset, resend verification and public cancel share it. */
export async function limitRequestsFrom(ip: string): Promise<void> {
  const state = await consume(limits().requestsPerIp, ip);
  if (!state.allowed) throw new AppError("RATE_LIMITED", "Too many requests; please try again later", { retryAfter: state.retryAfter });
}
