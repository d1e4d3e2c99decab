/**
 * GET /api/health (shared/API.md, Health): 200 while `SELECT 1` answers within two seconds, 503
 * while PostgreSQL cannot be reached. Never cached, so a load balancer always sees the present.
 */
import { checkDatabase, healthBody, RETRY_AFTER_SECONDS } from "@/lib/db-health";
import { json } from "../_lib/handler";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await checkDatabase();
  return json(healthBody(up), up ? 200 : 503, { "Cache-Control": "no-store", ...(up ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }) });
}
