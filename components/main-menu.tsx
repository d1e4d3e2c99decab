"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { SubmitButton } from "./ui/submit-button";
import { cn } from "@/lib/cn";

export interface NavLink {
  href: string;
  label: string;
}

const linkBase = "block rounded-lg px-3 py-3 text-base font-semibold transition-colors sm:py-2 sm:text-sm";
const linkIdle = "text-bruin-dark hover:bg-bruin-light";
// Not by colour alone: the current page also gets a bar under it (a bar at its side on phones).
const linkCurrent = "bg-bruin-light text-bruin-darker shadow-[inset_3px_0_0_#2774AE] sm:shadow-[inset_0_-3px_0_#2774AE]";

/** "page" on the link's own page, "true" on the pages below it (/profile/edit under Profile). */
function currentOf(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  return pathname.startsWith(`${href}/`) ? "true" : undefined;
}

/**
 * The signed-in part of the header. From `sm` up the links and Log out sit in the bar; on phones
 * they fold into a panel behind a Menu button (aria-expanded), which Escape, a click outside or a
 * new page closes. `logout` is the server action of "Log out", handed down by the root layout so
 * that components/ never imports from app/.
 */
export function MainMenu({ email, links, logout }: { email: string; links: NavLink[]; logout: () => Promise<void> }) {
  const pathname = usePathname();
  // Open "at" a path: moving to another page closes the menu without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenAt(null);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpenAt(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div ref={containerRef} className="flex min-w-0 items-center">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : pathname)}
        className="inline-flex items-center gap-2 rounded-lg border border-gray-300 px-3 py-2 text-sm font-semibold text-bruin-dark hover:bg-bruin-light sm:hidden"
      >
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-5">
          {open ? (
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          ) : (
            <path
              fillRule="evenodd"
              clipRule="evenodd"
              d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75ZM2 10a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1-.75-.75Z"
            />
          )}
        </svg>
        Menu
      </button>
      <div
        id={panelId}
        className={cn(
          open ? "flex" : "hidden",
          "absolute inset-x-0 top-full z-30 flex-col gap-1 border-b border-gray-200 bg-white px-4 pb-4 pt-2 shadow-lg sm:static sm:flex sm:min-w-0 sm:flex-row sm:items-center sm:gap-2 sm:border-0 sm:p-0 sm:shadow-none",
        )}
      >
        <ul className="flex flex-col gap-1 sm:flex-row sm:items-center">
          {links.map((link) => {
            const current = currentOf(pathname, link.href);
            return (
              <li key={link.href}>
                <Link href={link.href} aria-current={current} onClick={() => setOpenAt(null)} className={cn(linkBase, current ? linkCurrent : linkIdle, "whitespace-nowrap")}>
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="mt-2 flex min-w-0 flex-col gap-3 border-t border-gray-200 pt-3 sm:mt-0 sm:flex-row sm:items-center sm:border-0 sm:pl-2 sm:pt-0">
          <span className="min-w-0 truncate px-3 text-sm text-gray-600 sm:hidden sm:px-0 lg:block lg:max-w-56" data-testid="signed-in-as">
            {email}
          </span>
          <form action={logout} className="shrink-0">
            <SubmitButton variant="secondary" className="w-full whitespace-nowrap sm:w-auto">
              Log out
            </SubmitButton>
          </form>
        </div>
      </div>
    </div>
  );
}
