import { verifyEmail } from "@/lib/users/verify-email";
import { apiRoute, json } from "../../../_lib/handler";

export const GET = apiRoute<{ token: string }>(async (_request, { token }) => {
  const { email, alreadyVerified } = await verifyEmail({ token });
  return json(alreadyVerified ? { message: "Email already verified", email } : { message: "Email verified successfully. You can now log in.", email });
});
