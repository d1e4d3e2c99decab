import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { fullName, isProfileComplete } from "@/lib/users/serialize";

export const metadata: Metadata = { title: "Dashboard" };

const ROLE_LABELS = { MENTEE: "Mentee", MENTOR: "Mentor", ADMIN: "Admin" } as const;

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  const hasName = Boolean(user.firstName.trim() || user.lastName.trim());
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10 sm:px-6 sm:py-14">
      <header className="space-y-1">
        <h1 className="break-words text-3xl font-bold text-bruin-darker">Hi, {hasName ? fullName(user) : user.email}</h1>
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

      <Card aria-labelledby="account-heading">
        <h2 id="account-heading" className="text-lg font-semibold text-gray-900">
          Your account
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-[10rem_1fr]">
          <dt className="text-sm font-medium text-gray-600">Email</dt>
          <dd className="-mt-3 break-words font-medium text-gray-900 sm:mt-0" data-testid="account-email">
            {user.email}
          </dd>
          <dt className="text-sm font-medium text-gray-600">Role</dt>
          <dd className="-mt-3 font-medium text-gray-900 sm:mt-0" data-testid="account-role">
            {ROLE_LABELS[user.role]}
          </dd>
        </dl>
      </Card>
    </div>
  );
}
