import { cancelAccountDeletion } from "@/lib/users/cancel-account-deletion";
import { apiRoute, ipOf, json, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser({ allowDeleting: true });
  await cancelAccountDeletion({ userId: user.id, ip: ipOf(request) });
  return json({ message: "Account deletion cancelled. Welcome back!" });
});
