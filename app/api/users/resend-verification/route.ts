import { after } from "next/server";
import { resendVerification } from "@/lib/users/resend-verification";
import { apiRoute, ipOf, json, readJson } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const { deliver } = await resendVerification({ input: await readJson(request), ip: ipOf(request) });
  // The lookup and the email run after the answer, so every address takes the same time.
  after(deliver);
  return json({ message: "If that address has an account waiting for verification, we sent a new link." });
});
