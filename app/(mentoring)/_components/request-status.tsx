import type { RequestStatus } from "@prisma/client";
import { Badge } from "@/components/ui/badge";

const STATUS = {
  PENDING: { label: "Pending", tone: "gold" },
  ACCEPTED: { label: "Accepted", tone: "blue" },
  DECLINED: { label: "Declined", tone: "outline" },
  WITHDRAWN: { label: "Withdrawn", tone: "outline" },
} as const;

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { label, tone } = STATUS[status];
  return (
    <Badge tone={tone} data-testid="request-status">
      {label}
    </Badge>
  );
}
