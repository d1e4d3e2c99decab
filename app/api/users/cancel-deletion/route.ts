import { cancelAccountDeletion } from "@/lib/users/cancel-account-deletion";
import { apiRoute, json, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async () => {
  const user = await requireUser({ allowDeleting: true });
  await cancelAccountDeletion({ userId: user.id });
  return json({ message: "Account deletion cancelled. Welcome back!" });
});
