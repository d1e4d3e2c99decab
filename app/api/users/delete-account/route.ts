import { endSession } from "@/auth";
import { getEnv } from "@/lib/env";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { confirmation } = await readJson(request);
  const { permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation });
  await endSession();
  const hours = getEnv().ACCOUNT_RECOVERY_GRACE_PERIOD;
  return json({
    message: "Account deletion requested",
    permanent_deletion_date: permanentDeletionDate.toISOString(),
    note: `Your account will be permanently deleted in ${+hours.toFixed(2)} hour${hours === 1 ? "" : "s"}. You can cancel before then by logging in or recovering it.`,
  });
});
