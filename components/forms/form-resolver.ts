import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { Schema } from "@/lib/form-checks";

/**
 * react-hook-form's resolver for the forms' browser-side schemas (client-schemas.ts, built with
 * lib/form-checks.ts): the first issue of each field, nested like the values (a list's own error
 * under `<list>.root`), as `@hookform/resolvers/zod` does for zod — without zod in the browser
 * (issue 13).
 */
export function formResolver<TInput extends FieldValues, TOutput>(schema: Schema<TOutput>): Resolver<TInput, unknown, TOutput> {
  return (values, _context, options) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      errors[issue.path.join(".")] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNestErrors<TInput>(errors, options) };
  };
}
