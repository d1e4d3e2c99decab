import type { Metadata } from "next";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { RecoverForm } from "./recover-form";

export const metadata: Metadata = { title: "Recover my account" };

/** The public cancel of a deletion, for someone who is logged out (or prefers not to log in). */
export default function RecoverPage() {
  return (
    <Card>
      <CardHeader title="Recover my account">
        <p>
          Deleted your account by mistake? Until the grace period ends you can cancel the deletion with your email and password.
        </p>
      </CardHeader>
      <RecoverForm />
      <CardFooter>
        <p>
          Forgot your password? <TextLink href="/forgot-password">Reset it by email</TextLink>: a reset works during the grace period too
          (it does not cancel the deletion by itself), then come back here with the new password.
        </p>
      </CardFooter>
    </Card>
  );
}
