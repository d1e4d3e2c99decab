import type { NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { isAuthorizedCron } from "@/lib/http/cron-auth";
import { purgeExpiredAccounts } from "@/lib/users/purge-expired-accounts";
import { errorResponse, json } from "../../_lib/handler";

/** Hourly Vercel cron (vercel.json): purges accounts whose grace period is over. */
async function purge(request: NextRequest): Promise<Response> {
  if (!isAuthorizedCron(request.headers.get("authorization"), getEnv().CRON_SECRET)) {
    return json({ error: "Unauthorized" }, 401);
  }
  try {
    const deleted = await purgeExpiredAccounts();
    console.info(`[cron] purge-expired-accounts deleted ${deleted} account(s)`);
    return json({ deleted });
  } catch (error) {
    return errorResponse(error);
  }
}

// Vercel cron sends GET; POST serves other schedulers.
export const GET = purge;
export const POST = purge;
export const dynamic = "force-dynamic";
