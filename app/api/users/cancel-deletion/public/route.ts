import { cancelDeletionByCredentials } from "@/lib/users/cancel-account-deletion";
import { apiRoute, ipOf, json, readJson } from "../../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const { email } = await cancelDeletionByCredentials({ input: await readJson(request), ip: ipOf(request) });
  return json({ message: "Account deletion cancelled. You can log in again.", email, is_active: true });
});
