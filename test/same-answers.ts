/**
 * What a schema answers to an input, in a form two schemas can be compared by: the parsed value,
 * or every issue's path and message in order. The forms' browser-side mirrors (client-schemas.ts,
 * built with lib/form-checks.ts, issue 13) must answer exactly like the server's zod schemas.
 */
import type { core } from "zod";
import { safeParse } from "zod/v4/core";
import type { Schema } from "@/lib/form-checks";

export type Answer = { ok: true; data: unknown } | { ok: false; issues: string[] };

export function answer(schema: core.$ZodType | Schema<unknown>, input: unknown): Answer {
  const result = "_zod" in schema ? safeParse(schema, input) : schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
}
