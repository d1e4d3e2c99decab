import { prisma } from "@/lib/db";

export interface ListSessionsOptions {
  userId: string;
  /** The token of the session asking (from its cookie), to mark it `current`; never returned. */
  currentSessionToken: string | null;
}

/** A signed-in device as API.md's GET /api/users/sessions shows it: never the session token. */
export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  current: boolean;
}

/** The user's live sessions: the current one first, then the most recently seen. */
export async function listSessions({ userId, currentSessionToken }: ListSessionsOptions): Promise<SessionSummary[]> {
  const rows = await prisma.session.findMany({
    where: { userId, expires: { gt: new Date() } },
    select: { id: true, sessionToken: true, createdAt: true, lastSeenAt: true, userAgent: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
  const sessions = rows.map(({ sessionToken, ...row }) => ({ ...row, current: sessionToken === currentSessionToken }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}
