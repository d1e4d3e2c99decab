"use client";

/**
 * The last resort when the root layout itself fails (its header reads the session and the
 * user's role, so a database that stops answering mid-request ends here). It replaces the whole
 * document, so it brings its own <html> and the global styles.
 */
import "./globals.css";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <title>We&apos;ll be right back · BruinBridge</title>
        {/* The layout's header is what failed, so the brand is drawn here; plain links load the page anew. */}
        <header className="border-b border-gray-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center px-4 py-3 sm:px-6">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the app's router is what failed */}
            <a href="/" className="flex items-center gap-2 rounded text-lg font-bold text-bruin-dark">
              <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-bruin text-sm text-white">
                BB
              </span>
              BruinBridge
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-10 sm:px-6 sm:py-16">
          <Card>
            <CardHeader title="We'll be right back">
              <p>BruinBridge could not load this page. This is usually over in a few moments: please try again shortly.</p>
            </CardHeader>
            <div className="flex flex-wrap gap-3">
              <Button onClick={() => retry()}>Try again</Button>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the app's router is what failed */}
              <a href="/" className={buttonVariants({ variant: "secondary" })}>
                Go to the home page
              </a>
            </div>
          </Card>
        </main>
      </body>
    </html>
  );
}
