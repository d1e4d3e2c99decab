/**
 * What a zod schema (classic or mini) answers to an input, in a form two schemas can be compared
 * by: the parsed value, or every issue's path and message in order. The forms' zod/mini mirrors
 * (client-schemas.ts, issue 13) must answer exactly like the server's classic schemas.
 */
import type { core } from "zod";
import { safeParse } from "zod/v4/core";

export type Answer = { ok: true; data: unknown } | { ok: false; issues: string[] };

export function answer(schema: core.$ZodType, input: unknown): Answer {
  const result = safeParse(schema, input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}
