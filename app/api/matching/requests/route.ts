import { listRequests, sendRequest } from "@/lib/matching/requests";
import { serializeRequest } from "@/lib/matching/serialize";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const created = await sendRequest({ menteeId: user.id, input: await readJson(request) });
  return json({ request: serializeRequest(created) }, 201);
});

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return json({ requests: (await listRequests({ userId: user.id })).map(serializeRequest) });
});
