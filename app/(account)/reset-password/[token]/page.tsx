import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { passwordUserInputs } from "@/lib/users/password-strength";
import { resetLinkUser } from "@/lib/users/reset-password";
import { setNewPassword } from "./actions";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the address: keep it out of Referer headers.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/**
 * Checks the link when the page loads (reading only: opening it, or a mail scanner prefetching it,
 * never uses it up). A used, expired or replaced link shows why and the way to a new one instead of
 * a form that would fail after the student typed a password twice.
 */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await resetLinkUser(token);
  if (!user) {
    return (
      <Card>
        <CardHeader title="This reset link can’t be used" />
        <Alert tone="error" data-testid="reset-link-error">
          <p>
            The link has already been used, has expired or was replaced by a newer one. Reset links work once, for a short time, and
            only the newest one works.
          </p>
        </Alert>
        <div className="mt-6">
          <ButtonLink href="/forgot-password" size="lg" className="w-full">
            Send me a new link
          </ButtonLink>
        </div>
        <CardFooter>
          <p>
            Remembered your password? <TextLink href="/login">Log in</TextLink>
          </p>
        </CardFooter>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader title="Choose a new password">
        <p>After the change you&rsquo;ll be logged out everywhere; log in again with the new password.</p>
      </CardHeader>
      <ResetPasswordForm action={setNewPassword.bind(null, token)} userInputs={passwordUserInputs(user.email, user.firstName, user.lastName)} />
    </Card>
  );
}
