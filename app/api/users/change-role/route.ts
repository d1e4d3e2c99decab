import { changeRole } from "@/lib/users/change-role";
import { changeRoleSchema } from "@/lib/users/profile-schemas";
import { parseInput } from "@/lib/users/validate";
import { apiRoute, json, readJson, requireUser, serializedUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { new_role } = parseInput(changeRoleSchema, await readJson(request));
  await changeRole({ userId: user.id, newRole: new_role });
  return json({ message: `Role changed to ${new_role}`, user: await serializedUser(user.id) });
});
