import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { apiRoute, ipOf, json, readJson } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  await requestPasswordReset({ input: await readJson(request), ip: ipOf(request) });
  return json({ message: "If that address has an account, we sent a link to reset the password." });
});
