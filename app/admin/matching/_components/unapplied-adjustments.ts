"use client";

import { useSyncExternalStore } from "react";

/**
 * Whether the draft page's pins and forbids were changed without a re-solve. Those changes live
 * in the browser until "Re-solve" makes a new draft, so Publish (in the page header) would make
 * the pairs shown, not the ones the coordinator just pinned or forbade: its dialog warns first.
 */
let unapplied = false;
const listeners = new Set<() => void>();

export function setUnappliedAdjustments(value: boolean) {
  if (value === unapplied) return;
  unapplied = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnappliedAdjustments(): boolean {
  return useSyncExternalStore(subscribe, () => unapplied, () => false);
}
