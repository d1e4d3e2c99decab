import { removeMentee } from "@/lib/users/roster";
import { serializeUser } from "@/lib/users/serialize";
import { apiRoute, json, requireUser } from "../../../_lib/handler";

export const DELETE = apiRoute<{ mentee_email: string }>(async (_request, { mentee_email }) => {
  const user = await requireUser();
  const mentees = await removeMentee({ mentorId: user.id, menteeEmail: decodeURIComponent(mentee_email) });
  return json({ mentees: mentees.map(serializeUser) });
});
