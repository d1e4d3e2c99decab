/**
 * The few schema pieces the forms' browser-side checks need (client-schemas.ts), in ~2 kB instead
 * of zod's. Turbopack keeps zod's core modules whole once any zod type is used, which costs every
 * form page ~20 kB gzip even with zod/mini (issue 13: first-load JS ≤ 1.3× a hello-world).
 *
 * The semantics are zod 4's, so the mirrors can repeat the server's classic schemas check for
 * check: the checks of a value run in order, transforms (`trim`) included, and a failed check does
 * not stop the next ones; a wrong type (or enum value) stops everything after it, including the
 * checks of the object or list that holds it; an `afterValid` check runs only while the value has
 * no issue, and when it has one, no later check runs either (zod's `.pipe`); the messages of a wrong type without a custom one are zod's English ones.
 * The client-schemas.test.ts files hold every mirror to the server schema's exact answers.
 */

export interface Issue {
  path: PropertyKey[];
  message: string;
  code: string;
  /** false: later checks of the value and of what holds it are skipped (zod's "aborted"). */
  continue: boolean;
}

export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

export interface Schema<T> {
  run(input: unknown, path: PropertyKey[], issues: Issue[]): T;
  safeParse(input: unknown): ParseResult<T>;
}

export interface Check<T> {
  /** A transform: the value the next checks see. */
  fix?: (value: T) => T;
  /** A rule: the issue's message when it returns false. */
  test?: (value: T) => boolean;
  message?: string;
  code?: string;
  /** Where the issue goes, below the value (e.g. `["confirm"]` for a rule over two fields). */
  path?: PropertyKey[];
  /** Runs only while the value has no issue, as the right side of zod's `.pipe`; else ends the checks. */
  afterValid?: boolean;
}

function schema<T>(run: Schema<T>["run"]): Schema<T> {
  return {
    run,
    safeParse(input) {
      const issues: Issue[] = [];
      const data = run(input, [], issues);
      return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
    },
  };
}

const aborted = (issues: Issue[], since: number) => issues.slice(since).some((issue) => !issue.continue);

function applyChecks<T>(value: T, checks: Check<T>[], path: PropertyKey[], issues: Issue[], since: number): T {
  for (const check of checks) {
    if (aborted(issues, since)) break;
    // zod's pipe: when its left side failed, neither its right side nor any later check runs.
    if (check.afterValid && issues.length > since) break;
    if (check.fix) value = check.fix(value);
    else if (check.test && !check.test(value)) {
      issues.push({ path: [...path, ...(check.path ?? [])], message: check.message ?? "Invalid input", code: check.code ?? "custom", continue: true });
    }
  }
  return value;
}

/** zod's name of a value's type in "Invalid input: expected string, received number". */
function received(input: unknown): string {
  if (typeof input === "number") return Number.isNaN(input) ? "nan" : "number";
  if (typeof input === "object") {
    if (input === null) return "null";
    if (Array.isArray(input)) return "array";
    if (Object.getPrototypeOf(input) !== Object.prototype && "constructor" in input && input.constructor) return input.constructor.name;
  }
  return typeof input;
}

function typed<T>(is: (input: unknown) => input is T, expected: string, error: string | undefined, checks: Check<T>[]): Schema<T> {
  return schema((input, path, issues) => {
    if (!is(input)) {
      issues.push({ path, message: error ?? `Invalid input: expected ${expected}, received ${received(input)}`, code: "invalid_type", continue: false });
      return input as T;
    }
    return applyChecks(input, checks, path, issues, issues.length);
  });
}

export const string = (error?: string, ...checks: Check<string>[]) => typed((input): input is string => typeof input === "string", "string", error, checks);

export const boolean = (error?: string) => typed((input): input is boolean => typeof input === "boolean", "boolean", error, []);

/** Anything (zod's `custom()`), then the checks. */
export const custom = <T>(...checks: Check<T>[]) => typed((_input): _input is T => true, "unknown", undefined, checks);

export function oneOf<const V extends readonly string[]>(values: V, error: string): Schema<V[number]> {
  return schema((input, path, issues) => {
    if (!values.includes(input as string)) issues.push({ path, message: error, code: "invalid_value", continue: false });
    return input as V[number];
  });
}

/** The value when the input is undefined, as zod's `.default()` (the schema is then not run). */
export function withDefault<T>(inner: Schema<T>, value: T): Schema<T> {
  return schema((input, path, issues) => (input === undefined ? value : inner.run(input, path, issues)));
}

export function array<T>(item: Schema<T>, error?: string, ...checks: Check<T[]>[]): Schema<T[]> {
  return schema((input, path, issues) => {
    if (!Array.isArray(input)) {
      issues.push({ path, message: error ?? `Invalid input: expected array, received ${received(input)}`, code: "invalid_type", continue: false });
      return input as T[];
    }
    const since = issues.length;
    const items = input.map((value, index) => item.run(value, [...path, index], issues));
    return applyChecks(items, checks, path, issues, since);
  });
}

type Shape = Record<string, Schema<unknown>>;
export type Output<S extends Shape> = { [K in keyof S]: S[K] extends Schema<infer T> ? T : never };

/** Only the shape's keys are kept, as zod's `object()` does. */
export function object<S extends Shape>(shape: S, ...checks: Check<Output<S>>[]): Schema<Output<S>> {
  return schema((input, path, issues) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      issues.push({ path, message: `Invalid input: expected object, received ${received(input)}`, code: "invalid_type", continue: false });
      return input as Output<S>;
    }
    const since = issues.length;
    const values = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const value = field.run(values[key], [...path, key], issues);
      if (value !== undefined || key in values) output[key] = value;
    }
    return applyChecks(output as Output<S>, checks, path, issues, since);
  });
}

export const trim = (): Check<string> => ({ fix: (value) => value.trim() });
export const toLowerCase = (): Check<string> => ({ fix: (value) => value.toLowerCase() });
export const minLength = <T extends string | unknown[]>(min: number, message: string): Check<T> => ({ test: (value) => value.length >= min, message, code: "too_small" });
export const maxLength = <T extends string | unknown[]>(max: number, message: string): Check<T> => ({ test: (value) => value.length <= max, message, code: "too_big" });
export const matches = (pattern: RegExp, message: string): Check<string> => ({ test: (value) => pattern.test(value), message, code: "invalid_format" });
export const refine = <T>(test: (value: T) => boolean, message: string, path?: PropertyKey[]): Check<T> => ({ test, message, path });

/** zod 4's `z.uuid()` pattern (core/regexes.ts `uuid()`); form-checks.test.ts compares them. */
export const UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

/** `z.uuid({ error })`: one message for a wrong type and a wrong shape. */
export const uuid = (error: string) => string(error, matches(UUID, error));

/** zod 4's default email pattern (core/regexes.ts `email`); form-checks.test.ts compares them. */
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** `.pipe(z.email({ error }))`: checked only when the address has passed every check before. */
export const email = (message: string): Check<string> => ({ test: (value) => EMAIL.test(value), message, code: "invalid_format", afterValid: true });
