import { describe, expect, it } from "vitest";
import { JSON_BODY_LIMIT } from "./body";
import { requestProblem, UPLOAD_ROUTE_LIMIT } from "./request-guards";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const request = (path: string, headers: Record<string, string> = {}, method = "POST") => ({ method, url: `http://localhost${path}`, headers: new Headers(headers) });

describe("requestProblem", () => {
  it.each(["/api/chat/%ff", "/api/users/roster/%E0%A4%A", "/api/users/verify-email/%zz", "/api/users/reset-password/%", "/chat/%ff", "/uploads/%", "/api/chat/a%00b%40ucla.edu"])(
    "refuses the malformed or NUL-carrying address %s with 400",
    (path) => {
      expect(requestProblem(request(path))?.status).toBe(400);
    },
  );

  it("refuses NUL in the query string", () => {
    expect(requestProblem(request("/api/chat/a%40ucla.edu?after=%00"))?.status).toBe(400);
  });

  it.each(["/", "/chat/a%40ucla.edu", "/api/chat/a%40ucla.edu?after=2026-01-01T00:00:00Z", "/login?callbackUrl=%2Fdashboard", "/api/users/verify-email/abc_DEF-123"])(
    "lets the well-formed address %s through",
    (path) => {
      expect(requestProblem(request(path))).toBeNull();
    },
  );

  it("refuses a declared body over 64 KB with 413, but lets picture uploads declare up to their own limit", () => {
    expect(requestProblem(request("/api/users/login", { "content-length": String(JSON_BODY_LIMIT + 1) }))?.status).toBe(413);
    expect(requestProblem(request("/api/users/login", { "content-length": String(100 * 1024 * 1024) }))?.status).toBe(413);
    expect(requestProblem(request("/api/users/login", { "content-length": String(JSON_BODY_LIMIT) }))).toBeNull();
    expect(requestProblem(request("/dashboard", { "content-length": String(JSON_BODY_LIMIT + 1) }))?.status).toBe(413);
    expect(requestProblem(request("/api/users/profile-picture", { "content-length": String(6 * 1024 * 1024) }))).toBeNull();
    expect(requestProblem(request("/api/users/profile-picture", { "content-length": String(UPLOAD_ROUTE_LIMIT + 1) }))?.status).toBe(413);
  });
});

describe("security headers", () => {
  it("the policy allows only scripts with this request's nonce, and no framing", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false, https: false, cloudinary: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("cloudinary");
  });

  it("with Cloudinary the upload widget and its images are allowed", () => {
    const policy = contentSecurityPolicy({ nonce: "n", development: false, https: true, cloudinary: true });
    expect(policy).toContain("https://upload-widget.cloudinary.com");
    expect(policy).toContain("img-src 'self' data: blob: https://res.cloudinary.com");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("HSTS only when the site is served over https", () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(securityHeaders({ https: false })).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" });
  });
});
