/**
 * Where a sign-in may send the browser back to: a path of this site, never another origin.
 *
 * The value is judged after the URL parser has normalised it, because that is what the browser
 * does with a `Location` header: `/.//evil.example` resolves to `//evil.example`, which a browser
 * reads as another host; `/\evil.example` becomes `//evil.example`; tabs and newlines are dropped
 * by the parser (`/\t/evil.example`). So: no control characters or backslashes at all, the
 * resolved URL must keep our origin, and the resulting path — also once percent-decoded, for
 * `/%2F%2Fevil.example` — must not start with two slashes. Anything else gets the fallback.
 */
const BASE = "http://own.invalid";

const startsLikeAnotherHost = (path: string) => /^[/\\]{2}/.test(path);

export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (startsLikeAnotherHost(path)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (startsLikeAnotherHost(decoded) || decoded.includes("\\")) return fallback;
  return path;
}
