/** The mentors a mentee may not ask yet because they declined recently (DECLINE_COOLING_OFF_DAYS). */
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";

/**
 * For each mentor whose latest decline of this mentee is younger than the cooling-off period: the
 * moment the mentee may ask again (the same rule as `coolingOffUntil` in requests.ts, for a whole
 * page at once). One grouped query over the mentee's declined requests.
 */
export async function coolingOffByMentor(menteeId: string, now = new Date()): Promise<Map<string, Date>> {
  const days = getEnv().DECLINE_COOLING_OFF_DAYS;
  const result = new Map<string, Date>();
  if (days <= 0) return result;
  const latest = await prisma.mentorshipRequest.groupBy({
    by: ["mentorId"],
    where: { menteeId, status: "DECLINED", decidedAt: { gt: new Date(now.getTime() - Math.round(days * 86_400_000)) } },
    _max: { decidedAt: true },
  });
  for (const { mentorId, _max } of latest) {
    if (!_max.decidedAt) continue;
    const until = new Date(_max.decidedAt.getTime() + Math.round(days * 86_400_000));
    if (until > now) result.set(mentorId, until);
  }
  return result;
}
