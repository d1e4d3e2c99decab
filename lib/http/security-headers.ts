/**
 * The response headers that keep the browser on our side (issue: hardening).
 *
 * - A nonce-based Content-Security-Policy: proxy.ts makes a fresh nonce per request, hands it to
 *   Next in the request's own CSP header (Next then puts it on its scripts), and sends the same
 *   policy to the browser. `'strict-dynamic'` lets those scripts load the chunks they need;
 *   nothing else runs. Styles may be inline (`style=` attributes are not nonce-able and carry no
 *   script). With Cloudinary configured, its upload widget (script, iframe) and images are allowed.
 * - No framing (`frame-ancestors 'none'` and `X-Frame-Options: DENY`), no sniffing, a strict
 *   referrer policy, no powerful browser features, and HSTS when the site is served over https.
 */
export interface PolicyOptions {
  nonce: string;
  development: boolean;
  https: boolean;
  cloudinary: boolean;
}

export function contentSecurityPolicy({ nonce, development, https, cloudinary }: PolicyOptions): string {
  const widget = cloudinary ? " https://upload-widget.cloudinary.com https://widget.cloudinary.com" : "";
  const directives = [
    "default-src 'self'",
    // React needs eval only in development, for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${cloudinary ? " https://res.cloudinary.com" : ""}`,
    "font-src 'self'",
    `connect-src 'self'${cloudinary ? " https://api.cloudinary.com" : ""}`,
    `frame-src ${cloudinary ? widget.trim() : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers every response carries; `https` adds HSTS (two years, subdomains included). */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
