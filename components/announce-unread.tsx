"use client";

import { useEffect } from "react";
import { announceUnread } from "./notification-bell";

/**
 * Tells the header's bell a count a page has just read (the notifications page after "Mark all as
 * read": a server action re-renders the page, not necessarily the layout that drew the bell).
 */
export function AnnounceUnread({ count }: { count: number }) {
  useEffect(() => announceUnread(count), [count]);
  return null;
}
