/**
 * The address this browser just signed up with, for the check-your-inbox page. It travels in a
 * short-lived cookie that only our sign-up action sets, never in the address: a link such as
 * `/check-email?email=someone@ucla.edu` must not make the page say "we sent a link to" someone
 * (issue 12).
 */
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";

const COOKIE = "bb-registered-email";

export async function rememberRegisteredEmail(email: string): Promise<void> {
  (await cookies()).set(COOKIE, email, {
    httpOnly: true,
    sameSite: "lax",
    path: "/check-email",
    maxAge: 30 * 60,
    secure: getEnv().FRONTEND_URL.startsWith("https:"),
  });
}

/** The address signed up with in this browser in the last half hour, or null. */
export async function registeredEmail(): Promise<string | null> {
  const value = (await cookies()).get(COOKIE)?.value?.trim();
  return value && value.includes("@") && value.length <= 254 ? value : null;
}
