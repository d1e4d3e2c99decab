/**
 * The JSON API's conventions (shared/API.md) in one place, so no route handler forgets one:
 * same-origin check on state-changing requests (403), JSON content type (415), invalid JSON (400),
 * AppError → status via HTTP_STATUS with `{ error, fieldErrors? }` and Retry-After, and a plain
 * 500 without details for anything unexpected.
 */
import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "@/auth";
import { prisma } from "@/lib/db";
import { databaseRecentlyDown, isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db-health";
import { getEnv } from "@/lib/env";
import { AppError, HTTP_STATUS, isAppError } from "@/lib/errors";
import { BodyTooLargeError, JSON_BODY_LIMIT, readBodyLimited } from "@/lib/http/body";
import { clientIp } from "@/lib/http/client-ip";
import { serializeUser } from "@/lib/users/serialize";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function json(data: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(data, { status, headers });
}

export function errorResponse(error: unknown): NextResponse {
  const databaseUnavailable = () => json({ error: UNAVAILABLE_MESSAGE }, 503, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  // Auth.js swallows the session lookup's failure and reports "no session": while the database is
  // down, that 401 would tell a signed-in client it was logged out.
  if (isAppError(error) && error.code === "UNAUTHORIZED" && databaseRecentlyDown()) return databaseUnavailable();
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfter !== undefined) headers["Retry-After"] = String(error.retryAfter);
    return json({ ...error.extra, error: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) }, HTTP_STATUS[error.code], headers);
  }
  if (error instanceof HttpError) return json({ error: error.message }, error.status);
  if (error instanceof BodyTooLargeError) return json({ error: error.message }, 413);
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  console.error("[api] unexpected error", error);
  return json({ error: "Something went wrong. Please try again." }, 500);
}

function assertSameOrigin(request: NextRequest): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const allowed = new Set([new URL(getEnv().FRONTEND_URL).origin, request.nextUrl.origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) allowed.add(`${request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")}://${host}`);
  if (!allowed.has(origin)) throw new HttpError(403, "Cross-site requests are not allowed");
}

export { HttpError };

/**
 * The JSON object of a request body: 415 for another content type, 413 past JSON_BODY_LIMIT
 * (counted while it streams in, before parsing), 400 for invalid JSON.
 */
export async function readJson(request: NextRequest): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, "Send a JSON body with Content-Type: application/json");
  const bytes = await readBodyLimited(request, JSON_BODY_LIMIT);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpError(400, "Invalid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, "The body must be a JSON object");
  return body as Record<string, unknown>;
}

export const ipOf = (request: NextRequest) => clientIp(request.headers);

type Context<P> = { params: Promise<P> };

export function apiRoute<P = Record<string, never>>(handler: (request: NextRequest, params: P) => Promise<Response>) {
  return async (request: NextRequest, context: Context<P>): Promise<Response> => {
    try {
      if (STATE_CHANGING.has(request.method)) assertSameOrigin(request);
      return await handler(request, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export const currentUserInclude = { matchedMentor: { select: { email: true } } } as const;

/**
 * The signed-in user, from the session only; 401 without one. An account inside its deletion grace
 * period may only read itself, cancel the deletion and log out: other endpoints answer 403.
 */
export async function requireUser({ allowDeleting = false }: { allowDeleting?: boolean } = {}) {
  const user = await currentUser();
  if (!user || !user.isActive) throw new AppError("UNAUTHORIZED", "Authentication required");
  if (user.isDeleted && !allowDeleting) {
    throw new AppError("FORBIDDEN", "This account is scheduled for deletion. Cancel the deletion to use it again.");
  }
  return user;
}

/**
 * The signed-in ADMIN of an admin endpoint: 401 without a session, 403 for every other role (and
 * for an admin whose deletion is pending). lib/admin checks the actor again inside each write.
 */
export async function requireAdmin() {
  const user = await requireUser();
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only BruinBridge staff can do this");
  return user;
}

/** Reads the current user again after a change, in the serialized shape. */
export async function serializedUser(userId: string) {
  return serializeUser(await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: currentUserInclude }));
}
