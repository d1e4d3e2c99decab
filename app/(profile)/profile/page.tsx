import type { Metadata } from "next";
import { ROLE_LABELS } from "@/components/account-details";
import type { ReactNode } from "react";
import { requirePageUser } from "@/app/_lib/session";
import { Avatar } from "@/components/avatar";
import { ShownOnce } from "@/components/shown-once";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { BACKGROUND_FLAGS, YEARS } from "@/lib/users/profile-schemas";
import { isProfileComplete, ownName } from "@/lib/users/serialize";

export const metadata: Metadata = { title: "Your profile" };

type SearchParams = Record<string, string | string[] | undefined>;


function noticeOf(saved: string | string[] | undefined, role: keyof typeof ROLE_LABELS): string | null {
  if (saved === "survey") return "Thanks! Your profile is saved. This is what other students will see.";
  if (saved === "profile") return "Your changes are saved.";
  if (saved === "role") return `You are now a ${ROLE_LABELS[role].toLowerCase()}.`;
  return null;
}

/** "Not provided yet", with a link to the edit page: every empty part of the profile says so. */
function Empty({ what }: { what: string }) {
  return (
    <p className="text-gray-600">
      Not provided yet. <TextLink href="/profile/edit">Add {what}</TextLink>
    </p>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <dt className="text-sm font-semibold text-gray-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Chips({ items, label }: { items: string[]; label: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {items.map((item) => (
        <li key={item}>
          <Badge>{item}</Badge>
        </li>
      ))}
    </ul>
  );
}

function Paragraphs({ text, what }: { text: string; what: string }) {
  return text.trim() ? <p className="whitespace-pre-line break-words leading-relaxed text-gray-900">{text.trim()}</p> : <Empty what={what} />;
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageUser("/profile");
  const notice = noticeOf((await searchParams).saved, user.role);
  const hasName = Boolean(user.firstName.trim() || user.lastName.trim());
  const name = ownName(user);
  const year = YEARS.find((option) => option.value === user.year)?.label;
  const backgrounds = BACKGROUND_FLAGS.filter((flag) => user[flag.key]);

  return (
    <div className="space-y-6">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold text-bruin-darker">Your profile</h1>
          <p className="text-gray-700">This is what other students see when we suggest you.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/profile/edit">Edit profile</ButtonLink>
          <ButtonLink href="/profile/role" variant="secondary">
            Change role
          </ButtonLink>
        </div>
      </header>

      {notice && (
        <Alert tone="success" data-testid="notice">
          <p>{notice}</p>
          <ShownOnce params={["saved"]} />
        </Alert>
      )}
      {!isProfileComplete(user) && (
        <Alert tone="info" title="Your profile is not complete yet">
          <p>
            Add your name, year and at least one major so we can make good suggestions. <TextLink href="/survey">Take the survey</TextLink>
          </p>
        </Alert>
      )}

      <Card aria-label="Summary" className="flex flex-col items-center gap-5 text-center sm:flex-row sm:text-left">
        <Avatar name={name} url={user.profilePictureUrl || undefined} size="lg" />
        <div className="min-w-0 space-y-2">
          <h2 className="break-words text-2xl font-bold text-gray-900" data-testid="profile-name">
            {hasName ? name : "Your name is not provided yet"}
          </h2>
          <p className="flex flex-wrap items-center justify-center gap-2 sm:justify-start">
            <Badge tone="gold" data-testid="profile-role">
              {ROLE_LABELS[user.role]}
            </Badge>
            <span className="text-gray-700" data-testid="profile-year">
              {year ?? "Year not provided yet"}
            </span>
          </p>
          {!user.profilePictureUrl && (
            <p className="text-sm text-gray-600">
              <TextLink href="/profile/edit#picture">Add a profile picture</TextLink>
            </p>
          )}
        </div>
      </Card>

      <Card aria-labelledby="academics-heading">
        <h2 id="academics-heading" className="text-lg font-semibold text-gray-900">
          Academics
        </h2>
        <dl className="mt-4 grid gap-5 sm:grid-cols-2">
          <Item label="Majors">{user.major.length > 0 ? <Chips items={user.major} label="Majors" /> : <Empty what="your majors" />}</Item>
          <Item label="Minors">{user.minor.length > 0 ? <Chips items={user.minor} label="Minors" /> : <Empty what="your minors" />}</Item>
        </dl>
      </Card>

      <Card aria-labelledby="background-heading">
        <h2 id="background-heading" className="text-lg font-semibold text-gray-900">
          Background
        </h2>
        <div className="mt-4 space-y-4">
          {backgrounds.length > 0 || user.otherBackground.trim() ? (
            <>
              {backgrounds.length > 0 && (
                <ul className="flex flex-wrap gap-2" aria-label="Background">
                  {backgrounds.map((flag) => (
                    <li key={flag.key}>
                      <Badge tone="outline">{flag.label}</Badge>
                    </li>
                  ))}
                </ul>
              )}
              {user.otherBackground.trim() && <p className="whitespace-pre-line break-words leading-relaxed text-gray-900">{user.otherBackground.trim()}</p>}
            </>
          ) : (
            <Empty what="your background" />
          )}
        </div>
      </Card>

      <Card aria-labelledby="interests-heading">
        <h2 id="interests-heading" className="text-lg font-semibold text-gray-900">
          Interests &amp; goals
        </h2>
        <dl className="mt-4 space-y-5">
          <Item label="Hobbies">
            <Paragraphs text={user.hobbies} what="your hobbies" />
          </Item>
          <Item label="Clubs">
            <Paragraphs text={user.clubs} what="your clubs" />
          </Item>
          <Item label={user.role === "MENTOR" ? "What you can help with" : "Goals"}>
            <Paragraphs text={user.goals} what={user.role === "MENTOR" ? "what you can help with" : "your goals"} />
          </Item>
        </dl>
      </Card>
    </div>
  );
}
