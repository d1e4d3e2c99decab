import { registerUser } from "@/lib/users/register-user";
import { apiRoute, ipOf, json, readJson } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const { user, emailSent } = await registerUser({ input: await readJson(request), ip: ipOf(request) });
  return json(
    {
      message: user.isVerified
        ? "Registration successful. You can log in now."
        : "Registration successful. Please check your email to verify account.",
      userID: user.id,
      email: user.email,
      role: user.role,
      note: user.isVerified
        ? "Email verification is switched off on this server (SEND_EMAILS=false)."
        : emailSent
          ? "You must verify your email before logging in."
          : "You must verify your email before logging in. We could not send the email just now; ask for a new link.",
    },
    201,
  );
});
