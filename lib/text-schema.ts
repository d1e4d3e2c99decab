/**
 * The string schema of every text a user or client can send. Client-safe (the forms use it too).
 *
 * PostgreSQL cannot store U+0000 (NUL) in a text column and refuses the whole statement, so a NUL
 * that reached the database used to surface as a 500. Nobody types one; refusing it in the shared
 * schemas turns it into a field error (400) before anything is written.
 */
import { z } from "zod";
import { NUL_MESSAGE, WITHOUT_NUL } from "./text-rules";

export { NUL_MESSAGE, WITHOUT_NUL };

/** `z.string({ error })` that refuses NUL characters. */
export const text = (error: string) => z.string({ error }).regex(WITHOUT_NUL, NUL_MESSAGE);
