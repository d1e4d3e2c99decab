import { startSession } from "@/auth";
import { prisma } from "@/lib/db";
import { authenticateUser } from "@/lib/users/authenticate-user";
import { isProfileComplete, serializeUser, serializeUserWithDeletion } from "@/lib/users/serialize";
import { apiRoute, currentUserInclude, ipOf, json, readJson } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const authenticated = await authenticateUser({ input: await readJson(request), ip: ipOf(request) });
  await startSession(authenticated);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: authenticated.id }, include: currentUserInclude });
  if (user.isDeleted) {
    return json({
      message: "Login successful. This account is scheduled for deletion; you can cancel it.",
      profile_complete: isProfileComplete(user),
      ...serializeUserWithDeletion(user),
    });
  }
  return json({ message: "Login successful", profile_complete: isProfileComplete(user), ...serializeUser(user) });
});
