/**
 * The one place every request passes before a route (Next 16's proxy, Node.js runtime):
 * 1. a malformed address (bad percent-encoding, NUL) is answered 400 and a declared body over the
 *    route's limit 413 (lib/http/request-guards.ts) — JSON under /api/, a small page elsewhere;
 * 2. while the database is known to be down, 503 (lib/db-health.ts) without touching a route;
 * 3. every response gets the security headers and a nonce-based Content-Security-Policy
 *    (lib/http/security-headers.ts); Next reads the nonce from the request's CSP header.
 * Authorization is not decided here: every route handler and server action checks the session.
 */
import { NextResponse, type NextRequest } from "next/server";
import { outageResponse } from "@/lib/db-health";
import { getEnv } from "@/lib/env";
import { plainPage } from "@/lib/http/plain-page";
import { chunkedBodyProblem, requestProblem, type RequestProblem } from "@/lib/http/request-guards";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

function problemResponse(pathname: string, problem: RequestProblem, nonce: string): Response {
  if (pathname === "/api" || pathname.startsWith("/api/")) return Response.json({ error: problem.message }, { status: problem.status });
  const title = problem.status === 413 ? "Too much data" : "Bad request";
  const page = plainPage({ title, message: `${problem.message}.`, link: { href: "/", label: "Go to the BruinBridge home page" }, nonce });
  return new Response(page, { status: problem.status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export async function proxy(request: NextRequest): Promise<Response> {
  const env = getEnv();
  const https = env.FRONTEND_URL.startsWith("https:");
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, https, development: env.NODE_ENV === "development", cloudinary: Boolean(env.CLOUDINARY_CLOUD_NAME) });

  const problem = requestProblem(request) ?? (await chunkedBodyProblem(request));
  const early = problem ? problemResponse(request.nextUrl.pathname, problem, nonce) : await outageResponse(request, { nonce });
  let response: Response;
  if (early) response = early;
  else {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    headers.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Build assets are static files: they get their headers from next.config.mjs.
      source: "/((?!_next/static|_next/image).*)",
      // Next reads the whole body of a request that passes the proxy before it answers (it keeps a
      // copy for the route, up to proxyClientMaxBodySize). A body declared at 100,000 bytes or more
      // therefore skips the proxy and goes straight to its route, which refuses it by its
      // Content-Length at once (lib/http/body.ts) — or, for a picture upload, reads it with its limit.
      missing: [{ type: "header", key: "content-length", value: "\\d{6,}" }],
    },
    // …unless its address holds a percent sign: it may be malformed, and only the proxy answers that with 400.
    { source: "/(.*%.*)", has: [{ type: "header", key: "content-length", value: "\\d{6,}" }] },
  ],
};
