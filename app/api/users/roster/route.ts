import { getRoster } from "@/lib/users/roster";
import { serializeUser } from "@/lib/users/serialize";
import { apiRoute, json, requireUser } from "../../_lib/handler";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  const { mentees, capacity } = await getRoster({ mentorId: user.id });
  return json({ mentees: mentees.map(serializeUser), capacity });
});
