/**
 * Checks of a request's envelope that proxy.ts makes before any route sees it, so no route can
 * forget one: the address must decode (malformed percent-encoding such as `%ff`, `%E0%A4%A` or a
 * lone `%` used to reach Next's own decoder, or the app's, and end as a 500), must not carry NUL
 * (PostgreSQL refuses it in any query), and the declared body must fit the route's limit.
 */
import { BodyTooLargeError, declaresMoreThan, JSON_BODY_LIMIT, readBodyLimited } from "./body";

export interface RequestProblem {
  status: 400 | 413;
  message: string;
}

/** Routes that take a picture upload: they read up to 5 MB themselves and answer 400 past it. */
const UPLOAD_ROUTES = new Set(["/api/users/profile-picture", "/profile/edit"]);
/** What proxy.ts lets through to those routes (they count the body again while reading it). */
export const UPLOAD_ROUTE_LIMIT = 10 * 1024 * 1024;

const decodes = (component: string) => {
  try {
    return !decodeURIComponent(component).includes("\u0000");
  } catch {
    return false;
  }
};

/** Query strings decode leniently (`%zz` stays as it is), so only NUL is refused there. */
const queryHasNul = (search: string) => /%00/i.test(search) || search.includes("\u0000");

export function requestProblem(request: { method: string; headers: Headers; url: string }): RequestProblem | null {
  const { pathname, search } = new URL(request.url);
  if (!pathname.split("/").every(decodes) || queryHasNul(search)) {
    return { status: 400, message: "This address is not valid: it has a malformed percent-encoding or a NUL character" };
  }
  const limit = bodyLimitOf(pathname);
  if (declaresMoreThan(request.headers, limit)) return tooLarge(limit);
  return null;
}

const bodyLimitOf = (pathname: string) => (UPLOAD_ROUTES.has(pathname) ? UPLOAD_ROUTE_LIMIT : JSON_BODY_LIMIT);
const tooLarge = (limit: number): RequestProblem => ({ status: 413, message: new BodyTooLargeError(limit).message });

/**
 * A body sent without Content-Length (chunked) is counted while it streams: the proxy reads its
 * own copy of the body (Next hands the proxy a clone, capped by next.config.mjs's
 * proxyClientMaxBodySize) and refuses it once it passes the route's limit.
 */
export async function chunkedBodyProblem(request: Request): Promise<RequestProblem | null> {
  if (!request.body || request.headers.has("content-length")) return null;
  const limit = bodyLimitOf(new URL(request.url).pathname);
  try {
    await readBodyLimited(request, limit);
    return null;
  } catch (error) {
    if (error instanceof BodyTooLargeError) return tooLarge(limit);
    throw error;
  }
}
