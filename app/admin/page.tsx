import type { Metadata } from "next";
import { requirePageAdmin } from "@/app/_lib/session";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { BACKGROUNDS, programStats } from "@/lib/admin/program-stats";
import { AdminShell } from "./_components/admin-shell";
import { RateBars, recentWeeks, WeeklyColumns } from "./_components/charts";
import { BACKGROUND_NAMES, formatCount, percent, plural, yearName } from "./_lib/format";

export const metadata: Metadata = { title: "Program · Admin" };

const WEEKS_SHOWN = 12;

interface Headline {
  key: string;
  label: string;
  value: number;
  /** What the number counts, or a share of a total. */
  note?: string;
  /** The users table filtered to these people (or the ones missing), where one filter says it. */
  link?: { href: string; label: string };
}

const shareOf = (part: number, whole: number) => {
  const rate = percent(part, whole);
  return rate === null ? undefined : `${rate}% of registered`;
};

export default async function AdminDashboardPage() {
  await requirePageAdmin("/admin");
  const stats = await programStats();
  const { users, matching } = stats;

  const headlines: Headline[] = [
    { key: "registered", label: "Registered", value: users.total, note: `${plural(users.mentees, "mentee", "mentees")} · ${plural(users.mentors, "mentor", "mentors")} · ${plural(users.admins, "admin", "admins")}`, link: { href: "/admin/users", label: "See all" } },
    { key: "verified", label: "Verified", value: users.verified, note: shareOf(users.verified, users.total), link: { href: "/admin/users?status=unverified", label: "See the unverified" } },
    { key: "profile-complete", label: "Profile complete", value: users.profile_complete, note: shareOf(users.profile_complete, users.total) },
    { key: "matched-mentees", label: "Matched mentees", value: matching.matched_mentees, link: { href: "/admin/users?role=MENTEE&status=matched", label: "See them" } },
    { key: "unmatched-mentees", label: "Unmatched mentees", value: matching.unmatched_mentees, link: { href: "/admin/users?role=MENTEE&status=unmatched", label: "See them" } },
    { key: "open-seats", label: "Open mentor seats", value: matching.open_mentor_seats },
    { key: "pending-requests", label: "Pending requests", value: matching.pending_requests },
  ];

  return (
    <AdminShell section="dashboard" title="Program" intro={<p>Who signed up, who is verified and who has a mentor, as of this page load.</p>}>
      <section aria-labelledby="headline-heading" className="space-y-3">
        <h2 id="headline-heading" className="sr-only">
          Headline numbers
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {headlines.map((headline) => (
            <div key={headline.key} className="flex flex-col rounded-2xl border border-gray-200 bg-white p-4 shadow-sm" data-testid={`stat-${headline.key}`}>
              <dt className="text-sm font-semibold text-gray-700">{headline.label}</dt>
              <dd className="order-first text-3xl font-bold tabular-nums text-bruin-darker">{formatCount(headline.value)}</dd>
              {headline.note && <dd className="mt-1 text-sm text-gray-600">{headline.note}</dd>}
              {headline.link && (
                <dd className="mt-auto pt-2 text-sm">
                  <TextLink href={headline.link.href}>
                    {headline.link.label}
                    <span className="sr-only"> ({headline.label.toLowerCase()})</span>
                  </TextLink>
                </dd>
              )}
            </div>
          ))}
        </dl>
        {(users.pending_deletion > 0 || users.deactivated > 0) && (
          <p className="text-sm text-gray-700">
            Accounts on hold: <TextLink href="/admin/users?status=pending_deletion">{formatCount(users.pending_deletion)} pending deletion</TextLink> ·{" "}
            <TextLink href="/admin/users?status=deactivated">{formatCount(users.deactivated)} deactivated</TextLink>
          </p>
        )}
      </section>

      <Card aria-labelledby="signups-heading" className="space-y-4">
        <h2 id="signups-heading" className="text-xl font-bold text-gray-900">
          Sign-ups
        </h2>
        <WeeklyColumns
          id="chart-signups"
          title={`Sign-ups per week, last ${WEEKS_SHOWN} weeks`}
          description="New mentee and mentor accounts by the week they registered (weeks start on Monday, UTC). The users CSV holds every sign-up."
          weeks={recentWeeks(stats.signups_by_week, new Date(), WEEKS_SHOWN)}
        />
      </Card>

      <Card aria-labelledby="rates-heading" className="space-y-8">
        <h2 id="rates-heading" className="text-xl font-bold text-gray-900">
          Matched rate
        </h2>
        <div className="grid gap-10 lg:grid-cols-2">
          <RateBars
            id="chart-background"
            title="By background"
            description="Share of mentees with a mentor, for each background a mentee ticked in the survey (a mentee can count in several)."
            groupLabel="Background"
            partLabel="Matched"
            wholeLabel="Mentees"
            rows={BACKGROUNDS.map((key) => ({ label: BACKGROUND_NAMES[key], part: stats.by_background[key].matched, whole: stats.by_background[key].mentees }))}
          >
            <p className="text-sm text-gray-700">
              Still unmatched:{" "}
              {BACKGROUNDS.map((key, index) => (
                <span key={key}>
                  {index > 0 && " · "}
                  <TextLink href={`/admin/users?${new URLSearchParams({ role: "MENTEE", status: "unmatched", background: key })}`}>
                    {BACKGROUND_NAMES[key]} ({formatCount(stats.by_background[key].mentees - stats.by_background[key].matched)})
                  </TextLink>
                </span>
              ))}
            </p>
          </RateBars>
          <RateBars
            id="chart-year"
            title="By year"
            description="Share of mentees with a mentor, by the academic year they gave in the survey."
            groupLabel="Year"
            partLabel="Matched"
            wholeLabel="Mentees"
            rows={stats.by_year.map((row) => ({ label: yearName(row.year), part: row.matched, whole: row.mentees }))}
          />
        </div>
      </Card>
    </AdminShell>
  );
}
