/** Helpers for the JSON API specs: unique identities, the mail folder, direct database access. */
import { randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { emailsTo, waitForLink } from "../helpers/mail";

export const PASSWORD = "correct horse battery staple";
export const uniqueEmail = () => `e2e-${randomUUID().slice(0, 12)}@ucla.edu`;
export const uniqueIp = () => `10.${randomBytes(3).join(".")}`;

/** JSON POST as a browser on our own origin would send it, from its own client IP. */
export function post(request: APIRequestContext, url: string, data?: unknown, headers: Record<string, string> = {}) {
  return request.post(url, { data: data === undefined ? undefined : data, headers: { "x-forwarded-for": uniqueIp(), ...headers } });
}

/** Waits for the newest link of a kind mailed to an address and returns its token. */
export async function mailedToken(address: string, kind: "verify" | "reset"): Promise<string> {
  const link = await waitForLink(address, { subject: kind === "verify" ? /Verify/ : /Reset/ });
  const token = kind === "verify" ? new URL(link).searchParams.get("token") : new URL(link).pathname.split("/").at(-1);
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

export const countMailsTo = async (address: string) => (await emailsTo(address)).length;

/** Runs SQL against the database of the server under test (DATABASE_URL from scripts/with-db.ts). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Registers and verifies an account through the API; returns its email. */
export async function verifiedAccount(request: APIRequestContext, role: "MENTEE" | "MENTOR" = "MENTEE"): Promise<string> {
  const email = uniqueEmail();
  const response = await post(request, "/api/users/register", { email, password: PASSWORD, role });
  if (response.status() !== 201) throw new Error(`register answered ${response.status()}: ${await response.text()}`);
  const verified = await request.get(`/api/users/verify-email/${await mailedToken(email, "verify")}`);
  if (verified.status() !== 200) throw new Error(`verify answered ${verified.status()}`);
  return email;
}

/** A verified account with its own signed-in API context. */
export async function signedIn(playwright: { request: { newContext(options: { baseURL?: string }): Promise<APIRequestContext> } }, baseURL: string | undefined, role: "MENTEE" | "MENTOR" = "MENTEE") {
  const client = await playwright.request.newContext({ baseURL });
  const email = await verifiedAccount(client, role);
  const login = await post(client, "/api/users/login", { email, password: PASSWORD });
  if (login.status() !== 200) throw new Error(`login answered ${login.status()}`);
  return { client, email };
}
