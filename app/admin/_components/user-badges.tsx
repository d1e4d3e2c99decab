import type { AdminUser } from "@/lib/admin/admin-user";
import { cn } from "@/lib/cn";

type Tone = "gray" | "blue" | "amber" | "red" | "green";

const tones: Record<Tone, string> = {
  gray: "border-gray-300 bg-gray-100 text-gray-800",
  blue: "border-bruin/40 bg-bruin-light text-bruin-darker",
  amber: "border-amber-700/40 bg-amber-50 text-amber-950",
  red: "border-red-700/40 bg-red-50 text-red-900",
  green: "border-green-700/40 bg-green-50 text-green-900",
};

/** A small status label; the words carry the meaning, the colour only repeats it. */
export function StatusBadge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={cn("inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold", tones[tone])}>{children}</span>;
}

export const ROLE_NAMES = { MENTEE: "Mentee", MENTOR: "Mentor", ADMIN: "Admin" } as const;

/** Whether a mentee has a mentor, or a mentor has anyone on the roster. */
export function hasMatch(user: Pick<AdminUser, "role" | "matchedMentorEmail" | "menteeCount">): boolean {
  return user.role === "MENTEE" ? Boolean(user.matchedMentorEmail) : user.role === "MENTOR" && user.menteeCount > 0;
}

/** The account's state in words: what a coordinator checks first when a student writes in. */
export function UserBadges({ user, withRole = false }: { user: AdminUser; withRole?: boolean }) {
  const badges: { tone: Tone; label: string }[] = withRole ? [{ tone: "blue", label: ROLE_NAMES[user.role] }] : [];
  if (!user.isActive) badges.push({ tone: "red", label: "Deactivated" });
  if (user.isDeleted) badges.push({ tone: "red", label: "Pending deletion" });
  if (!user.isVerified) badges.push({ tone: "amber", label: "Unverified" });
  if (user.role === "MENTEE") badges.push(hasMatch(user) ? { tone: "green", label: "Matched" } : { tone: "gray", label: "Unmatched" });
  if (user.role === "MENTOR") badges.push(hasMatch(user) ? { tone: "green", label: user.menteeCount === 1 ? "1 mentee" : `${user.menteeCount} mentees` } : { tone: "gray", label: "No mentees" });
  if (user.isSuperuser) badges.push({ tone: "blue", label: "Superuser" });
  return (
    <span className="flex flex-wrap gap-1">
      {badges.map((badge) => (
        <StatusBadge key={badge.label} tone={badge.tone}>
          {badge.label}
        </StatusBadge>
      ))}
    </span>
  );
}
