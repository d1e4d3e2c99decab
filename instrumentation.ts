/**
 * Runs once when the server starts: parse every setting so a bad one stops the server at once, and
 * stamp each request with the client address that the trusted proxies saw (lib/http/client-ip.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("./lib/env");
    getEnv();
    const { installClientIpHook } = await import("./lib/http/client-ip");
    installClientIpHook();
  }
}
