/**
 * The caller's IP address for per-IP rate limits, as the nearest trusted party saw it — never an
 * address the client wrote itself.
 *
 * - **On Vercel** (`VERCEL=1`, set by the platform): Vercel's edge overwrites `x-real-ip` with the
 *   address of the connection it accepted, whatever the client sent; that header is used.
 * - **Anywhere else** (`next start`, behind nginx, a load balancer, …): each proxy *appends* the
 *   address it accepted the connection from to `X-Forwarded-For`, and the server itself knows the
 *   address of the connection it accepted (its socket). Everything to the left of what our own
 *   proxies appended was written by the client and is worthless. `TRUSTED_PROXY_HOPS` says how
 *   many proxies of ours stand in front of the server: 0 = clients connect to `next start`
 *   directly (the socket's peer is the client), 1 = one reverse proxy (the last X-Forwarded-For
 *   entry is the client, as that proxy saw it), 2 = e.g. a CDN and a load balancer, and so on.
 *
 * The socket's address is not visible to Next's route handlers, so `installClientIpHook()`
 * (started from instrumentation.ts) computes the address when Node's HTTP server receives a
 * request, from the socket and the hop count, and stores it in the `CLIENT_IP_HEADER` request
 * header, replacing any copy the client sent. Everything else reads it with `clientIp()`.
 */
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { getEnv } from "@/lib/env";

export const CLIENT_IP_HEADER = "x-bruinbridge-client-ip";
const UNKNOWN = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address from the forwarding chain: the X-Forwarded-For entries followed by the
 * address of the connection, read from the right past `hops` trusted proxies. A chain shorter
 * than the hops (a request that bypassed a proxy) yields its leftmost entry, the farthest one
 * that anybody of ours could have seen.
 */
export function clientAddressFromChain(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (socketAddress) chain.push(socketAddress);
  if (chain.length === 0) return UNKNOWN;
  const address = chain[Math.max(0, chain.length - 1 - hops)] ?? UNKNOWN;
  return normalizeAddress(address);
}

/** `::ffff:127.0.0.1` (IPv4 on an IPv6 socket) is 127.0.0.1; anything that is not an address is "unknown". */
function normalizeAddress(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return /^[0-9a-f.:]{2,45}$/i.test(plain) ? plain.toLowerCase() : UNKNOWN;
}

/** The client IP of a request (route handler, server action, Auth.js), see the module comment. */
export function clientIp(headers: HeaderSource): string {
  if (process.env.VERCEL === "1") return normalizeAddress(header(headers, "x-real-ip")?.trim() ?? UNKNOWN);
  // Without the hook in this process the header could only have come from the client.
  if (!globalThis.__bruinbridgeClientIpHook) return UNKNOWN;
  return header(headers, CLIENT_IP_HEADER)?.trim() || UNKNOWN;
}

declare global {
  var __bruinbridgeClientIpHook: boolean | undefined;
}

/**
 * Stamps every request that Node's HTTP server receives with the trusted client address, before
 * Next.js sees it (Node publishes `http.server.request.start` before emitting `request`).
 */
export function installClientIpHook(): void {
  if (globalThis.__bruinbridgeClientIpHook) return;
  globalThis.__bruinbridgeClientIpHook = true;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const forwarded = request.headers["x-forwarded-for"];
    request.headers[CLIENT_IP_HEADER] = clientAddressFromChain(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, request.socket.remoteAddress, getEnv().TRUSTED_PROXY_HOPS);
  });
}
