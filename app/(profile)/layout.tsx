import type { ReactNode } from "react";

/** The profile pages: one column, wider than the account cards, with room for the sections. */
export default function ProfileLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-14">{children}</div>;
}
