import Link from "next/link";
import { ACTION_LABELS, type AuditAction } from "@/lib/audit/actions";
import type { AuditEntry } from "@/lib/audit/audit-entry";
import { LocalTime } from "@/components/local-time";
// A date inside a detail is part of a sentence of text: written in UCLA time with its zone name.
import { formatDateTime } from "../_lib/format";

const actionLabel = (action: string) => (Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action as AuditAction] : action);

/** A detail's value as text: strings as they are, lists item by item, objects as "key value" pairs. */
function detailText(value: unknown): string {
  if (typeof value === "string") return ISO_INSTANT.test(value) ? formatDateTime(value) : value;
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map(detailText).join("; ") || "none";
  if (typeof value === "object") return Object.entries(value).map(([key, inner]) => `${detailKey(key)} ${detailText(inner)}`).join(", ");
  return String(value);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const detailKey = (key: string) => key.replaceAll("_", " ");

/** An actor or target: a link to the log filtered to that email ("system" and blanks stay text). */
function Who({ email, filter }: { email: string; filter: "actor" | "target" }) {
  if (!email) return <span className="text-gray-600">—</span>;
  if (!email.includes("@")) return <span>{email}</span>;
  return (
    <Link href={`/admin/audit?${new URLSearchParams({ [filter]: email })}`} className="break-all rounded text-bruin-dark underline decoration-bruin/30 underline-offset-2 hover:decoration-current">
      {email}
    </Link>
  );
}

/**
 * Audit entries, newest first, as the user page's "History" and the audit log page show them.
 * The table scrolls inside its own region on a phone.
 */
export function AuditTable({ entries, caption, testId = "audit-table" }: { entries: AuditEntry[]; caption: string; testId?: string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-xl border border-gray-200 bg-white">
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-gray-300 bg-gray-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2.5 font-semibold">
              When
            </th>
            <th scope="col" className="px-3 py-2.5 font-semibold">
              Action
            </th>
            <th scope="col" className="px-3 py-2.5 font-semibold">
              By
            </th>
            <th scope="col" className="px-3 py-2.5 font-semibold">
              Account
            </th>
            <th scope="col" className="px-3 py-2.5 font-semibold">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const details = Object.entries(entry.details ?? {});
            return (
              <tr key={entry.id} className="border-b border-gray-100 align-top last:border-0" data-testid="audit-row">
                <td className="whitespace-nowrap px-3 py-2.5 text-gray-700">
                  <LocalTime iso={entry.at} style="dateTime" />
                </td>
                <td className="px-3 py-2.5">
                  <span className="block font-semibold text-gray-900" data-testid="audit-action">
                    {actionLabel(entry.action)}
                  </span>
                  <code className="text-xs text-gray-600">{entry.action}</code>
                </td>
                <td className="px-3 py-2.5">
                  <Who email={entry.actor} filter="actor" />
                </td>
                <td className="px-3 py-2.5">
                  <Who email={entry.target} filter="target" />
                </td>
                <td className="px-3 py-2.5">
                  {details.length === 0 && !entry.ip ? (
                    <span className="text-gray-600">—</span>
                  ) : (
                    <dl className="space-y-0.5">
                      {details.map(([key, value]) => (
                        <div key={key} className="flex gap-1">
                          <dt className="shrink-0 text-gray-600">{detailKey(key)}:</dt>
                          <dd className="break-words">{detailText(value)}</dd>
                        </div>
                      ))}
                      {entry.ip && (
                        <div className="flex gap-1">
                          <dt className="shrink-0 text-gray-600">IP:</dt>
                          <dd>{entry.ip}</dd>
                        </div>
                      )}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
