/**
 * Not in API.md's table, which says admins may be "promoted by a superuser in the console": the
 * console's promote/demote, for scripts. Body `{ admin: boolean }`; 403 unless a superuser.
 */
import { z } from "zod";
import { setAdminRole } from "@/lib/admin/set-admin-role";
import { parseInput } from "@/lib/users/validate";
import { apiRoute, ipOf, json, readJson, requireAdmin } from "../../../../_lib/handler";

const roleSchema = z.object({ admin: z.boolean({ error: "admin must be true or false" }) });

export const POST = apiRoute<{ userID: string }>(async (request, { userID }) => {
  const admin = await requireAdmin();
  const { admin: makeAdmin } = parseInput(roleSchema, await readJson(request));
  return json({ user: await setAdminRole({ actorId: admin.id, userId: userID, admin: makeAdmin, ip: ipOf(request) }) });
});
