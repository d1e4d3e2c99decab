import type { NextRequest } from "next/server";
import { declineRequest } from "@/lib/matching/requests";
import { serializeRequest } from "@/lib/matching/serialize";
import { apiRoute, json, readJson, requireUser } from "../../../../_lib/handler";

/** The body (`{ reason? }`) is optional: an empty POST declines without a reason. */
async function optionalJson(request: NextRequest) {
  return request.headers.get("content-length") === "0" || !request.headers.get("content-type") ? {} : readJson(request);
}

export const POST = apiRoute<{ id: string }>(async (request, { id }) => {
  const user = await requireUser();
  const declined = await declineRequest({ mentorId: user.id, requestId: id, input: await optionalJson(request) });
  return json({ request: serializeRequest(declined) });
});
