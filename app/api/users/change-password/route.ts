import { currentSessionToken } from "@/auth";
import { AppError } from "@/lib/errors";
import { changePassword } from "@/lib/users/change-password";
import { apiRoute, ipOf, json, readJson, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const token = await currentSessionToken();
  if (!token) throw new AppError("UNAUTHORIZED", "Authentication required");
  const input = await readJson(request);
  const { sessionsRevoked } = await changePassword({ userId: user.id, currentSessionToken: token, input, ip: ipOf(request) });
  return json({
    message: "Password changed. Every other device has been signed out.",
    sessions_revoked: sessionsRevoked,
  });
});
