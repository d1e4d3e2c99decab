import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { isAppError } from "@/lib/errors";
import { verifyEmail } from "@/lib/users/verify-email";

// The token is in the address: keep it out of Referer headers.
export const metadata: Metadata = { title: "Verify your email", referrer: "no-referrer" };

type Outcome = { kind: "verified" | "already-verified"; email: string } | { kind: "invalid" };

async function verify(token: string | string[] | undefined): Promise<Outcome> {
  if (typeof token !== "string" || !token) return { kind: "invalid" };
  try {
    const { email, alreadyVerified } = await verifyEmail({ token });
    return { kind: alreadyVerified ? "already-verified" : "verified", email };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { kind: "invalid" };
    throw error;
  }
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const outcome = await verify((await searchParams).token);

  if (outcome.kind === "invalid") {
    return (
      <Card>
        <CardHeader title="This link doesn’t work">
          <p>The verification link is invalid or has expired. Links work for a limited time, and only the newest one you were sent.</p>
        </CardHeader>
        <ButtonLink href="/check-email" size="lg" className="w-full">
          Get a new link
        </ButtonLink>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader title={outcome.kind === "verified" ? "Email verified" : "Email already verified"}>
        <p className="break-words">
          <strong className="font-semibold text-gray-900">{outcome.email}</strong>{" "}
          {outcome.kind === "verified" ? "is confirmed. Welcome to BruinBridge!" : "was verified before; there is nothing more to do."}
        </p>
      </CardHeader>
      <Alert tone="success" className="mb-6" data-testid="notice">
        <p>{outcome.kind === "verified" ? "Your account is ready." : "Your account is ready to use."} Log in to continue.</p>
      </Alert>
      {/* On to the login form with the address filled in: only the password is left to type. */}
      <ButtonLink href={`/login?${new URLSearchParams({ verified: "1", email: outcome.email })}`} size="lg" className="w-full">
        Log in
      </ButtonLink>
    </Card>
  );
}
