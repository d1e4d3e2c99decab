import { isProfileComplete, serializeUser, serializeUserWithDeletion } from "@/lib/users/serialize";
import { apiRoute, json, requireUser } from "../../_lib/handler";

export const GET = apiRoute(async () => {
  const user = await requireUser({ allowDeleting: true });
  const body = user.isDeleted ? serializeUserWithDeletion(user) : serializeUser(user);
  return json({ profile_complete: isProfileComplete(user), ...body });
});
