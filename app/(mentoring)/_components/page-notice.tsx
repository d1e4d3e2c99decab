import { Alert } from "@/components/ui/alert";

/**
 * The confirmation of what an action just did. Actions whose item leaves the page redirect back
 * with `?notice=<key>`; only known keys show, so the address cannot put words on the page.
 */
export function PageNotice<K extends string>({ messages, value }: { messages: Record<K, string>; value: string | string[] | undefined }) {
  const text = typeof value === "string" && Object.hasOwn(messages, value) ? messages[value as K] : null;
  if (!text) return null;
  return (
    <Alert tone="success" data-testid="notice">
      <p>{text}</p>
    </Alert>
  );
}
