import type { Metadata } from "next";
import { auth } from "@/auth";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Any unknown address, and what `notFound()` answers: a chat that is not yours, a user id that
 * does not exist, and the admin console for anyone who is not an admin (app/_lib/session.ts), so
 * the console is not advertised. Inside the site's layout, with a way back (issue 12).
 */
export default async function NotFound() {
  const signedIn = Boolean((await auth())?.user?.id);
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-10 sm:px-6 sm:py-16">
      <Card data-testid="not-found">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-bruin-dark">Error 404</p>
        <CardHeader title="We can’t find that page">
          <p>The link may be old or mistyped, or the page may have moved. Nothing is wrong with your account.</p>
        </CardHeader>
        <div className="flex flex-col gap-3 sm:flex-row">
          {signedIn ? (
            <>
              <ButtonLink href="/dashboard" size="lg">
                Go to your dashboard
              </ButtonLink>
              <ButtonLink href="/" size="lg" variant="secondary">
                Home page
              </ButtonLink>
            </>
          ) : (
            <>
              <ButtonLink href="/" size="lg">
                Go to the home page
              </ButtonLink>
              <ButtonLink href="/login" size="lg" variant="secondary">
                Log in
              </ButtonLink>
            </>
          )}
        </div>
        {!signedIn && (
          <p className="mt-6 text-sm text-gray-700">
            New to BruinBridge? <TextLink href="/register">Sign up with your UCLA email</TextLink>
          </p>
        )}
      </Card>
    </div>
  );
}
