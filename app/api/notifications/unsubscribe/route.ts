/**
 * The `List-Unsubscribe` target of notification emails (RFC 8058): a mail client's one-click POST
 * turns the kind's emails off with the signed token in the URL alone — no session, no Origin check
 * (mail providers post from their own origin) and any body (`List-Unsubscribe=One-Click`, form-encoded).
 * A GET (a client that opens the link instead) goes to the confirmation page.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { unsubscribeWithLink } from "@/lib/notifications/settings";
import { errorResponse, json } from "../../_lib/handler";

export async function POST(request: NextRequest): Promise<Response> {
  try {
    const { kind } = await unsubscribeWithLink({ token: request.nextUrl.searchParams.get("token") });
    return json({ message: "Unsubscribed", kind });
  } catch (error) {
    return errorResponse(error);
  }
}

export function GET(request: NextRequest): Response {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  return NextResponse.redirect(`${getEnv().FRONTEND_URL}/unsubscribe?token=${encodeURIComponent(token)}`, 303);
}
