import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { redirect } from "next/navigation";
import { listMessages, matchedPartner, serializeMessage } from "@/lib/chat/messages";
import { matchedPartnerById } from "@/lib/chat/partner";
import { isAppError } from "@/lib/errors";
import { endedMatchWith } from "@/lib/matching/end-match";
import { LocalTime } from "@/components/local-time";
import { PersonHeading } from "../../_components/person-heading";
import { chatHref, personView } from "../../_lib/people";
import { ChatRoom } from "./chat-room";

export const metadata: Metadata = { title: "Chat" };

/** Page params arrive still percent-encoded (`a%40ucla.edu`); route handlers' arrive decoded. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Where each role goes back to from a chat: the back link's label and the way out of a refused chat. */
const HOME = {
  MENTEE: { href: "/mentors", label: "Find a mentor", cta: "Find a mentor" },
  MENTOR: { href: "/mentees", label: "My mentees", cta: "Go to my mentees" },
  ADMIN: { href: "/dashboard", label: "Dashboard", cta: "Go to your dashboard" },
} as const;

function Unavailable({ home, ended }: { home: (typeof HOME)[keyof typeof HOME]; ended?: Awaited<ReturnType<typeof endedMatchWith>> }) {
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-10 sm:px-6 sm:py-16">
      <Card data-testid="chat-unavailable">
        <CardHeader title={ended ? "This mentorship has ended" : "This chat isn’t available"}>
          {ended ? (
            <p data-testid="chat-ended">
              Your mentorship with {ended.partnerName} ended{ended.endedAt ? <> on <LocalTime iso={ended.endedAt.toISOString()} style="date" /></> : null}, so this chat is closed and its
              messages are gone.
            </p>
          ) : (
            <p>You can only chat with your matched mentor or mentee. If you were matched, the match has ended.</p>
          )}
        </CardHeader>
        <ButtonLink href={home.href} size="lg" className="w-full">
          {home.cta}
        </ButtonLink>
      </Card>
    </div>
  );
}

const isForbidden = (error: unknown) => isAppError(error) && error.code === "FORBIDDEN";

/**
 * The chat with a matched partner at /chat/<their user id>. An old address by email
 * (/chat/jane%40ucla.edu, from before issue 12, e.g. in an email or a bookmark) redirects to the id
 * when the two are still matched, and otherwise says the chat is not available, like an unknown id.
 */
export default async function ChatPage({ params }: { params: Promise<{ partner: string }> }) {
  const segment = decoded((await params).partner);
  const user = await requirePageUser(chatHref(segment));
  const home = HOME[user.role];

  if (segment.includes("@")) {
    let partnerId: string;
    try {
      partnerId = (await matchedPartner(user.id, segment)).id;
    } catch (error) {
      if (isForbidden(error)) return <Unavailable home={home} ended={await endedMatchWith(user.id, segment)} />;
      throw error;
    }
    redirect(chatHref(partnerId));
  }

  let conversation: Awaited<ReturnType<typeof listMessages>>;
  try {
    const { email } = await matchedPartnerById({ userId: user.id, partnerId: segment });
    conversation = await listMessages({ userId: user.id, partnerEmail: email });
  } catch (error) {
    if (isForbidden(error)) return <Unavailable home={home} ended={await endedMatchWith(user.id, segment)} />;
    throw error;
  }

  const partner = personView(conversation.partner);
  const partnerIsMentor = user.matchedMentorId === conversation.partner.id;
  return (
    <div className="mx-auto w-full max-w-3xl space-y-4 px-4 py-6 sm:px-6 sm:py-10">
      <p className="text-sm">
        <TextLink href={home.href}>
          <span aria-hidden>← </span>
          {home.label}
        </TextLink>
      </p>
      <section aria-labelledby="chat-title" className="overflow-hidden rounded-2xl border border-gray-200 bg-white shadow-sm">
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-gray-200 p-4 sm:p-5">
          <h1 id="chat-title" className="sr-only">
            Chat with {partner.name}
          </h1>
          <PersonHeading person={partner} level={2} />
          <p className="text-sm font-medium text-bruin-dark">{partnerIsMentor ? "Your mentor" : "Your mentee"}</p>
        </header>
        <ChatRoom me={{ email: user.email }} partner={{ id: partner.id, email: partner.email, name: partner.name, firstName: partner.firstName }} initialMessages={conversation.messages.map(serializeMessage)} />
      </section>
    </div>
  );
}
