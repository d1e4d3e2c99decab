import { updateProfile } from "@/lib/users/update-profile";
import { apiRoute, json, readJson, requireUser, serializedUser } from "../../_lib/handler";

/** `complete_survey`: the same field whitelist and role rules as the profile update. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  await updateProfile({ userId: user.id, input: await readJson(request) });
  return json({ message: "Survey completed", user: await serializedUser(user.id) });
});
