/** A mentor's own intake: pause new requests and choose how many mentees to take at once. */
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { lockedTransaction, lockUsers } from "@/lib/transaction";
import { parseInput } from "@/lib/users/validate";
import { capacity, requireRole, rosterSize } from "./queries";
import { mentorSettingsSchema } from "./schemas";

export interface MentorSettings {
  acceptingMentees: boolean;
  /** Their own capacity, 1–MAX_MENTEES (MAX_MENTEES until they choose). */
  capacity: number;
  maxMentees: number;
}

/**
 * Saves `{ accepting_mentees, capacity }`. Capacity is 1–MAX_MENTEES and not below the roster the
 * mentor has now (nobody is removed by a setting: a mentor with 3 mentees who wants 2 removes one
 * first). The mentor's row is locked, so an accept at the same moment is counted either way. A paused
 * mentor keeps their roster and can still answer the requests already waiting; they are not suggested
 * and new requests get 409. `isMatched` (a full roster) follows the new capacity.
 */
export async function updateMentorSettings({ mentorId, input }: { mentorId: string; input: unknown }): Promise<MentorSettings> {
  const parsed = parseInput(mentorSettingsSchema, input);
  const max = getEnv().MAX_MENTEES;
  if (parsed.capacity > max) {
    const message = `Take at most ${max} mentees (the program's limit)`;
    throw AppError.invalid(message, { capacity: [message] });
  }
  return lockedTransaction(async (tx) => {
    await lockUsers(tx, [mentorId]);
    await requireRole(mentorId, "MENTOR", "Only mentors have mentee settings", tx);
    const size = await rosterSize(mentorId, tx);
    if (parsed.capacity < size) {
      const message = `You have ${size} mentees now: choose at least ${size}, or remove a mentee first`;
      throw AppError.invalid(message, { capacity: [message] });
    }
    const updated = await tx.user.update({
      where: { id: mentorId },
      // What they chose stays (null only for mentors who never chose: they follow MAX_MENTEES).
      data: { acceptingMentees: parsed.accepting_mentees, menteeCapacity: parsed.capacity, isMatched: size >= parsed.capacity },
      select: { acceptingMentees: true, menteeCapacity: true },
    });
    return { acceptingMentees: updated.acceptingMentees, capacity: capacity(updated), maxMentees: max };
  });
}
