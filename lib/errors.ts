/**
 * The one error type of the domain layer. Operations throw an AppError with a code; adapters
 * (route handlers, server actions) translate the code with HTTP_STATUS and never show the message
 * of an unexpected error to a user.
 */
export type ErrorCode =
  | "INVALID_INPUT"
  | "UNAUTHORIZED"
  | "EMAIL_NOT_VERIFIED"
  | "ACCOUNT_DEACTIVATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "ACCOUNT_DELETED"
  | "CONFLICT"
  | "RATE_LIMITED";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  EMAIL_NOT_VERIFIED: 403,
  ACCOUNT_DEACTIVATED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ACCOUNT_DELETED: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Seconds until a rate-limited caller may try again. */
  readonly retryAfter?: number;
  /** More keys of the JSON error body, e.g. `retry_after` (an ISO date) of a cooling-off 409. */
  readonly extra?: Record<string, string | number | boolean>;

  constructor(code: ErrorCode, message: string, options: { fieldErrors?: FieldErrors; retryAfter?: number; extra?: Record<string, string | number | boolean> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfter = options.retryAfter;
    this.extra = options.extra;
  }

  static invalid(message: string, fieldErrors?: FieldErrors): AppError {
    return new AppError("INVALID_INPUT", message, { fieldErrors });
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
