/** Profile set-up for browser specs that are not about the onboarding survey. */
import { sql } from "./api";

/**
 * Gives an account what makes a profile complete (name, year, a major), so that logging in goes
 * to the dashboard rather than to the onboarding survey.
 */
export async function completeProfile(email: string, profile: { firstName?: string; lastName?: string; major?: string[] } = {}): Promise<void> {
  const { firstName = "Test", lastName = "Bruin", major = ["Computer Science"] } = profile;
  const rows = await sql(`UPDATE users SET "firstName" = $2, "lastName" = $3, year = 2, major = $4 WHERE email = $1 RETURNING 1`, [email, firstName, lastName, major]);
  if (rows.length !== 1) throw new Error(`no account ${email}`);
}
