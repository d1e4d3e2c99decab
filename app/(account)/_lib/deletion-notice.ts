/**
 * After "Delete my account" the visitor is signed out and sent to the login page, which then says
 * when the account will be deleted. The date travels in a short-lived cookie set by our own server
 * rather than in the address, so nobody can send a link that announces a made-up deletion.
 */
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";

const COOKIE = "bb-deletion-scheduled";

export async function rememberDeletionDate(date: Date): Promise<void> {
  (await cookies()).set(COOKIE, date.toISOString(), {
    httpOnly: true,
    sameSite: "lax",
    path: "/login",
    maxAge: 15 * 60,
    secure: getEnv().FRONTEND_URL.startsWith("https:"),
  });
}

/** The deletion date remembered for this browser, as an ISO string, or null. */
export async function rememberedDeletionDate(): Promise<string | null> {
  const value = (await cookies()).get(COOKIE)?.value;
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
