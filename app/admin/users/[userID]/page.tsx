import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { PageNotice } from "@/app/(mentoring)/_components/page-notice";
import { requirePageAdmin } from "@/app/_lib/session";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { AdminUser } from "@/lib/admin/admin-user";
import { getUserDetail, USER_AUDIT_LIMIT, type UserDetail } from "@/lib/admin/get-user-detail";
import { isAppError } from "@/lib/errors";
import { BACKGROUND_FLAGS } from "@/lib/users/profile-schemas";
import { ownName } from "@/lib/users/serialize";
import { AuditTable } from "../../_components/audit-table";
import { StatusBadge, ROLE_NAMES, UserBadges } from "../../_components/user-badges";
import { plural, yearName } from "../../_lib/format";
import { LocalTime } from "@/components/local-time";
import { activateAction, deactivateAction, demoteAction, endMatchAction, promoteAction, restoreAction, verifyAction, type AdminNotice } from "./actions";
import { AdminAction } from "./admin-action";

export const metadata: Metadata = { title: "User · Admin" };

const NOTICES: Record<AdminNotice, string> = {
  verified: "Verified. The account can now log in.",
  deactivated: "Deactivated. Every session of the account was signed out and logging in is refused.",
  activated: "Activated. The account can log in again.",
  restored: "Restored. The deletion was cancelled and the account is live again.",
  "match-ended": "The match was ended. Both sides can look for someone new.",
  promoted: "Promoted to admin.",
  demoted: "Demoted: the account is a mentee now.",
};

/** A search of the users table for one email: the console's way to the page of someone named by email. */
const findHref = (email: string) => `/admin/users?${new URLSearchParams({ q: email })}`;

export default async function AdminUserPage({ params, searchParams }: { params: Promise<{ userID: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { userID } = await params;
  const admin = await requirePageAdmin(`/admin/users/${encodeURIComponent(userID)}`);
  // Only a UUID can name an account; anything else is a page that does not exist.
  if (!z.uuid().safeParse(userID).success) notFound();

  let detail: UserDetail;
  try {
    detail = await getUserDetail({ userId: userID });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { user, mentees, requests, blacklisted_mentors: blocked, audit } = detail;
  const { notice } = await searchParams;
  const name = ownName(user);

  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:px-6 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-gray-700">
          <li>
            <TextLink href="/admin">Admin</TextLink>
            <span aria-hidden className="px-1">
              /
            </span>
          </li>
          <li>
            <TextLink href="/admin/users">Users</TextLink>
            <span aria-hidden className="px-1">
              /
            </span>
          </li>
          <li aria-current="page" className="min-w-0 break-all">
            {user.email}
          </li>
        </ol>
      </nav>

      <header className="space-y-2">
        <h1 className="break-words text-3xl font-bold text-bruin-darker" data-testid="user-name">
          {name}
        </h1>
        {name !== user.email && <p className="break-all text-gray-700">{user.email}</p>}
        <UserBadges user={user} withRole />
      </header>

      <PageNotice messages={NOTICES} value={notice} />

      <Card aria-labelledby="account-heading">
        <h2 id="account-heading" className="text-lg font-semibold text-gray-900">
          Account
        </h2>
        <Facts
          items={[
            ["User ID", <code key="id" className="break-all text-sm">{user.userID}</code>],
            ["Email", <span key="email" className="break-all">{user.email}</span>],
            ["Role", ROLE_NAMES[user.role]],
            ["Email verified", user.isVerified ? "Yes" : "No"],
            ["Active", user.isActive ? "Yes" : "No — deactivated, cannot log in"],
            [
              "Deletion",
              user.isDeleted
                ? (
                    <span key="deletion">
                      Requested{user.deletion_requested_date && (
                        <>
                          {" "}
                          <LocalTime iso={user.deletion_requested_date} style="date" />
                        </>
                      )}
                      ; permanent on {user.permanent_deletion_date ? <LocalTime iso={user.permanent_deletion_date} style="dateTime" relative /> : "an unknown date"}
                    </span>
                  )
                : "None pending",
            ],
            ["Staff / superuser", `${user.isStaff ? "Staff" : "Not staff"} · ${user.isSuperuser ? "superuser" : "not superuser"}`],
            ["Joined", <LocalTime key="joined" iso={user.dateJoined} style="dateTime" />],
            ["Last login", user.lastLogin ? <LocalTime key="login" iso={user.lastLogin} style="dateTime" relative /> : "Never"],
          ]}
        />
      </Card>

      <Card aria-labelledby="actions-heading" className="space-y-4">
        <h2 id="actions-heading" className="text-lg font-semibold text-gray-900">
          Actions
        </h2>
        <UserActions user={user} name={name} actor={{ id: admin.id, isSuperuser: admin.isSuperuser }} />
      </Card>

      <Card aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold text-gray-900">
          Profile
        </h2>
        <Facts
          items={[
            ["First name", user.firstName || "—"],
            ["Last name", user.lastName || "—"],
            ["Year", user.year === null ? "—" : yearName(user.year)],
            ["Majors", user.major.join(", ") || "—"],
            ["Minors", user.minor.join(", ") || "—"],
            ["Background", [...BACKGROUND_FLAGS.filter((flag) => user[flag.key]).map((flag) => flag.label), user.otherBackground.trim()].filter(Boolean).join(", ") || "—"],
            ["Hobbies", user.hobbies || "—"],
            ["Clubs", user.clubs || "—"],
            ["Goals", user.goals || "—"],
            ["Picture", user.profilePictureUrl ? <span key="picture" className="break-all">{user.profilePictureUrl}</span> : "—"],
          ]}
        />
      </Card>

      <Card aria-labelledby="match-heading" className="space-y-3">
        <h2 id="match-heading" className="text-lg font-semibold text-gray-900">
          {user.role === "MENTOR" ? "Roster" : "Match"}
        </h2>
        <MatchSummary user={user} mentees={mentees} />
      </Card>

      {user.role !== "ADMIN" && (
        <Card aria-labelledby="requests-heading" className="space-y-3">
          <h2 id="requests-heading" className="text-lg font-semibold text-gray-900">
            {user.role === "MENTOR" ? "Requests received" : "Requests sent"}
          </h2>
          {requests.length === 0 ? (
            <p className="text-gray-700">No mentorship requests.</p>
          ) : (
            <ul className="divide-y divide-gray-100" data-testid="requests">
              {requests.map((request) => {
                const other = user.role === "MENTOR" ? request.mentee.email : request.mentor.email;
                return (
                  <li key={request.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
                    <p className="flex flex-wrap items-center gap-2">
                      <StatusBadge tone={request.status === "PENDING" ? "amber" : request.status === "ACCEPTED" ? "green" : "gray"}>{request.status.toLowerCase()}</StatusBadge>
                      <span>
                        {user.role === "MENTOR" ? "From" : "To"} <TextLink href={findHref(other)}>{other}</TextLink>
                      </span>
                      <LocalTime iso={request.createdAt} style="date" className="text-sm text-gray-600" />
                    </p>
                    {request.message && <p className="break-words text-sm text-gray-700">Message: “{request.message}”</p>}
                    {request.reason && <p className="break-words text-sm text-gray-700">Reason: “{request.reason}”</p>}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      )}

      {user.role === "MENTEE" && (
        <Card aria-labelledby="blocked-heading" className="space-y-3">
          <h2 id="blocked-heading" className="text-lg font-semibold text-gray-900">
            Blocked mentors
          </h2>
          {blocked.length === 0 ? (
            <p className="text-gray-700">This mentee has not blocked anyone.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5" data-testid="blocked-mentors">
              {blocked.map((email) => (
                <li key={email} className="break-all">
                  <TextLink href={findHref(email)}>{email}</TextLink>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}

      <Card aria-labelledby="history-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="history-heading" className="text-lg font-semibold text-gray-900">
            Audit trail
          </h2>
          <TextLink href={`/admin/audit?${new URLSearchParams({ target: user.email })}`} className="text-sm">
            Open in the audit log
          </TextLink>
        </div>
        {audit.length === 0 ? <p className="text-gray-700">Nothing has been logged about this account yet.</p> : <AuditTable entries={audit} caption={`Audit trail of ${user.email}, newest first`} />}
        {audit.length >= USER_AUDIT_LIMIT && <p className="text-sm text-gray-700">The latest {USER_AUDIT_LIMIT} entries; the audit log has the rest.</p>}
      </Card>
    </div>
  );
}

/** Label–value pairs in two columns from `sm` up, stacked on phones. */
function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="mt-4 divide-y divide-gray-100">
      {items.map(([label, value]) => (
        <div key={label} className="grid gap-1 py-2.5 sm:grid-cols-[11rem_1fr] sm:gap-4">
          <dt className="text-sm font-semibold text-gray-700">{label}</dt>
          <dd className="min-w-0 whitespace-pre-line break-words text-gray-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function MatchSummary({ user, mentees }: { user: AdminUser; mentees: AdminUser[] }) {
  if (user.role === "ADMIN") return <p className="text-gray-700">Admins take no part in matching.</p>;
  if (user.role === "MENTEE") {
    return user.matchedMentorEmail ? (
      <p>
        Mentor: <TextLink href={findHref(user.matchedMentorEmail)}>{user.matchedMentorEmail}</TextLink>
      </p>
    ) : (
      <p className="text-gray-700">No mentor yet.</p>
    );
  }
  if (mentees.length === 0) return <p className="text-gray-700">No mentees on the roster.</p>;
  return (
    <>
      <p className="text-gray-700">{plural(mentees.length, "mentee", "mentees")}, oldest match first:</p>
      <ul className="list-disc space-y-1 pl-5" data-testid="roster">
        {mentees.map((mentee) => (
          <li key={mentee.userID} className="break-words">
            <Link href={`/admin/users/${mentee.userID}`} className="rounded font-semibold text-bruin-dark underline decoration-bruin/30 underline-offset-2 hover:decoration-current">
              {ownName(mentee)}
            </Link>
            {ownName(mentee) !== mentee.email && <span className="text-gray-700"> · {mentee.email}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The buttons that apply to this account in its current state, each behind a confirmation
 * dialog. Promote and demote show to superusers only; nobody is offered to deactivate or demote
 * themself (the domain refuses both anyway).
 */
function UserActions({ user, name, actor }: { user: AdminUser; name: string; actor: { id: string; isSuperuser: boolean } }) {
  const self = user.userID === actor.id;
  const buttons: ReactNode[] = [];
  if (!user.isVerified) {
    buttons.push(
      <AdminAction key="verify" action={verifyAction} userId={user.userID} triggerLabel="Verify email" title={`Verify ${name}’s email by hand?`} confirmLabel="Verify" pendingLabel="Verifying…">
        <p>Do this only when you know the student owns {user.email} (for example, they wrote from it and the link never arrived). They can log in at once.</p>
      </AdminAction>,
    );
  }
  if (user.isDeleted) {
    buttons.push(
      <AdminAction key="restore" action={restoreAction} userId={user.userID} triggerLabel="Restore account" title={`Restore ${name}’s account?`} confirmLabel="Restore account" pendingLabel="Restoring…">
        <p>This cancels the pending deletion{user.permanent_deletion_date && (
            <>
              {" "}
              (due <LocalTime iso={user.permanent_deletion_date} style="date" />)
            </>
          )}: the account, its profile and its data stay.</p>
      </AdminAction>,
    );
  }
  if (!user.isActive) {
    buttons.push(
      <AdminAction key="activate" action={activateAction} userId={user.userID} triggerLabel="Activate" title={`Activate ${name}’s account?`} confirmLabel="Activate" pendingLabel="Activating…">
        <p>They can log in again and show up in suggestions and rosters as before.</p>
      </AdminAction>,
    );
  } else if (!self) {
    buttons.push(
      <AdminAction
        key="deactivate"
        action={deactivateAction}
        userId={user.userID}
        tone="danger"
        triggerLabel="Deactivate"
        title={`Deactivate ${name}’s account?`}
        confirmLabel="Deactivate"
        pendingLabel="Deactivating…"
        reason={{ label: "Reason (required)", hint: "Kept in the audit log. The student is only told that the account is deactivated." }}
      >
        <p>Every session of {user.email} is signed out at once, logging in is refused, and they leave suggestions and rosters’ candidates. Nothing is deleted; you can activate the account again.</p>
      </AdminAction>,
    );
  }
  const matched = user.role === "MENTEE" ? Boolean(user.matchedMentorEmail) : user.role === "MENTOR" && user.menteeCount > 0;
  if (matched) {
    buttons.push(
      <AdminAction
        key="end-match"
        action={endMatchAction}
        userId={user.userID}
        tone="danger"
        triggerLabel={user.role === "MENTOR" ? "End all matches" : "End match"}
        title={user.role === "MENTOR" ? `End every match of ${name}?` : `End ${name}’s match?`}
        confirmLabel={user.role === "MENTOR" ? "End all matches" : "End match"}
        pendingLabel="Ending…"
        reason={{ label: "Reason (required)", hint: "Kept in the audit log." }}
      >
        <p>
          {user.role === "MENTOR"
            ? `All ${plural(user.menteeCount, "mentee", "mentees")} leave ${name}’s roster and can look for a new mentor.`
            : `${name} and their mentor ${user.matchedMentorEmail ?? ""} are no longer matched; ${name} can look for a new mentor.`}
        </p>
      </AdminAction>,
    );
  }
  if (actor.isSuperuser && !self) {
    if (user.role === "ADMIN") {
      buttons.push(
        <AdminAction key="demote" action={demoteAction} userId={user.userID} tone="danger" triggerLabel="Demote from admin" title={`Demote ${name}?`} confirmLabel="Demote" pendingLabel="Demoting…">
          <p>{name} loses the console at once and becomes a mentee.</p>
        </AdminAction>,
      );
    } else if (user.isVerified && user.isActive && !user.isDeleted) {
      buttons.push(
        <AdminAction key="promote" action={promoteAction} userId={user.userID} triggerLabel="Make admin" title={`Make ${name} an admin?`} confirmLabel="Make admin" pendingLabel="Promoting…">
          <p>{name} gets the whole console: every account, the audit log and the exports.</p>
          {matched || user.role === "MENTOR" ? <p>As an admin they take no part in matching any more.</p> : null}
        </AdminAction>,
      );
    }
  }

  return (
    <>
      {buttons.length > 0 ? <div className="flex flex-wrap gap-3">{buttons}</div> : <p className="text-gray-700">Nothing to do for this account.</p>}
      {self && <p className="text-sm text-gray-700">This is your own account: you cannot deactivate or demote yourself.</p>}
    </>
  );
}
