import type { SessionSummary } from "@/lib/users/list-sessions";

/** API.md: `{id, createdAt, lastSeenAt, userAgent, current}` with ISO dates; never the token. */
export const serializeSessions = (sessions: SessionSummary[]) =>
  sessions.map(({ id, createdAt, lastSeenAt, userAgent, current }) => ({
    id,
    createdAt: createdAt.toISOString(),
    lastSeenAt: lastSeenAt.toISOString(),
    userAgent,
    current,
  }));
