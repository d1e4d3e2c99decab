import type { Metadata } from "next";
import { requirePageAdmin } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, TextField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextLink } from "@/components/ui/text-link";
import { listAudit, type AuditList } from "@/lib/admin/list-audit";
import { ACTION_LABELS, ADMIN_ACTIONS, SECURITY_ACTIONS } from "@/lib/audit/actions";
import { isAppError } from "@/lib/errors";
import { AdminShell } from "../_components/admin-shell";
import { AuditTable } from "../_components/audit-table";
import { Pagination } from "../_components/pagination";
import { hrefWith, pickQuery } from "../_lib/query";

export const metadata: Metadata = { title: "Audit log · Admin" };

const PATH = "/admin/audit";
const KEYS = ["actor", "target", "action", "page"] as const;

/**
 * The audit log: every admin change and the security events a coordinator needs when a student
 * writes in (logins, password changes and resets, deletions), newest first. Read-only: nothing in
 * the console or the API edits an entry.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = pickQuery(await searchParams, KEYS);
  await requirePageAdmin(hrefWith(PATH, query, { page: query.page }));

  let log: AuditList | null = null;
  let problem: string | null = null;
  try {
    log = await listAudit({ query });
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    problem = error.message;
  }
  const filtered = Boolean(query.actor || query.target || query.action);

  return (
    <AdminShell section="audit" title="Audit log" intro={<p>Who did what to which account, and when. Entries are never edited or removed.</p>}>
      <section aria-label="Filters" className="rounded-2xl border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
        <form action={PATH} method="get" className="grid gap-4 sm:grid-cols-3 sm:items-start">
          <TextField label="By (actor email)" name="actor" type="search" defaultValue={query.actor ?? ""} spellCheck={false} autoComplete="off" hint="Part of an email, or “system”." maxLength={254} />
          <TextField label="Account (target email)" name="target" type="search" defaultValue={query.target ?? ""} spellCheck={false} autoComplete="off" hint="Part of an email." maxLength={254} />
          <Field label="Action">
            {(control) => (
              <Select {...control} name="action" defaultValue={query.action ?? ""}>
                <option value="">Any action</option>
                <optgroup label="Admin changes">
                  {ADMIN_ACTIONS.map((action) => (
                    <option key={action} value={action}>
                      {ACTION_LABELS[action]}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Security events">
                  {SECURITY_ACTIONS.map((action) => (
                    <option key={action} value={action}>
                      {ACTION_LABELS[action]}
                    </option>
                  ))}
                </optgroup>
              </Select>
            )}
          </Field>
          <div className="flex gap-2 sm:col-span-3">
            <Button type="submit">Filter</Button>
            {filtered && (
              <ButtonLink href={PATH} variant="ghost">
                Clear filters
              </ButtonLink>
            )}
          </div>
        </form>
      </section>

      {problem && (
        <Alert tone="error" data-testid="query-error">
          <p>{problem}.</p>
          <p>
            <TextLink href={PATH}>Show the whole log</TextLink>
          </p>
        </Alert>
      )}

      {log && (
        <section aria-labelledby="entries-heading" className="space-y-4">
          <h2 id="entries-heading" className="sr-only">
            Entries
          </h2>
          {log.entries.length === 0 ? (
            <div className="rounded-2xl border border-dashed border-gray-300 bg-white p-8 text-center" data-testid="empty-state">
              <p className="font-semibold text-gray-900">{filtered ? "No entry matches these filters." : "Nothing has been logged yet."}</p>
              {filtered && (
                <p className="mt-2 text-sm text-gray-700">
                  <TextLink href={PATH}>Clear the filters</TextLink> to see every entry.
                </p>
              )}
            </div>
          ) : (
            <AuditTable entries={log.entries} caption="Audit log entries, newest first" />
          )}
          <Pagination path={PATH} query={query} page={log.page} perPage={log.per_page} total={log.total} noun="entries" />
        </section>
      )}
    </AdminShell>
  );
}
