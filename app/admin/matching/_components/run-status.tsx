import { Badge } from "@/components/ui/badge";
import type { RunSummary } from "@/lib/matching/cohort/runs/run-model";

const LABELS: Record<RunSummary["status"], string> = { DRAFT: "Draft", PUBLISHED: "Published", DISCARDED: "Discarded" };

export function RunStatus({ status }: { status: RunSummary["status"] }) {
  return (
    <Badge tone={status === "DRAFT" ? "gold" : status === "PUBLISHED" ? "blue" : "outline"} data-testid="run-status">
      {LABELS[status]}
    </Badge>
  );
}

export const formatSeconds = (seconds: number) => (seconds < 1 ? `${Math.max(1, Math.round(seconds * 1000))} ms` : `${seconds.toFixed(2)} s`);
