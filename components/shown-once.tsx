"use client";

import { useEffect } from "react";

/**
 * Makes a notice that came in the address (`?notice=requested`, `?saved=profile`) a one-time
 * message (issue 12): once it is on screen, the parameters are removed from the address with
 * history.replaceState, which Next's router follows. A reload, a bookmark, or the page rendered
 * again after a later action then no longer shows it. Render it next to the notice it clears.
 */
export function ShownOnce({ params }: { params: string[] }) {
  const key = params.join(",");
  useEffect(() => {
    const url = new URL(window.location.href);
    const names = key.split(",").filter((name) => url.searchParams.has(name));
    if (names.length === 0) return;
    for (const name of names) url.searchParams.delete(name);
    window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
  }, [key]);
  return null;
}
