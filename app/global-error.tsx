"use client";

/**
 * The last resort when the root layout itself fails (its header reads the session and the
 * user's role, so a database that stops answering mid-request ends here). It replaces the whole
 * document, so it brings its own <html> and the global styles.
 */
import "./globals.css";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <title>We&apos;ll be right back · BruinBridge</title>
        <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-10 sm:px-6 sm:py-16">
          <Card>
            <CardHeader title="We'll be right back">
              <p>BruinBridge could not load this page. This is usually over in a few moments: please try again shortly.</p>
            </CardHeader>
            <Button onClick={() => retry()}>Try again</Button>
          </Card>
        </main>
      </body>
    </html>
  );
}
