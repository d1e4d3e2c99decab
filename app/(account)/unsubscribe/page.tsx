import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { isAppError } from "@/lib/errors";
import { KIND_LABELS } from "@/lib/notifications/kinds";
import { unsubscribeWithLink } from "@/lib/notifications/settings";
import { ResubscribeForm } from "./resubscribe-form";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/**
 * The one-click unsubscribe link of a notification email (signed, lib/notifications/unsubscribe-token.ts):
 * opening it turns that kind of email off — no login — and says so, with a way back.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  let outcome: { kind: keyof typeof KIND_LABELS } | { error: string };
  try {
    outcome = await unsubscribeWithLink({ token: typeof token === "string" ? token : undefined });
  } catch (error) {
    if (!isAppError(error)) throw error;
    outcome = { error: error.message };
  }

  if ("error" in outcome) {
    return (
      <Card>
        <CardHeader title="We couldn't unsubscribe you" />
        <Alert tone="error" data-testid="unsubscribe-error">
          {outcome.error}
        </Alert>
        <CardFooter>
          <p>
            Signed in? Choose your emails in <TextLink href="/account#notifications-heading">account settings</TextLink>.
          </p>
        </CardFooter>
      </Card>
    );
  }

  const what = KIND_LABELS[outcome.kind].label.toLowerCase();
  return (
    <Card>
      <CardHeader title="You're unsubscribed">
        <p data-testid="unsubscribed">
          You will no longer get emails about <strong className="font-semibold text-gray-900">{what}</strong>. You&rsquo;ll still see them
          in your BruinBridge notifications, and security emails (password changes, account deletion) are always sent.
        </p>
      </CardHeader>
      <ResubscribeForm token={token as string} what={what} />
      <CardFooter>
        <p>
          Change any of your emails in <TextLink href="/account#notifications-heading">account settings</TextLink>.
        </p>
      </CardFooter>
    </Card>
  );
}
