import { Badge } from "./ui/badge";

/** "2 unread" next to a conversation's link; nothing when all is read. */
export function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge tone="gold" data-testid="unread-chat" className="self-center">
      {count} unread {count === 1 ? "message" : "messages"}
    </Badge>
  );
}
