import { endSession } from "@/auth";
import { hoursInWords } from "@/lib/duration";
import { getEnv } from "@/lib/env";
import { requestAccountDeletion } from "@/lib/users/request-account-deletion";
import { apiRoute, ipOf, json, readJson, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { confirmation } = await readJson(request);
  const { permanentDeletionDate } = await requestAccountDeletion({ userId: user.id, confirmation, ip: ipOf(request) });
  await endSession();
  return json({
    message: "Account deletion requested",
    permanent_deletion_date: permanentDeletionDate.toISOString(),
    note: `Your account will be permanently deleted in ${hoursInWords(getEnv().ACCOUNT_RECOVERY_GRACE_PERIOD)}. You can cancel before then by logging in or recovering it.`,
  });
});
