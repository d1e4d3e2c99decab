export const BACKGROUNDS = ["firstgen", "transfer", "international", "commuter", "outofstate"] as const;
export type Background = (typeof BACKGROUNDS)[number];

export interface ProgramStats {
  users: { total: number; mentees: number; mentors: number; admins: number; verified: number; profile_complete: number; pending_deletion: number; deactivated: number };
  matching: { matched_mentees: number; unmatched_mentees: number; open_mentor_seats: number; pending_requests: number };
  by_background: Record<Background, { mentees: number; matched: number }>;
  /** Monday of each ISO week (YYYY-MM-DD, UTC), oldest first. */
  signups_by_week: { week: string; mentees: number; mentors: number }[];
  /** Mentees and matched mentees by academic year ("0".."5", "unknown"). */
  by_year: { year: string; mentees: number; matched: number }[];
}

export async function programStats(): Promise<ProgramStats> {
  throw new Error("not implemented");
}
