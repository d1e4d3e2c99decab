import path from "node:path";
import type { Metadata } from "next";
import { EmailForm } from "@/components/forms/email-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { emailTransport } from "@/lib/email/send-email";
import { getEnv } from "@/lib/env";
import { resendVerificationLink } from "./actions";

export const metadata: Metadata = { title: "Check your inbox" };

/**
 * Where a development server writes emails instead of sending them, if it does. Production never
 * says so, even with EMAIL_FILE_PATH set (the e2e tests' sink): the hint and its server path are
 * for developers only (issue 12).
 */
function emailFolder(): string | null {
  const folder = getEnv().EMAIL_FILE_PATH;
  if (process.env.NODE_ENV !== "development" || emailTransport() !== "file" || !folder) return null;
  const relative = path.relative(process.cwd(), path.resolve(folder));
  return relative && !relative.startsWith("..") ? relative : path.resolve(folder);
}

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { email } = await searchParams;
  // `?email=` (from the sign-up and the login page's "send me a new link") only fills in the resend
  // form, where the student can see and correct it. The page never says it sent mail to an address
  // that came from a link (issue 12): anyone can write any address into one.
  const typed = typeof email === "string" ? email.trim().slice(0, 254) : "";
  const folder = emailFolder();
  return (
    <Card>
      <CardHeader title="Check your inbox">
        <p>
          We sent a verification link to the UCLA email address you signed up with.
          Open it to finish creating your account, then log in.
        </p>
      </CardHeader>
      {folder && (
        <Alert tone="info" title="Running BruinBridge on your own machine?" className="mb-6">
          <p>
            In development no email leaves the server: each one is written as a JSON file to <code className="break-words rounded bg-white/70 px-1 font-mono">{folder}/</code>.
            Open the newest file and follow the link in it.
          </p>
        </Alert>
      )}
      <h2 className="mb-1 text-lg font-semibold text-gray-900">No email?</h2>
      <p className="mb-4 text-gray-700">It can take a minute, and it may be in your spam folder. Or get a new link:</p>
      <EmailForm action={resendVerificationLink} submitLabel="Send a new link" defaultEmail={typed} />
      <CardFooter>
        <p>
          Already verified? <TextLink href="/login">Log in</TextLink>
        </p>
      </CardFooter>
    </Card>
  );
}
