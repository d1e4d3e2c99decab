import type { ReactNode } from "react";

/** Account pages: one narrow card, centred. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-lg px-4 py-10 sm:px-6 sm:py-16">{children}</div>;
}
