"use client";

/**
 * What a page shows when rendering it failed on the server: in practice a database that stopped
 * answering (lib/db-health.ts; once the app knows, proxy.ts answers with its own 503 page first).
 * Production hides the cause from the browser, so the advice is the same for every error: it is
 * usually temporary, try again. "Try again" re-fetches the page from the server.
 */
import { useEffect, useRef } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    console.error(error);
    // The page changed under the reader: start them at the explanation, not at the old focus.
    heading.current?.focus();
  }, [error]);
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-10 sm:px-6 sm:py-16">
      <Card>
        <div ref={heading} tabIndex={-1} className="outline-none">
          <CardHeader title="We'll be right back">
            <p>BruinBridge could not load this page. This is usually over in a few moments: please try again shortly.</p>
          </CardHeader>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
