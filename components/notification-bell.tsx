"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { cn } from "@/lib/cn";

/**
 * Dispatched on `window` with `detail: { unread: number }` by whatever learns the unread count
 * (the chat's poll, the notifications page), so the bell follows without a request of its own.
 */
export const NOTIFICATIONS_EVENT = "bruinbridge:notifications";

export function announceUnread(unread: number): void {
  window.dispatchEvent(new CustomEvent(NOTIFICATIONS_EVENT, { detail: { unread } }));
}

export const bellLabel = (unread: number) => (unread > 0 ? `Notifications, ${unread} unread` : "Notifications, none unread");

/**
 * The header's bell: a link to /notifications with the unread count. The server renders the
 * count; the bell asks again after each client-side navigation (the layout is not re-rendered
 * then) and takes the count the chat's poll announces.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const pathname = usePathname();
  const [unread, setUnread] = useState(initialUnread);
  // A server re-render (router.refresh) brings a new count: take it.
  const [seenInitial, setSeenInitial] = useState(initialUnread);
  if (seenInitial !== initialUnread) {
    setSeenInitial(initialUnread);
    setUnread(initialUnread);
  }

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/notifications", { cache: "no-store", headers: { accept: "application/json" }, signal: controller.signal })
      .then(async (response) => {
        if (response.ok) setUnread(((await response.json()) as { unread: number }).unread);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);

  useEffect(() => {
    const onCount = (event: Event) => {
      const count = (event as CustomEvent<{ unread?: unknown }>).detail?.unread;
      if (typeof count === "number") setUnread(count);
    };
    window.addEventListener(NOTIFICATIONS_EVENT, onCount);
    return () => window.removeEventListener(NOTIFICATIONS_EVENT, onCount);
  }, []);

  const current = pathname === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-label={bellLabel(unread)}
      aria-current={current ? "page" : undefined}
      data-testid="notification-bell"
      className={cn(
        "relative inline-grid size-10 shrink-0 place-items-center rounded-lg text-bruin-dark hover:bg-bruin-light",
        current && "bg-bruin-light text-bruin-darker",
      )}
    >
      <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" className="size-6">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden className="absolute -top-0.5 -right-0.5 grid min-w-5 place-items-center rounded-full bg-red-700 px-1 text-xs leading-5 font-bold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
