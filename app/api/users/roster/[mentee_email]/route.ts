import { removeMentee } from "@/lib/users/roster";
import { serializeUser } from "@/lib/users/serialize";
import { apiRoute, json, requireUser } from "../../../_lib/handler";

// Next has already decoded the path segment: `mentee_email` is the address itself.
export const DELETE = apiRoute<{ mentee_email: string }>(async (_request, { mentee_email }) => {
  const user = await requireUser();
  const mentees = await removeMentee({ mentorId: user.id, menteeEmail: mentee_email });
  return json({ mentees: mentees.map(serializeUser) });
});
