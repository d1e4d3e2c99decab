import { resetPassword } from "@/lib/users/reset-password";
import { apiRoute, ipOf, json, readJson } from "../../../_lib/handler";

export const POST = apiRoute<{ token: string }>(async (request, { token }) => {
  await resetPassword({ token, input: await readJson(request), ip: ipOf(request) });
  return json({ message: "Password reset successfully. You can now log in." });
});
