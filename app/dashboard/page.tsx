import type { Metadata } from "next";
import { AccountDetails } from "@/components/account-details";
import { PersonHeading } from "@/app/(mentoring)/_components/person-heading";
import { chatHref, personView } from "@/app/(mentoring)/_lib/people";
import { requirePageUser } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { prisma } from "@/lib/db";
import { listRequests, MAX_PENDING_REQUESTS } from "@/lib/matching/requests";
import { countLabel, unreadMarkers, unreadMessagesByPartner } from "@/lib/notifications/unread";
import { UnreadBadge } from "@/components/unread-badge";
import { getRoster } from "@/lib/users/roster";
import { isProfileComplete, ownName } from "@/lib/users/serialize";

export const metadata: Metadata = { title: "Dashboard" };


export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10 sm:px-6 sm:py-14">
      <header className="space-y-1">
        <h1 className="break-words text-3xl font-bold text-bruin-darker">Hi, {ownName(user)}</h1>
        <p className="text-gray-700">Welcome to your BruinBridge dashboard.</p>
      </header>

      {!isProfileComplete(user) && (
        <Alert tone="info" title="Finish your profile" data-testid="profile-notice">
          <p>
            Tell us about your year, majors and interests so we can{" "}
            {user.role === "MENTOR" ? "suggest you to the right mentees" : "suggest the mentors who fit you best"}.{" "}
            <TextLink href="/survey">Take the survey</TextLink>
          </p>
        </Alert>
      )}

      {(user.role === "MENTEE" || user.role === "MENTOR") && <UnreadMarkers userId={user.id} role={user.role} mentorId={user.matchedMentorId} />}

      {user.role === "MENTEE" && <MenteeSummary menteeId={user.id} mentorId={user.matchedMentorId} />}
      {user.role === "MENTOR" && <MentorSummary mentorId={user.id} />}

      <Card aria-labelledby="account-heading">
        <h2 id="account-heading" className="text-lg font-semibold text-gray-900">
          Your account
        </h2>
        <div className="mt-4">
          <AccountDetails email={user.email} role={user.role} labelWidth="10rem" />
        </div>
      </Card>
    </div>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

async function pendingRequests(userId: string): Promise<number> {
  return (await listRequests({ userId })).filter((request) => request.status === "PENDING").length;
}

async function MenteeSummary({ menteeId, mentorId }: { menteeId: string; mentorId: string | null }) {
  if (mentorId) {
    const mentor = personView(await prisma.user.findUniqueOrThrow({ where: { id: mentorId } }));
    return (
      <Card aria-labelledby="mentoring-heading" data-testid="mentoring-summary">
        <h2 id="mentoring-heading" className="text-lg font-semibold text-gray-900">
          Your mentor
        </h2>
        <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <PersonHeading person={mentor} />
          <div className="flex shrink-0 flex-wrap items-center gap-2">
            <UnreadBadge count={(await unreadMessagesByPartner(menteeId)).get(mentor.id) ?? 0} />
            <ButtonLink href={chatHref(mentor.id)} className="shrink-0">
              Open chat
            </ButtonLink>
          </div>
        </div>
      </Card>
    );
  }
  const pending = await pendingRequests(menteeId);
  return (
    <Card aria-labelledby="mentoring-heading" data-testid="mentoring-summary" className="border-bruin/30">
      <h2 id="mentoring-heading" className="text-lg font-semibold text-gray-900">
        Find your mentor
      </h2>
      <p className="mt-2 text-gray-700">
        {pending === 0
          ? "See the student mentors who fit you best and ask one to mentor you."
          : `You are waiting on ${plural(pending, "request", "requests")} (at most ${MAX_PENDING_REQUESTS} at once). Mentors usually answer within a few days.`}
      </p>
      <ButtonLink href="/mentors" className="mt-5">
        Find a mentor
      </ButtonLink>
    </Card>
  );
}

async function MentorSummary({ mentorId }: { mentorId: string }) {
  const [{ mentees, capacity }, pending] = await Promise.all([getRoster({ mentorId }), pendingRequests(mentorId)]);
  return (
    <Card aria-labelledby="mentoring-heading" data-testid="mentoring-summary">
      <h2 id="mentoring-heading" className="text-lg font-semibold text-gray-900">
        Your mentees
      </h2>
      <dl className="mt-4 grid grid-cols-2 gap-4">
        <div className="rounded-xl bg-gray-50 p-4">
          <dt className="text-sm font-medium text-gray-600">Roster</dt>
          <dd className="mt-1 text-2xl font-bold text-bruin-darker" data-testid="roster-summary">
            {mentees.length} of {capacity}
            <span className="block text-sm font-normal text-gray-700">mentees</span>
          </dd>
        </div>
        <div className="rounded-xl bg-gray-50 p-4">
          <dt className="text-sm font-medium text-gray-600">Waiting for you</dt>
          <dd className="mt-1 text-2xl font-bold text-bruin-darker" data-testid="pending-summary">
            {pending}
            <span className="block text-sm font-normal text-gray-700">{pending === 1 ? "request" : "requests"}</span>
          </dd>
        </div>
      </dl>
      <ButtonLink href="/mentees" className="mt-5">
        {pending > 0 ? "Answer requests" : "Go to my mentees"}
      </ButtonLink>
    </Card>
  );
}

/**
 * What is waiting for the user: "2 new requests", "1 unread conversation" (issue 11), each a link
 * to where it is answered. Nothing when nothing waits.
 */
async function UnreadMarkers({ userId, role, mentorId }: { userId: string; role: "MENTEE" | "MENTOR"; mentorId: string | null }) {
  const { newRequests, unreadConversations, unreadByPartner } = await unreadMarkers(userId, role);
  if (newRequests === 0 && unreadConversations === 0) return null;
  const [onlyPartner] = unreadByPartner.keys();
  const conversationHref = role === "MENTEE" && mentorId ? chatHref(mentorId) : unreadConversations === 1 && onlyPartner ? chatHref(onlyPartner) : "/mentees";
  return (
    <Alert tone="info" title="Waiting for you" data-testid="unread-markers">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {newRequests > 0 && (
          <li>
            <TextLink href="/mentees#incoming" data-testid="marker-requests">
              {countLabel(newRequests, "new request", "new requests")}
            </TextLink>
          </li>
        )}
        {unreadConversations > 0 && (
          <li>
            <TextLink href={conversationHref} data-testid="marker-conversations">
              {countLabel(unreadConversations, "unread conversation", "unread conversations")}
            </TextLink>
          </li>
        )}
      </ul>
    </Alert>
  );
}
