/**
 * Auth.js v5: Credentials sign-in with JWT sessions, each JWT bound to a server-side session row
 * (lib/users/sessions.ts) that is checked on every request, so revoking the row signs the cookie
 * out at once. The JSON API's login mints the very same cookie (startSession below).
 */
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db-status";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { authenticateUser } from "@/lib/users/authenticate-user";
import { createSession, revokeSession, SESSION_MAX_AGE_SECONDS, sessionUser, type SessionUser } from "@/lib/users/sessions";
import { clientIp } from "@/lib/http/client-ip";

/** Carries the domain error code to the login form (never more than the code). */
class LoginFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const secureCookies = () => getEnv().FRONTEND_URL.startsWith("https:");
export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}authjs.session-token`;

/** A session record's user (one query), shared within a render by the jwt callback and currentUser(). */
const liveSessionUser = cache(sessionUser);

function config(): NextAuthConfig {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    // Links in emails come from FRONTEND_URL only; the host header is trusted for Auth.js's own
    // redirects, and state-changing API calls check Origin themselves (app/api/_lib/handler.ts).
    trustHost: true,
    useSecureCookies: secureCookies(),
    adapter: PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    // A refused login is an answer, not a server error: keep Auth.js from logging its stack. A
    // session check that failed because the database is away is reported once by lib/db.ts.
    logger: {
      error(error) {
        if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
        if (isDatabaseUnavailable(error)) return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: "UCLA email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          try {
            const user = await authenticateUser({ input: credentials, ip: clientIp(request.headers) });
            return { id: user.id, email: user.email };
          } catch (error) {
            if (isAppError(error)) throw new LoginFailed(error.code);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.sid = await createSession(user.id, await requestUserAgent());
          return token;
        }
        // Every request: a revoked or expired session record ends the session.
        if (!token.sid || (await liveSessionUser(token.sid))?.id !== token.sub) return null;
        return token;
      },
      // The session id stays inside the encrypted cookie: /api/auth/session shows only the user.
      session({ session, token }) {
        session.user.id = token.sub as string;
        return session;
      },
    },
    events: {
      async signOut(message) {
        if ("token" in message && message.token?.sid) await revokeSession(message.token.sid);
      },
    },
  };
}

const nextAuth = NextAuth(() => config());
export const { handlers, signIn, signOut } = nextAuth;

/** The current session, checked against its server-side record; memoised per request. */
export const auth = cache(async () => nextAuth.auth());

/** The decoded session cookie of this request, or null (none, tampered with, or past its `exp`). */
/**
 * Decoded session cookies, by their exact value. Decrypting one costs ~0.6 ms of CPU (key
 * derivation and JWE), paid on every signed-in request; the payload of a given cookie never
 * changes, and the cookie is not what revocation checks (the session row is, on every request),
 * so a bounded map of recent cookies is safe. Entries past their `exp` are decoded again.
 */
const DECODED_COOKIES_MAX = 10_000;
const decodedCookies = new Map<string, JWT>();

async function decodeCookie(value: string, name: string): Promise<JWT | null> {
  const known = decodedCookies.get(value);
  if (known && typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
  const token = await decode({ token: value, secret: getEnv().AUTH_SECRET, salt: name }).catch(() => null);
  if (token) {
    if (decodedCookies.size >= DECODED_COOKIES_MAX) decodedCookies.delete(decodedCookies.keys().next().value as string);
    decodedCookies.set(value, token);
  }
  return token;
}

/** The User-Agent of the request signing in, kept on the session row to name the device. */
async function requestUserAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null; // outside a request (a script): no device to name
  }
}

/**
 * The session-record token of this request's cookie, to tell the current session apart (the
 * sessions list, change password). Call it after currentUser()/requireUser() accepted the session;
 * never send it to a client.
 */
export async function currentSessionToken(): Promise<string | null> {
  return (await sessionCookie())?.sid ?? null;
}

async function sessionCookie() {
  const name = sessionCookieName();
  const value = (await cookies()).get(name)?.value;
  return value ? decodeCookie(value, name) : null;
}

/**
 * The signed-in user of this request, or null: the session cookie is decoded and its session
 * record read together with the user in one query (lib/users/sessions.ts), so a revoked or expired
 * record refuses the very next request, exactly as the jwt callback does for auth(). Route
 * handlers and pages take their user from here (app/api/_lib/handler.ts, app/_lib/session.ts);
 * it skips Auth.js's session round (which re-encrypts a cookie that a server component cannot set
 * anyway). A database error is not swallowed: during an outage it surfaces as 503.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await sessionCookie();
  if (!token?.sid || !token.sub) return null;
  const user = await liveSessionUser(token.sid);
  return user?.id === token.sub ? user : null;
});

/** Signs a user in from a route handler: the same cookie that the web login sets. */
export async function startSession(user: { id: string; email: string }): Promise<void> {
  const sid = await createSession(user.id, await requestUserAgent());
  const name = sessionCookieName();
  const value = await encode({ token: { sub: user.id, email: user.email, sid }, secret: getEnv().AUTH_SECRET, salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Revokes the current session record and removes the cookie; harmless without a session. */
export async function endSession(): Promise<void> {
  const token = await sessionCookie();
  if (token?.sid) await revokeSession(token.sid);
  (await cookies()).delete(sessionCookieName());
}
