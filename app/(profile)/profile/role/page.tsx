import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { prisma } from "@/lib/db";
import { RoleSwitch } from "./role-switch";

export const metadata: Metadata = { title: "Your role" };

const ABOUT = {
  MENTEE: "As a mentee you get mentor suggestions ranked by what you share, ask a mentor to take you on and chat once they accept.",
  MENTOR: "As a mentor you are suggested to mentees who share your path, accept or decline their requests and chat with the mentees on your roster.",
  ADMIN: "As an admin you run the program.",
} as const;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export default async function RolePage() {
  const user = await requirePageUser("/profile/role");
  if (user.role === "ADMIN") {
    return (
      <Card>
        <h1 className="text-2xl font-bold text-bruin-darker">Your role: admin</h1>
        <p className="mt-3 text-gray-700">{ABOUT.ADMIN} Admin accounts keep their role.</p>
        <p className="mt-6 text-sm">
          <TextLink href="/profile">Back to your profile</TextLink>
        </p>
      </Card>
    );
  }

  const newRole = user.role === "MENTEE" ? "MENTOR" : "MENTEE";
  const [mentees, pendingRequests, mentor] = await Promise.all([
    user.role === "MENTOR" ? prisma.user.count({ where: { matchedMentorId: user.id } }) : Promise.resolve(0),
    prisma.mentorshipRequest.count({ where: { status: "PENDING", OR: [{ menteeId: user.id }, { mentorId: user.id }] } }),
    user.role === "MENTEE" && user.matchedMentorId
      ? prisma.user.findUnique({ where: { id: user.matchedMentorId }, select: { firstName: true, lastName: true, email: true } })
      : Promise.resolve(null),
  ]);
  // The mentor by name, as the student knows them; the email only for a mentor without one.
  const mentorName = mentor ? [mentor.firstName.trim(), mentor.lastName.trim()].filter(Boolean).join(" ") || mentor.email : null;
  const people =
    user.role === "MENTEE"
      ? mentorName
        ? `your mentor, ${mentorName}`
        : "your mentor, once you have one"
      : mentees > 0
        ? `your mentees (${plural(mentees, "mentee", "mentees")} on your roster)`
        : "your mentees, once you have some";
  const losses = [
    people,
    pendingRequests > 0 ? `your pending mentorship requests (${pendingRequests})` : "your pending mentorship requests",
    "your compatibility scores",
    "your chat history",
  ];

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <TextLink href="/profile">
            <span aria-hidden>←</span> Back to your profile
          </TextLink>
        </p>
        <h1 className="text-3xl font-bold text-bruin-darker">Your role</h1>
      </header>

      <Card aria-labelledby="current-role" className="space-y-3">
        <h2 id="current-role" className="flex flex-wrap items-center gap-2 text-lg font-semibold text-gray-900">
          You are a <Badge tone="gold" data-testid="current-role">{user.role === "MENTEE" ? "Mentee" : "Mentor"}</Badge>
        </h2>
        <p className="leading-relaxed text-gray-700">{ABOUT[user.role]}</p>
      </Card>

      <Card aria-labelledby="switch-heading" className="space-y-4">
        <h2 id="switch-heading" className="text-lg font-semibold text-gray-900">
          Switch to {newRole === "MENTOR" ? "mentor" : "mentee"}
        </h2>
        <p className="leading-relaxed text-gray-700">{ABOUT[newRole]}</p>
        <Alert tone="warning" role="note" title="Switching starts you over">
          <p>Before the switch we remove, for good:</p>
          <ul className="list-disc space-y-1 pl-5">
            {losses.map((loss) => (
              <li key={loss}>{loss}</li>
            ))}
          </ul>
          <p>Your profile answers stay as they are.</p>
        </Alert>
        <RoleSwitch newRole={newRole} losses={losses} />
      </Card>
    </div>
  );
}
