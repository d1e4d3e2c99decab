import type { RequestStatus } from "@prisma/client";
import { Badge } from "@/components/ui/badge";

const STATUS = {
  PENDING: { label: "Pending", tone: "gold" },
  ACCEPTED: { label: "Accepted", tone: "blue" },
  DECLINED: { label: "Declined", tone: "outline" },
  WITHDRAWN: { label: "Withdrawn", tone: "outline" },
  // Was accepted; the match has since ended (either side or the program ended it).
  ENDED: { label: "Ended", tone: "outline" },
  // Closed for the mentee: they were matched with another mentor while it was pending.
  CLOSED: { label: "Closed", tone: "outline" },
} as const;

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { label, tone } = STATUS[status];
  return (
    <Badge tone={tone} data-testid="request-status">
      {label}
    </Badge>
  );
}
