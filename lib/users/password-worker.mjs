/**
 * The bcrypt work of lib/users/password.ts, run on a worker thread of its pool so that a login
 * never blocks the server's event loop. Plain JavaScript on purpose: the file is loaded at run
 * time by path (piscina's `new Worker`), outside Next's bundle and without a TypeScript loader,
 * in `next start`, vitest and tsx scripts alike. The input is already pre-hashed (password.ts).
 */
import bcrypt from "bcryptjs";

/** @param {{ op: "hash", input: string, rounds: number } | { op: "compare", input: string, hash: string }} task */
export default function bcryptTask(task) {
  // Synchronous is right here: this thread does nothing else, and the async variants only add
  // the cost of yielding between rounds.
  return task.op === "hash" ? bcrypt.hashSync(task.input, task.rounds) : bcrypt.compareSync(task.input, task.hash);
}
