import type { Metadata } from "next";
import { Card, CardHeader } from "@/components/ui/card";
import { setNewPassword } from "./actions";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the address: keep it out of Referer headers.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Shows the form only: opening the link (or a mail scanner prefetching it) never uses it up. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <Card>
      <CardHeader title="Choose a new password">
        <p>After the change you&rsquo;ll be logged out everywhere; log in again with the new password.</p>
      </CardHeader>
      <ResetPasswordForm action={setNewPassword.bind(null, token)} />
    </Card>
  );
}
