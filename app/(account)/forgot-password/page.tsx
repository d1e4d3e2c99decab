import type { Metadata } from "next";
import { EmailForm } from "@/components/forms/email-form";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { sendPasswordResetLink } from "./actions";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <Card>
      <CardHeader title="Forgot your password?">
        <p>Enter the email of your account and we&rsquo;ll send you a link to choose a new password.</p>
      </CardHeader>
      <EmailForm action={sendPasswordResetLink} submitLabel="Email me a reset link" />
      <CardFooter>
        <p>
          Remembered it? <TextLink href="/login">Log in</TextLink>
        </p>
        <p>
          Account scheduled for deletion? A reset works until the grace period ends; then{" "}
          <TextLink href="/recover">recover your account</TextLink> with the new password.
        </p>
      </CardFooter>
    </Card>
  );
}
