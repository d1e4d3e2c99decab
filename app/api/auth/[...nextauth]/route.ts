import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { BodyTooLargeError, JSON_BODY_LIMIT, readBodyLimited } from "@/lib/http/body";

export const { GET } = handlers;

/**
 * Auth.js's own endpoints (sign-in, sign-out, CSRF) take small form bodies: the body is read with
 * the same limit as the JSON API before Auth.js parses it (proxy.ts refuses a declared larger one).
 */
export async function POST(request: NextRequest): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await readBodyLimited(request, JSON_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return Response.json({ error: error.message }, { status: 413 });
    throw error;
  }
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as BodyInit }));
}
