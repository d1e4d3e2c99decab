import { updateProfile } from "@/lib/users/update-profile";
import { apiRoute, json, readJson, requireUser, serializedUser } from "../../_lib/handler";

export const PUT = apiRoute(async (request) => {
  const user = await requireUser();
  await updateProfile({ userId: user.id, input: await readJson(request) });
  return json({ message: "Profile updated", user: await serializedUser(user.id) });
});
