import { blacklistMentor } from "@/lib/users/blacklist-mentor";
import { apiRoute, json, readJson, requireUser } from "../../_lib/handler";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { mentor_email } = await readJson(request);
  return json({ blacklisted_mentors: await blacklistMentor({ menteeId: user.id, mentorEmail: mentor_email }) });
});
