import { resendVerification } from "@/lib/users/resend-verification";
import { apiRoute, ipOf, json, readJson } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  await resendVerification({ input: await readJson(request), ip: ipOf(request) });
  return json({ message: "If that address has an account waiting for verification, we sent a new link." });
});
