/**
 * Password hashing. bcrypt reads only the first 72 bytes of its input, so a long passphrase would
 * be silently truncated; we hash the password with SHA-256 first (base64, 44 bytes, no NUL) and
 * bcrypt that, so every character counts.
 */
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

const preHash = (password: string) => createHash("sha256").update(password, "utf8").digest("base64");

export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(preHash(password), rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(preHash(password), hash);
}
