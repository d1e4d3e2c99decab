import type { Metadata } from "next";
import { currentSessionToken } from "@/auth";
import { AccountDetails } from "@/components/account-details";
import { requirePageUser } from "@/app/_lib/session";
import { ShownOnce } from "@/components/shown-once";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getEnv } from "@/lib/env";
import { hoursInWords } from "@/lib/duration";
import { listSessions } from "@/lib/users/list-sessions";
import { passwordUserInputs } from "@/lib/users/password-strength";
import { ChangePasswordForm } from "./change-password-form";
import { DeleteAccountForm } from "./delete-account-form";
import { Devices } from "./devices";
import { NotificationSettings } from "./notification-settings";
import { getNotificationSettings } from "@/lib/notifications/settings";

export const metadata: Metadata = { title: "Account settings" };


export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/account");
  const { restored } = await searchParams;
  const gracePeriod = hoursInWords(getEnv().ACCOUNT_RECOVERY_GRACE_PERIOD);
  const sessions = await listSessions({ userId: user.id, currentSessionToken: await currentSessionToken() });

  return (
    <div className="space-y-6">
      {restored === "1" && (
        <Alert tone="success" title="Your account is restored" data-testid="notice">
          <p>Welcome back! Your account and profile are active again. Mentor matches, requests and chats removed by the deletion do not come back.</p>
          <ShownOnce params={["restored"]} />
        </Alert>
      )}

      <Card>
        <CardHeader title="Account settings" />
        <AccountDetails email={user.email} role={user.role} labelWidth="6rem" />
      </Card>

      <section aria-labelledby="password-heading" className="rounded-2xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
        <h2 id="password-heading" className="text-xl font-bold text-bruin-darker">
          Change password
        </h2>
        <p className="mt-2 mb-5 text-sm leading-relaxed text-gray-700">
          Every other device is signed out when you change it; this one stays signed in.
        </p>
        <ChangePasswordForm userInputs={passwordUserInputs(user.email, user.firstName, user.lastName)} />
      </section>

      <NotificationSettings email={(await getNotificationSettings({ userId: user.id })).email} />

      <Devices sessions={sessions} />

      <section aria-labelledby="delete-heading" className="rounded-2xl border border-red-300 bg-white p-6 shadow-sm sm:p-8">
        <h2 id="delete-heading" className="text-xl font-bold text-red-800">
          Delete my account
        </h2>
        <div className="mt-3 space-y-4 leading-relaxed text-gray-700">
          <p>When you delete your account:</p>
          <ul className="list-disc space-y-1.5 pl-5">
            <li>Your profile is hidden at once: no one can find you or send you requests.</li>
            <li>
              Your mentor or mentees, your mentorship requests, your compatibility scores and your chats are removed immediately. They
              do not come back if you change your mind.
            </li>
            <li>You are signed out on every device.</li>
            <li>
              After <strong className="font-semibold text-gray-900">{gracePeriod}</strong>, your account and profile picture are
              deleted permanently.
            </li>
          </ul>
          <p>
            Changed your mind? Until then, log in and choose <strong className="font-semibold text-gray-900">Cancel deletion</strong>, or{" "}
            <TextLink href="/recover">recover your account</TextLink> with your email and password.
          </p>
        </div>
        <div className="mt-6 border-t border-red-200 pt-6">
          <DeleteAccountForm email={user.email} />
        </div>
      </section>
    </div>
  );
}
