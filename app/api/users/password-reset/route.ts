import { after } from "next/server";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { apiRoute, ipOf, json, readJson } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const { deliver } = await requestPasswordReset({ input: await readJson(request), ip: ipOf(request) });
  // The lookup and the email run after the answer, so a known and an unknown address take the same time.
  after(deliver);
  return json({ message: "If that address has an account, we sent a link to reset the password." });
});
