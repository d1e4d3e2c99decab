import type { Metadata } from "next";
import { Card, CardHeader } from "@/components/ui/card";
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
    </Card>
  );
}
