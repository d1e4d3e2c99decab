/**
 * One-time tokens for email links: 256 random bits, sent to the user, stored only as a SHA-256
 * hash in the column of their purpose (verification or reset), so a token of one purpose is
 * never found by the other and a database leak reveals no usable link.
 */
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** Tokens we issue are 43 base64url characters; anything else cannot be one of ours. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
