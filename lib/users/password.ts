/**
 * Password hashing. bcrypt reads only the first 72 bytes of its input, so a long passphrase would
 * be silently truncated; we hash the password with SHA-256 first (base64, 44 bytes, no NUL) and
 * bcrypt that, so every character counts.
 *
 * bcrypt is slow on purpose (~0.3–0.8 s at 12 rounds with bcryptjs) and, run on the event loop,
 * froze every other request of the server while a login was checked. It runs on a pool of worker
 * threads instead (piscina, lib/users/password-worker.mjs): PASSWORD_HASH_THREADS threads, by
 * default one core fewer than the machine has, so the event loop keeps a core, and at a lower CPU
 * priority, so requests go first when every core is busy. A login storm waits
 * in line; at most PASSWORD_HASH_QUEUE tasks wait, and past that the call fails at once with
 * RATE_LIMITED ("busy", Retry-After 1) instead of growing the line and everyone's wait without
 * bound. Threads start on first use and stop after a minute idle; they never keep a script alive.
 * The hashes are the same bcrypt hashes as before: existing ones keep working.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { Piscina } from "piscina";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const preHash = (password: string) => createHash("sha256").update(password, "utf8").digest("base64");

/** Seconds a refused caller is told to wait: the line moves by one task per thread per bcrypt. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

type Task = { op: "hash"; input: string; rounds: number } | { op: "compare"; input: string; hash: string };

// One pool per process: Next loads this module into several bundles (routes, pages, actions).
const state = globalThis as unknown as { bruinbridgePasswordPool?: Piscina<Task, string | boolean> };

function pool() {
  if (!state.bruinbridgePasswordPool) {
    const env = getEnv();
    state.bruinbridgePasswordPool = new Piscina<Task, string | boolean>({
      // Resolved at run time, not imported: Next bundles this module, but the worker must be a
      // plain file on disk (next.config.mjs keeps piscina external and traces this file).
      filename: path.join(process.cwd(), "lib/users/password-worker.mjs"),
      minThreads: 0,
      maxThreads: env.PASSWORD_HASH_THREADS,
      maxQueue: env.PASSWORD_HASH_QUEUE,
      idleTimeout: 60_000,
      // Lower CPU priority (nice +5: about a third of a normal thread's share when they compete; per
      // thread on Linux, via piscina's optional @napi-rs/nice): when every core is busy, serving
      // requests comes first and logins wait a little longer. Idle cores run bcrypt at full speed.
      // (+10 starved logins on a saturated machine: ~10× slower.)
      niceIncrement: 5,
    });
  }
  return state.bruinbridgePasswordPool;
}

/** The pool's line is full: a RATE_LIMITED AppError (429, Retry-After) that callers can recognise. */
export class PasswordHasherBusy extends AppError {
  constructor() {
    super("RATE_LIMITED", "The server is busy; please try again in a moment", { retryAfter: BUSY_RETRY_AFTER_SECONDS });
  }
}

async function run(task: Task): Promise<string | boolean> {
  try {
    return await pool().run(task);
  } catch (error) {
    // piscina refuses at once when maxQueue tasks already wait (its Errors.TaskQueueAtLimit / NoTaskQueueAvailable).
    if (error instanceof Error && /^(Task queue is at limit|No task queue available)/.test(error.message)) throw new PasswordHasherBusy();
    throw error;
  }
}

export async function hashPassword(password: string, rounds: number): Promise<string> {
  return (await run({ op: "hash", input: preHash(password), rounds })) as string;
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return (await run({ op: "compare", input: preHash(password), hash })) as boolean;
}

/** Stops the threads and forgets the pool; the next call starts one with the settings of then (tests). */
export async function closePasswordPool(): Promise<void> {
  const current = state.bruinbridgePasswordPool;
  state.bruinbridgePasswordPool = undefined;
  await current?.destroy();
}
