/**
 * Runs a read-modify-write transaction that takes row locks, retrying when PostgreSQL aborts it
 * for a deadlock or a serialization failure. Invariants that parallel requests could break
 * (roster capacity, one mentor per mentee) are checked inside `work` after the locks are held.
 */
import { Prisma } from "@prisma/client";
import { prisma, type Tx } from "./db";

const RETRYABLE = new Set(["40001", "40P01"]);
const ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2034") return true;
    const code = (error.meta as { code?: string } | undefined)?.code;
    if (code && RETRYABLE.has(code)) return true;
  }
  const text = error instanceof Error ? error.message : String(error);
  return /deadlock detected|could not serialize access|40P01|40001/.test(text);
}

export async function lockedTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Under a burst (fifty accepts at once) transactions queue for a pooled connection.
      return await prisma.$transaction(work, { maxWait: 30_000, timeout: 30_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

/** Locks users' rows (in a fixed order, to avoid deadlocks) for the rest of the transaction. */
export async function lockUsers(tx: Tx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  for (const id of sorted) await tx.$executeRaw`SELECT 1 FROM "users" WHERE "userID" = ${id}::uuid FOR UPDATE`;
}
