import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { logout } from "@/app/actions";
import { DELETION_PAGE, requirePageUser } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { LocalTime } from "@/components/local-time";
import { CancelDeletionForm } from "./cancel-deletion-form";
import { Countdown } from "./countdown";

export const metadata: Metadata = { title: "Account scheduled for deletion" };

function LogoutForm() {
  return (
    <form action={logout}>
      <SubmitButton variant="secondary" size="lg" className="w-full">
        Log out
      </SubmitButton>
    </form>
  );
}

/** The signed-in account's pending deletion, as of this request; an account without one goes to /account. */
async function pendingDeletion() {
  const user = await requirePageUser(DELETION_PAGE, { allowDeleting: true });
  if (!user.isDeleted || !user.permanentDeletionDate) redirect("/account");
  const renderedAt = Math.floor(Date.now() / 1000);
  return {
    deadline: user.permanentDeletionDate.toISOString(),
    renderedAt,
    over: user.permanentDeletionDate.getTime() <= renderedAt * 1000,
  };
}

/** The one page an account inside its deletion grace period may see (app/_lib/session.ts). */
export default async function DeletionPage() {
  const { deadline, renderedAt, over } = await pendingDeletion();

  if (over) {
    return (
      <Card>
        <CardHeader title="Your account has been deleted">
          <p>
            The grace period ended on <LocalTime iso={deadline} className="font-semibold text-gray-900" />. This account can no longer
            be recovered; it will be removed permanently with its profile picture.
          </p>
        </CardHeader>
        <Alert tone="error" className="mb-6" data-testid="deletion-over">
          <p>This account can no longer be recovered.</p>
        </Alert>
        <LogoutForm />
        <CardFooter>
          <p>You can create a new account with the same email address once you have logged out.</p>
        </CardFooter>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader title="Your account is scheduled for deletion">
        <p>
          We will permanently delete your account and profile picture on{" "}
          <LocalTime iso={deadline} relative className="font-semibold text-gray-900" />. Until then, you can cancel and keep your account.
        </p>
      </CardHeader>
      <div className="space-y-6">
        <Countdown deadline={deadline} renderedAt={renderedAt} />
        <p className="text-sm leading-relaxed text-gray-700">
          Your profile is hidden while the deletion is pending. Cancelling brings back your account and profile; mentor matches,
          requests and chats that were removed do not come back.
        </p>
        <CancelDeletionForm />
        <LogoutForm />
      </div>
      <CardFooter>
        <p>
          Logged out, you can still cancel from the <TextLink href="/recover">recovery page</TextLink> before the deadline.
        </p>
      </CardFooter>
    </Card>
  );
}
