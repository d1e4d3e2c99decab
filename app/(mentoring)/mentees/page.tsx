import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { requirePageUser } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { pairScores } from "@/lib/matching/pair-scores";
import { listRequests, type RequestWithUsers } from "@/lib/matching/requests";
import { capacity as programCapacity } from "@/lib/matching/queries";
import { getRoster } from "@/lib/users/roster";
import { unreadMessagesByPartner } from "@/lib/notifications/unread";
import { UnreadBadge } from "@/components/unread-badge";
import { ActionButton } from "../_components/action-button";
import { ConfirmAction } from "../_components/confirm-action";
import { PageNotice } from "../_components/page-notice";
import { PersonHeading } from "../_components/person-heading";
import { ReasonChips } from "../_components/reason-chips";
import { ScoreMeter } from "../_components/score-meter";
import { LocalTime } from "@/components/local-time";
import { chatHref, personView } from "../_lib/people";
import { acceptMenteeRequest, removeFromRoster } from "./actions";
import { DeclineRequest } from "./decline-request";
import { MentorSettingsForm } from "./mentor-settings-form";

export const metadata: Metadata = { title: "My mentees" };

const NOTICES = {
  accepted: "Request accepted. Your new mentee is under “My mentees” — say hello in the chat.",
  declined: "Request declined. The mentee can see your answer.",
  removed: "Mentee removed from your roster. Your chat with them has been deleted.",
  settings: "Availability saved.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MenteesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/mentees");
  if (user.role === "MENTEE") redirect("/mentors");
  const { notice } = await searchParams;

  if (user.role !== "MENTOR") {
    return (
      <PageShell>
        <Card>
          <p className="text-gray-700">Requests and rosters are for mentors. Admin accounts do not take mentees.</p>
          <p className="mt-4">
            <TextLink href="/dashboard">Back to your dashboard</TextLink>
          </p>
        </Card>
      </PageShell>
    );
  }

  const [requests, roster, unread] = await Promise.all([listRequests({ userId: user.id }), getRoster({ mentorId: user.id }), unreadMessagesByPartner(user.id)]);
  const pending = requests.filter((request) => request.status === "PENDING");
  const full = roster.mentees.length >= roster.capacity;
  return (
    <PageShell>
      <PageNotice messages={NOTICES} value={notice} />
      {!roster.acceptingMentees && (
        <Alert tone="info" title="You are not taking new mentees right now" data-testid="paused-notice">
          <p>
            Students do not see you among their suggestions and cannot send you new requests. <a href="#availability" className="font-semibold underline">Change your availability</a>
          </p>
        </Alert>
      )}
      <IncomingRequests mentorId={user.id} requests={pending} rosterFull={full} />
      <section aria-labelledby="my-mentees" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="my-mentees" className="text-xl font-semibold text-gray-900">
            My mentees
          </h2>
          <p className="text-sm font-medium text-gray-700" data-testid="roster-count">
            {roster.mentees.length} of {roster.capacity} mentees
          </p>
        </div>
        {roster.mentees.length === 0 ? (
          <Card>
            <p className="font-semibold text-gray-900">No mentees yet.</p>
            <p className="mt-1 text-gray-700">When you accept a request, your mentee shows up here with a link to your chat.</p>
          </Card>
        ) : (
          <ul className="divide-y divide-gray-200 overflow-hidden rounded-2xl border border-gray-200 bg-white shadow-sm">
            {roster.mentees.map((mentee) => {
              const person = personView(mentee);
              const headingId = `mentee-${mentee.id}`;
              return (
                <li key={mentee.id} aria-labelledby={headingId} data-testid="roster-mentee" className="flex flex-col gap-4 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
                  <div className="min-w-0 space-y-1">
                    <PersonHeading person={person} headingId={headingId} />
                    {mentee.matchedAt && <p className="text-sm text-gray-600 sm:pl-15">Your mentee since <LocalTime iso={mentee.matchedAt.toISOString()} style="date" /></p>}
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <ButtonLink href={chatHref(person.id)} aria-describedby={headingId}>
                      Open chat
                    </ButtonLink>
                    <UnreadBadge count={unread.get(mentee.id) ?? 0} />
                    <ConfirmAction
                      action={removeFromRoster}
                      fields={{ mentee_email: person.email }}
                      triggerLabel="Remove"
                      triggerVariant="secondary"
                      triggerDescribedBy={headingId}
                      title={`Remove ${person.name} from your roster?`}
                      confirmLabel="Remove mentee"
                      pendingLabel="Removing…"
                    >
                      <p>The match ends for both of you and your chat with {person.firstName} is deleted. They can look for another mentor.</p>
                    </ConfirmAction>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="availability" className="space-y-4">
        <div className="space-y-1">
          <h2 id="availability" className="scroll-mt-24 text-xl font-semibold text-gray-900">
            Your availability
          </h2>
          <p className="text-sm text-gray-700">Pause new requests when you are busy, and choose how many mentees you take at once.</p>
        </div>
        <Card>
          <MentorSettingsForm acceptingMentees={roster.acceptingMentees} capacity={roster.capacity} maxMentees={programCapacity()} rosterSize={roster.mentees.length} />
        </Card>
      </section>
    </PageShell>
  );
}

function PageShell({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-5xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-bruin-darker">My mentees</h1>
        <p className="text-gray-700">Answer requests from students who would like you as their mentor, and keep in touch with your mentees.</p>
      </header>
      {children}
    </div>
  );
}

async function IncomingRequests({ mentorId, requests, rosterFull }: { mentorId: string; requests: RequestWithUsers[]; rosterFull: boolean }) {
  const scores = await pairScores({ mentorId, menteeIds: requests.map((request) => request.menteeId) });
  return (
    <section aria-labelledby="incoming" className="space-y-4">
      <h2 id="incoming" className="text-xl font-semibold text-gray-900">
        Incoming requests
      </h2>
      {rosterFull && requests.length > 0 && (
        <Alert tone="info" title="Your roster is full" data-testid="roster-full">
          <p>Remove a mentee before you accept another request, or decline the requests you cannot take on.</p>
        </Alert>
      )}
      {requests.length === 0 ? (
        <Card>
          <p className="font-semibold text-gray-900">No requests yet.</p>
          <p className="mt-1 text-gray-700">Mentees who ask you to mentor them show up here. A complete profile helps the right students find you.</p>
        </Card>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {requests.map((request) => {
            const mentee = personView(request.mentee);
            const score = scores.get(request.menteeId);
            const headingId = `request-${request.id}`;
            return (
              <li key={request.id}>
                <article aria-labelledby={headingId} data-testid="incoming-request" className="flex h-full flex-col gap-4 rounded-2xl border border-gray-200 bg-white p-5 shadow-sm sm:p-6">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <PersonHeading person={mentee} headingId={headingId} />
                    <p className="text-sm text-gray-600">Sent <LocalTime iso={request.createdAt.toISOString()} style="date" relative /></p>
                  </div>
                  {mentee.background.length > 0 && (
                    <ul aria-label="Background" className="flex flex-wrap gap-2">
                      {mentee.background.map((item) => (
                        <li key={item} className="rounded-full border border-gray-300 px-3 py-1 text-xs font-medium text-gray-800">
                          {item}
                        </li>
                      ))}
                    </ul>
                  )}
                  {mentee.goals && (
                    <p className="text-sm leading-relaxed text-gray-700">
                      <span className="font-semibold text-gray-900">Goals: </span>
                      {mentee.goals}
                    </p>
                  )}
                  {request.message ? (
                    <blockquote className="break-words rounded-xl border-l-4 border-bruin bg-gray-50 px-4 py-3 text-gray-900" data-testid="request-message">
                      {request.message}
                    </blockquote>
                  ) : (
                    <p className="text-sm text-gray-600">No message with this request.</p>
                  )}
                  <div className="space-y-3">
                    <ScoreMeter score={score?.score ?? 0} />
                    <ReasonChips reasons={score?.reasons ?? []} />
                  </div>
                  <div className="mt-auto flex flex-wrap items-start gap-2 border-t border-gray-100 pt-4">
                    <ActionButton action={acceptMenteeRequest} fields={{ requestId: request.id }} label="Accept" pendingLabel="Accepting…" describedBy={headingId} />
                    <DeclineRequest requestId={request.id} menteeName={mentee.name} describedBy={headingId} />
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
