/**
 * The caller's IP for per-IP rate limits. Behind Vercel (and most proxies) the platform sets
 * `x-forwarded-for` with the client first, and `x-real-ip`. Without a proxy in front, these
 * headers are client-controlled; deploy behind one.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
