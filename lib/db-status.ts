/**
 * Whether PostgreSQL is reachable, as last seen by this process.
 *
 * `isDatabaseUnavailable` recognises a connection-level failure however it surfaces. With Prisma
 * 6.19's client engine and @prisma/adapter-pg these shapes were seen by really stopping the server:
 * - a query in flight when PostgreSQL shuts down: PrismaClientKnownRequestError P2010 whose
 *   `meta.driverAdapterError.cause` is `{ kind: "postgres", code: "57P01" }` (admin shutdown);
 * - every query while it is down: P1001 "Can't reach database server", cause kind
 *   `DatabaseNotReachable` (ECONNREFUSED, ENOTFOUND);
 * - a server that closes or never answers the connection: a plain pg `Error` ("Connection
 *   terminated unexpectedly", "Connection terminated due to connection timeout"), which the
 *   adapter passes through unconverted;
 * - at the adapter itself (lib/db.ts observes it there): the `DriverAdapterError` with those kinds.
 * Wrappers keep the original in `cause` (Auth.js's JWTSessionError: `cause.err`), which is followed.
 *
 * The marker lives on globalThis because `next start` runs several bundles in one process (the
 * proxy, route handlers, pages), each with its own copy of this module.
 */

/** Driver adapter error kinds (@prisma/driver-adapter-utils) that mean "no connection". */
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Prisma error codes of the same: can't reach, timed out, operations timed out, connection closed, pool timeout. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/**
 * SQLSTATEs: class 08 (connection exception), admin/crash shutdown, cannot connect now (starting
 * up, shutting down, recovery), too many connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08\w{3}|57P0[123]|53300)$/;

/** Node socket errors. */
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);

/** pg's own messages, which carry no code. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|server closed the connection unexpectedly|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 10) {
    const current = pending.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const candidate = current as { code?: unknown; errorCode?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; err?: unknown; meta?: { driverAdapterError?: unknown } };
    const codes = [candidate.code, candidate.errorCode, candidate.originalCode].filter((code): code is string => typeof code === "string");
    if (codes.some((code) => UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (typeof candidate.kind === "string" && UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGE.test(candidate.message)) return true;
    pending.push(candidate.cause, candidate.err, candidate.meta?.driverAdapterError);
  }
  return false;
}

type Marker = { downSince: number | null };
const state = globalThis as unknown as { bruinbridgeDatabase?: Marker };
const marker = (): Marker => (state.bruinbridgeDatabase ??= { downSince: null });

/** Records that the database could not be reached just now. */
export function markDatabaseDown(): void {
  marker().downSince ??= Date.now();
}

/** Records that a query or a check just succeeded. */
export function markDatabaseUp(): void {
  marker().downSince = null;
}

/** True from a connection-level failure until the next success: the hot-path test, no I/O. */
export function databaseRecentlyDown(): boolean {
  return marker().downSince !== null;
}

/** Marks the database down when `error` says it is unreachable; returns whether it did. */
export function noteDatabaseError(error: unknown): boolean {
  const unavailable = isDatabaseUnavailable(error);
  if (unavailable) markDatabaseDown();
  return unavailable;
}
