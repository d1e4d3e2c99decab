/**
 * The console keeps its list state in the address (Django admin's changelist does too), so a
 * filtered view can be bookmarked, shared and reloaded. These helpers read that state and build
 * links that change one part of it.
 */
export type Query = Record<string, string | undefined>;
type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each named parameter, blanks dropped; unknown parameters are ignored. */
export function pickQuery(params: SearchParams, keys: readonly string[]): Query {
  const query: Query = {};
  for (const key of keys) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) query[key] = value;
  }
  return query;
}

/**
 * `path` with `query` changed by `changes` (undefined removes a key). A change to anything but the
 * page starts again at page 1: page 4 of another filter means nothing.
 */
export function hrefWith(path: string, query: Query, changes: Query = {}): string {
  const next: Query = { ...query, ...changes };
  if (!("page" in changes)) delete next.page;
  if (next.page === "1") delete next.page;
  const search = new URLSearchParams(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The number of pages for a total, never less than one (an empty list still has its page 1). */
export const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / Math.max(1, perPage)));
