import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { logout } from "./actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "BruinBridge — find a mentor among fellow Bruins", template: "%s · BruinBridge" },
  description: "BruinBridge matches UCLA students with student mentors who share their majors, clubs and background.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2774AE" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: proxy.ts gives each response its own CSP nonce, which Next
  // can only put on the scripts of a page it renders now (a prerendered page would be blocked).
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only rounded bg-white px-3 py-2 text-bruin-dark focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
          Skip to content
        </a>
        <SiteHeader logout={logout} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <footer className="border-t border-gray-200 bg-white">
          <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-gray-600 sm:px-6">
            BruinBridge is run by UCLA students for UCLA students. Sign-up needs a ucla.edu address.
          </div>
        </footer>
      </body>
    </html>
  );
}
