import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const SECTIONS = [
  { key: "dashboard", href: "/admin", label: "Program" },
  { key: "users", href: "/admin/users", label: "Users" },
  { key: "matching", href: "/admin/matching", label: "Matching" },
  { key: "audit", href: "/admin/audit", label: "Audit log" },
] as const;

export type AdminSection = (typeof SECTIONS)[number]["key"];

interface AdminShellProps {
  section: AdminSection;
  title: ReactNode;
  intro?: ReactNode;
  /** Buttons or links beside the title (CSV exports). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every console page: the console's own navigation (the site header's "Admin" link
 * leads here), the page title, then the page. Wider than the student pages: the console's tables
 * need the room.
 */
export function AdminShell({ section, title, intro, actions, children }: AdminShellProps) {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6 sm:py-10">
      <nav aria-label="Admin console">
        <ul className="flex flex-wrap gap-2 border-b border-gray-200 pb-3">
          {SECTIONS.map((item) => {
            const current = item.key === section;
            return (
              <li key={item.key}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  className={cn("block rounded-lg px-3 py-2 text-sm font-semibold", current ? "bg-bruin-light text-bruin-darker shadow-[inset_0_-3px_0_#2774AE]" : "text-bruin-dark hover:bg-bruin-light")}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h1 className="break-words text-3xl font-bold text-bruin-darker">{title}</h1>
          {intro && <div className="text-gray-700">{intro}</div>}
        </div>
        {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
