/** Factories and helpers for integration tests against the real database. */
import { randomBytes, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getEnv, resetEnvCache } from "@/lib/env";
import { hashPassword } from "@/lib/users/password";

export const PASSWORD = "correct horse battery staple";

/** The AppError a promise rejects with; anything else (or no rejection) fails the test. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

export const uniqueEmail = (domain = "ucla.edu") => `t-${randomUUID().slice(0, 12)}@${domain}`;
/** A fresh IP per test keeps per-IP limits of one test from reaching another. */
export const uniqueIp = () => `10.${randomBytes(3).join(".")}`;

export async function createUser(data: Partial<Prisma.UserCreateInput> & { password?: string } = {}) {
  const { password = PASSWORD, ...rest } = data;
  return prisma.user.create({
    data: { email: uniqueEmail(), isVerified: true, ...rest, password: await hashPassword(password, getEnv().BCRYPT_ROUNDS) },
  });
}

/** Runs `work` with some settings changed, then restores them. */
export async function withEnv<T>(overrides: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete process.env[key];
  resetEnvCache();
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvCache();
  }
}

export interface SentEmail {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  sentAt: string;
}

/** Every email the app wrote to EMAIL_FILE_PATH for one address, oldest first. */
export async function emailsTo(address: string): Promise<SentEmail[]> {
  const folder = getEnv().EMAIL_FILE_PATH as string;
  const files = (await readdir(folder).catch(() => [] as string[])).filter((file) => file.endsWith(".json")).sort();
  const emails = await Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(folder, file), "utf8")) as SentEmail));
  return emails.filter((email) => email.to === address);
}

/** The token of the last link of a kind mailed to an address. */
export async function lastTokenTo(address: string, kind: "verify" | "reset"): Promise<string> {
  const emails = await emailsTo(address);
  const pattern = kind === "verify" ? /\/verify-email\?token=([\w-]+)/ : /\/reset-password\/([\w-]+)/;
  for (const email of emails.reverse()) {
    const match = pattern.exec(email.text);
    if (match?.[1]) return match[1];
  }
  throw new Error(`no ${kind} email to ${address}`);
}
