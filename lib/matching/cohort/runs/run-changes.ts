/**
 * "What changed" between a run and the one before it (its `previousRunId`), by mentee: pairs added
 * (the mentee had no mentor in the previous run, or was not in it), removed (had one, has none now)
 * and changed (another mentor). Computed when shown, from the two snapshots: pure and cheap
 * (two maps of ≤ a few thousand entries).
 */
import type { RunPair } from "./run-model";

export interface RunChanges {
  added: RunPair[];
  removed: RunPair[];
  changed: { mentee: string; from: string; to: string; score: number }[];
}

export function runChanges(pairs: RunPair[], previous: RunPair[]): RunChanges {
  const before = new Map(previous.map((pair) => [pair.mentee, pair]));
  const now = new Set(pairs.map((pair) => pair.mentee));
  const changes: RunChanges = { added: [], removed: [], changed: [] };
  for (const pair of pairs) {
    const old = before.get(pair.mentee);
    if (!old) changes.added.push(pair);
    else if (old.mentor !== pair.mentor) changes.changed.push({ mentee: pair.mentee, from: old.mentor, to: pair.mentor, score: pair.score });
  }
  for (const pair of previous) if (!now.has(pair.mentee)) changes.removed.push(pair);
  return changes;
}
