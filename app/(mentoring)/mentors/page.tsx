import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { requirePageUser } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/avatar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { prisma } from "@/lib/db";
import { coolingOffByMentor } from "@/lib/matching/cooling-off";
import { pairScores } from "@/lib/matching/pair-scores";
import { listRequests, MAX_PENDING_REQUESTS, type RequestWithUsers } from "@/lib/matching/requests";
import { suggestMentors } from "@/lib/matching/suggest-mentors";
import { isProfileComplete } from "@/lib/users/serialize";
import { ActionButton } from "../_components/action-button";
import { ConfirmAction } from "../_components/confirm-action";
import { PageNotice } from "../_components/page-notice";
import { PersonHeading } from "../_components/person-heading";
import { ReasonChips } from "../_components/reason-chips";
import { RequestStatusBadge } from "../_components/request-status";
import { ScoreMeter } from "../_components/score-meter";
import { LocalTime } from "@/components/local-time";
import { chatHref, personView, type PersonView } from "../_lib/people";
import { unreadMessagesByPartner } from "@/lib/notifications/unread";
import { UnreadBadge } from "@/components/unread-badge";
import { blockMentor, withdrawMentorRequest } from "./actions";
import { EndMatch } from "./end-match";
import { RequestMentor } from "./request-mentor";

export const metadata: Metadata = { title: "Find a mentor" };

const NOTICES = {
  requested: "Request sent. You will see the mentor’s answer under “Your requests”.",
  withdrawn: "Request withdrawn.",
  blocked: "Mentor blocked. They will not be suggested to you again.",
  ended: "Your mentorship has ended. Your mentor has been told, and you can ask another mentor below.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MentorsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/mentors");
  if (user.role === "MENTOR") redirect("/mentees");
  const { notice } = await searchParams;

  if (user.role !== "MENTEE") {
    return (
      <PageShell>
        <Card>
          <p className="text-gray-700">Mentor suggestions are for mentees. Admin accounts do not request mentors.</p>
          <p className="mt-4">
            <TextLink href="/dashboard">Back to your dashboard</TextLink>
          </p>
        </Card>
      </PageShell>
    );
  }

  const requests = await listRequests({ userId: user.id });
  return (
    <PageShell>
      <PageNotice messages={NOTICES} value={notice} />
      {!isProfileComplete(user) && (
        <Alert tone="info" title="Complete your profile to get better suggestions" data-testid="profile-notice">
          <p>
            Your year, majors, clubs and background decide who fits you best. <TextLink href="/survey">Complete your profile</TextLink>
          </p>
        </Alert>
      )}
      {user.matchedMentorId ? <MatchedMentor menteeId={user.id} mentorId={user.matchedMentorId} /> : <Suggestions menteeId={user.id} requests={requests} />}
      <YourRequests requests={requests} />
    </PageShell>
  );
}

function PageShell({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-5xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-bruin-darker">Find a mentor</h1>
        <p className="text-gray-700">Student mentors ranked by what you share with them: majors, background, clubs and hobbies.</p>
      </header>
      {children}
    </div>
  );
}

async function pairScore(menteeId: string, mentorId: string) {
  return (await pairScores({ mentorId, menteeIds: [menteeId] })).get(menteeId);
}

async function MatchedMentor({ menteeId, mentorId }: { menteeId: string; mentorId: string }) {
  const [mentor, score, unread] = await Promise.all([prisma.user.findUniqueOrThrow({ where: { id: mentorId } }), pairScore(menteeId, mentorId), unreadMessagesByPartner(menteeId)]);
  const person = personView(mentor);
  return (
    <section aria-labelledby="your-mentor" className="space-y-4">
      <h2 id="your-mentor" className="text-xl font-semibold text-gray-900">
        Your mentor
      </h2>
      <article aria-labelledby="matched-mentor-name" data-testid="matched-mentor" className="space-y-5 rounded-2xl border border-bruin/30 bg-white p-6 shadow-sm sm:p-8">
        <PersonHeading person={person} headingId="matched-mentor-name" size="lg" />
        {person.goals && <p className="leading-relaxed text-gray-700">{person.goals}</p>}
        {score && (
          <div className="space-y-3">
            <ScoreMeter score={score.score} />
            <ReasonChips reasons={score.reasons} />
          </div>
        )}
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <ButtonLink href={chatHref(person.id)}>Open chat</ButtonLink>
          <UnreadBadge count={unread.get(mentorId) ?? 0} />
          <EndMatch mentorName={person.name} mentorFirstName={person.firstName} describedBy="matched-mentor-name" />
          <BlockMentor person={person} headingId="matched-mentor-name" />
        </div>
      </article>
      <p className="text-sm text-gray-700">You have a mentor, so we don’t suggest others. If the match ends, suggestions come back here.</p>
    </section>
  );
}

function BlockMentor({ person, headingId }: { person: PersonView; headingId: string }) {
  return (
    <ConfirmAction
      action={blockMentor}
      fields={{ mentor_email: person.email }}
      triggerLabel="Block"
      triggerDescribedBy={headingId}
      title={`Block ${person.name}?`}
      confirmLabel="Block mentor"
      pendingLabel="Blocking…"
    >
      <p>{person.firstName} will not be suggested to you again and cannot accept a request from you.</p>
      <p>Any match with them ends, with your chat, and your pending request to them is withdrawn.</p>
    </ConfirmAction>
  );
}

async function Suggestions({ menteeId, requests }: { menteeId: string; requests: RequestWithUsers[] }) {
  const [suggestions, coolingOff] = await Promise.all([suggestMentors({ menteeId }), coolingOffByMentor(menteeId)]);
  const pendingTo = new Set(requests.filter((r) => r.status === "PENDING").map((r) => r.mentorId));
  // At the limit the request buttons are disabled, and this says why before anyone writes a note.
  const atLimit = pendingTo.size >= MAX_PENDING_REQUESTS;
  return (
    <section aria-labelledby="suggestions" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="suggestions" className="text-xl font-semibold text-gray-900">
          Suggested mentors
        </h2>
        <p className="text-sm text-gray-700">
          {pendingTo.size} of {MAX_PENDING_REQUESTS} requests pending
        </p>
      </div>
      {atLimit && (
        <Alert tone="info" title={`You are waiting on ${MAX_PENDING_REQUESTS} requests`} id="pending-limit" data-testid="pending-limit">
          <p>That is the most you can have at once. Withdraw one under “Your requests”, or wait for an answer, to ask another mentor.</p>
        </Alert>
      )}
      {suggestions.length === 0 ? (
        <Card>
          <p className="font-semibold text-gray-900">No mentors are available right now.</p>
          <p className="mt-1 text-gray-700">Every mentor’s roster is full or nobody has signed up yet. New mentors join all the time — check back soon.</p>
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {suggestions.map(({ mentor, score, reasons, openSpots }) => {
            const person = personView(mentor);
            const headingId = `mentor-${mentor.id}`;
            return (
              <li key={mentor.id}>
                <article aria-labelledby={headingId} data-testid="mentor-card" className="flex h-full flex-col gap-4 rounded-2xl border border-gray-200 bg-white p-5 shadow-sm sm:p-6">
                  <PersonHeading person={person} headingId={headingId} />
                  {person.goals && (
                    <p className="break-words text-sm leading-relaxed text-gray-700" data-testid="mentor-goals">
                      <span className="font-semibold text-gray-900">About {person.firstName}: </span>
                      {person.goals}
                    </p>
                  )}
                  <ScoreMeter score={score} />
                  <ReasonChips reasons={reasons} />
                  <p className="text-sm text-gray-600">
                    {openSpots} {openSpots === 1 ? "spot" : "spots"} open
                  </p>
                  {coolingOff.has(mentor.id) && !pendingTo.has(mentor.id) && (
                    <p className="text-sm text-gray-800" id={`cooling-${mentor.id}`} data-testid="cooling-off">
                      {person.firstName} declined your request recently. You can ask again from <LocalTime iso={coolingOff.get(mentor.id)!.toISOString()} style="date" relative />.
                    </p>
                  )}
                  <div className="mt-auto flex flex-wrap items-center gap-2 border-t border-gray-100 pt-4">
                    {pendingTo.has(mentor.id) ? (
                      <Badge tone="gold">Request pending</Badge>
                    ) : (
                      <RequestMentor
                        mentor={{ email: person.email, name: person.name }}
                        describedBy={[headingId, coolingOff.has(mentor.id) ? `cooling-${mentor.id}` : atLimit ? "pending-limit" : ""].filter(Boolean).join(" ")}
                        disabled={atLimit || coolingOff.has(mentor.id)}
                      />
                    )}
                    <BlockMentor person={person} headingId={headingId} />
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function YourRequests({ requests }: { requests: RequestWithUsers[] }) {
  return (
    <section aria-labelledby="your-requests" className="space-y-4">
      <h2 id="your-requests" className="text-xl font-semibold text-gray-900">
        Your requests
      </h2>
      {requests.length === 0 ? (
        <Card>
          <p className="text-gray-700">You haven’t asked a mentor yet. Pick one above and send a request — you can wait on up to {MAX_PENDING_REQUESTS} at once.</p>
        </Card>
      ) : (
        <ul className="divide-y divide-gray-200 overflow-hidden rounded-2xl border border-gray-200 bg-white shadow-sm">
          {requests.map((request) => {
            const mentor = personView(request.mentor);
            const headingId = `request-${request.id}`;
            return (
              <li key={request.id} aria-labelledby={headingId} data-testid="sent-request" className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:p-5">
                <div className="flex min-w-0 flex-1 gap-3">
                  <span aria-hidden className="shrink-0">
                    <Avatar name={mentor.name} url={mentor.pictureUrl || undefined} size="sm" />
                  </span>
                  <div className="min-w-0 flex-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 id={headingId} className="break-words font-semibold text-gray-900">
                        {mentor.name}
                      </h3>
                      <RequestStatusBadge status={request.status} />
                    </div>
                    <p className="text-sm text-gray-600">Sent <LocalTime iso={request.createdAt.toISOString()} style="date" relative /></p>
                    {request.message && <p className="break-words text-sm text-gray-700">Your note: “{request.message}”</p>}
                    {request.status === "DECLINED" && (
                      <p className="break-words text-sm text-gray-900" data-testid="decline-reason">
                        {request.reason ? <>Their reason: “{request.reason}”</> : "They did not give a reason."}
                      </p>
                    )}
                    {request.status === "ENDED" && (
                      <p className="break-words text-sm text-gray-700" data-testid="ended-note">
                        This mentorship has ended{request.endedAt ? <> on <LocalTime iso={request.endedAt.toISOString()} style="date" /></> : null}.
                        {request.endReason ? <> Reason given: “{request.endReason}”</> : null}
                      </p>
                    )}
                    {request.status === "CLOSED" && <p className="text-sm text-gray-700">Closed automatically when you were matched with another mentor.</p>}
                  </div>
                </div>
                {request.status === "PENDING" && (
                  <ActionButton action={withdrawMentorRequest} fields={{ requestId: request.id }} label="Withdraw" pendingLabel="Withdrawing…" describedBy={headingId} variant="secondary" />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
