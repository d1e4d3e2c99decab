/**
 * Every connection of the app runs with TimeZone=UTC, whatever the server's or the database's
 * default. The columns are `timestamptz`, so SQL (the purge's `now()`, any other client) compares
 * instants correctly in any TimeZone; but @prisma/adapter-pg 6.19 sends DateTime parameters as UTC
 * wall-clock text without an offset (PostgreSQL reads such text in the session's TimeZone) and
 * reads `timestamptz` results by discarding their offset. Both are right only in a UTC session.
 * The setting travels in the connection's startup `options`; options already in DATABASE_URL are kept.
 */
export function utcConnectionString(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("options", [url.searchParams.get("options"), "-c TimeZone=UTC"].filter(Boolean).join(" "));
  return url.toString();
}
