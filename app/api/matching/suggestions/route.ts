import { suggestMentors } from "@/lib/matching/suggest-mentors";
import { serializeUser } from "@/lib/users/serialize";
import { apiRoute, json, requireUser } from "../../_lib/handler";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  const suggestions = await suggestMentors({ menteeId: user.id });
  return json({ suggestions: suggestions.map(({ mentor, score, reasons }) => ({ mentor: serializeUser(mentor), score, reasons })) });
});
