import { ShownOnce } from "@/components/shown-once";
import { Alert } from "@/components/ui/alert";

/**
 * The confirmation of what an action just did. Actions whose item leaves the page redirect back
 * with `?notice=<key>`; only known keys show, so the address cannot put words on the page. It is
 * shown once: the parameter leaves the address as soon as the notice is on screen.
 */
export function PageNotice<K extends string>({ messages, value }: { messages: Record<K, string>; value: string | string[] | undefined }) {
  const text = typeof value === "string" && Object.hasOwn(messages, value) ? messages[value as K] : null;
  if (!text) return null;
  return (
    <Alert tone="success" data-testid="notice">
      <p>{text}</p>
      <ShownOnce params={["notice"]} />
    </Alert>
  );
}
