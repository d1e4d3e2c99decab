import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { PageNotice } from "@/app/(mentoring)/_components/page-notice";
import { requirePageAdmin } from "@/app/_lib/session";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { cn } from "@/lib/cn";
import { isAppError } from "@/lib/errors";
import { getRun } from "@/lib/matching/cohort/runs/get-run";
import { runChanges, type RunChanges } from "@/lib/matching/cohort/runs/run-changes";
import type { Run, UnmatchedWhy } from "@/lib/matching/cohort/runs/run-model";
import { AdminShell } from "../../_components/admin-shell";
import { formatCount, plural } from "../../_lib/format";
import { discardAction, publishAction, type RunNotice } from "../actions";
import { Adjustments } from "../_components/adjustments";
import { Pager } from "../_components/pager";
import { RunAction } from "../_components/run-action";
import { formatSeconds, RunStatus } from "../_components/run-status";
import { SolveForm } from "../_components/solve-form";

export const metadata: Metadata = { title: "Matching run · Admin" };

/** Rows per page of the pairs and of the unmatched mentees: 2,000 pairs render as 20 light pages. */
const PER_PAGE = 100;
/** Entries of each "what changed" list shown; the counts are always complete. */
const CHANGES_SHOWN = 20;

const NOTICES: Record<RunNotice, string> = {
  published: "Published. The matches below were made and both sides were notified.",
  discarded: "Discarded. Nothing was matched.",
};

const WHY: Record<UnmatchedWhy, string> = {
  "no mentor allowed": "No mentor allowed (every mentor with a seat is blocked or forbidden)",
  "no seats left": "No seats left (the mentors allowed are full)",
};

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

async function loadRun(runId: string): Promise<Run | null> {
  try {
    return await getRun({ runId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

function Figure({ label, value, testId }: { label: string; value: ReactNode; testId: string }) {
  return (
    <div className="rounded-xl border border-gray-200 bg-white p-4">
      <dt className="text-sm text-gray-700">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums text-bruin-darker" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? <li className="text-gray-700">and {formatCount(total - shown)} more</li> : null;
}

function Changes({ changes, previousId }: { changes: RunChanges; previousId: string }) {
  const none = changes.added.length + changes.removed.length + changes.changed.length === 0;
  return (
    <Card className="space-y-4 p-4 sm:p-6" aria-labelledby="changes-heading">
      <h2 id="changes-heading" className="text-xl font-semibold text-bruin-darker">
        What changed
      </h2>
      <p className="text-gray-700">
        Against the <TextLink href={`/admin/matching/${previousId}`}>previous run</TextLink>:{" "}
        <span data-testid="changes-summary">
          {none ? "the same pairs." : `${plural(changes.added.length, "pair added", "pairs added")}, ${plural(changes.removed.length, "pair removed", "pairs removed")}, ${plural(changes.changed.length, "mentee with another mentor", "mentees with another mentor")}.`}
        </span>
      </p>
      {!none && (
        <div className="grid gap-4 text-sm md:grid-cols-3">
          <div>
            <h3 className="font-semibold">Added</h3>
            <ul className="mt-1 space-y-1 [overflow-wrap:anywhere]" data-testid="changes-added">
              {changes.added.length === 0 && <li className="text-gray-700">None</li>}
              {changes.added.slice(0, CHANGES_SHOWN).map((pair) => (
                <li key={pair.mentee}>
                  {pair.mentee} → {pair.mentor}
                </li>
              ))}
              <More shown={CHANGES_SHOWN} total={changes.added.length} />
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">Removed</h3>
            <ul className="mt-1 space-y-1 [overflow-wrap:anywhere]" data-testid="changes-removed">
              {changes.removed.length === 0 && <li className="text-gray-700">None</li>}
              {changes.removed.slice(0, CHANGES_SHOWN).map((pair) => (
                <li key={pair.mentee}>
                  {pair.mentee} → {pair.mentor}
                </li>
              ))}
              <More shown={CHANGES_SHOWN} total={changes.removed.length} />
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">Another mentor</h3>
            <ul className="mt-1 space-y-1 [overflow-wrap:anywhere]" data-testid="changes-changed">
              {changes.changed.length === 0 && <li className="text-gray-700">None</li>}
              {changes.changed.slice(0, CHANGES_SHOWN).map((change) => (
                <li key={change.mentee}>
                  {change.mentee}: {change.from} → {change.to}
                </li>
              ))}
              <More shown={CHANGES_SHOWN} total={changes.changed.length} />
            </ul>
          </div>
        </div>
      )}
    </Card>
  );
}

const th = "px-3 py-3 text-left font-semibold text-gray-900";

export default async function MatchingRunPage({ params, searchParams }: { params: Promise<{ runId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { runId } = await params;
  const path = `/admin/matching/${encodeURIComponent(runId)}`;
  await requirePageAdmin(path);
  const run = await loadRun(runId);
  if (!run) notFound();
  const query = await searchParams;
  const previous = run.previousRunId ? await loadRun(run.previousRunId) : null;
  const changes = previous ? runChanges(run.pairs, previous.pairs) : null;

  const pages = { page: pageParam.parse(query.page), upage: pageParam.parse(query.upage) };
  const pairs = run.pairs.slice((pages.page - 1) * PER_PAGE, pages.page * PER_PAGE);
  const unmatched = run.unmatched.slice((pages.upage - 1) * PER_PAGE, pages.upage * PER_PAGE);
  const draft = run.status === "DRAFT";
  const title = draft ? "Matching draft" : run.status === "PUBLISHED" ? "Published matching" : "Discarded draft";

  return (
    <AdminShell
      section="matching"
      title={title}
      intro={
        <div className="flex flex-wrap items-center gap-2">
          <RunStatus status={run.status} />
          <span>
            Created <LocalTime iso={run.createdAt} /> by <span className="[overflow-wrap:anywhere]">{run.createdBy}</span>
            {run.decidedAt && run.decidedBy && (
              <>
                ; {run.status === "PUBLISHED" ? "published" : "discarded"} <LocalTime iso={run.decidedAt} /> by <span className="[overflow-wrap:anywhere]">{run.decidedBy}</span>
              </>
            )}
            .
          </span>
        </div>
      }
      actions={
        draft && (
          <>
            <RunAction
              action={publishAction}
              runId={run.id}
              triggerLabel="Publish"
              title="Publish this draft?"
              confirmLabel={`Publish ${plural(run.totals.pairs, "match", "matches")}`}
              pendingLabel="Publishing…"
              warnUnapplied
            >
              Each pair becomes a match now and both sides are notified. A pair whose mentee or mentor changed since this draft (matched elsewhere, full, deleted,
              blocked) is skipped and listed, never forced.
            </RunAction>
            <RunAction action={discardAction} runId={run.id} triggerLabel="Discard" tone="danger" title="Discard this draft?" confirmLabel="Discard draft" pendingLabel="Discarding…">
              Nobody is matched. The draft stays in the list as discarded.
            </RunAction>
          </>
        )
      }
    >
      <p>
        <TextLink href="/admin/matching">All runs</TextLink>
      </p>
      <PageNotice messages={NOTICES} value={query.notice} />

      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="sr-only">
          Totals
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
          <Figure label="Mentees waiting" value={formatCount(run.totals.mentees)} testId="total-mentees" />
          <Figure label="Pairs" value={formatCount(run.totals.pairs)} testId="total-pairs" />
          <Figure label="Unmatched" value={formatCount(run.unmatched.length)} testId="total-unmatched" />
          <Figure label="Total score" value={formatCount(run.totals.score)} testId="total-score" />
          <Figure label="Solve time" value={formatSeconds(run.totals.seconds)} testId="total-seconds" />
        </dl>
        <p className="text-sm text-gray-700">
          The most mentees that can be matched, and among those assignments the highest total compatibility
          {run.pin.length + run.forbid.length > 0 && `, keeping ${plural(run.pin.length, "pin", "pins")} and ${plural(run.forbid.length, "forbidden pair", "forbidden pairs")}`}.
        </p>
      </section>

      <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <TextLink href="#pairs">Pairs</TextLink>
        <TextLink href="#unmatched">Unmatched mentees</TextLink>
        <TextLink href="#adjust">{draft ? "Pin and forbid pairs" : "Pins and forbids"}</TextLink>
      </nav>

      {run.status === "PUBLISHED" && run.published !== null && (
        <Card className="space-y-3 p-4 sm:p-6" aria-labelledby="publish-heading" data-testid="publish-result">
          <h2 id="publish-heading" className="text-xl font-semibold text-bruin-darker">
            Publish result
          </h2>
          <p>
            <strong data-testid="published-count">{plural(run.published, "match", "matches")} made</strong>
            {run.skipped && run.skipped.length > 0 ? `, ${plural(run.skipped.length, "pair", "pairs")} skipped:` : "; none skipped."}
          </p>
          {run.skipped && run.skipped.length > 0 && (
            <ul className="space-y-1 text-sm [overflow-wrap:anywhere]" data-testid="skipped">
              {run.skipped.map((pair) => (
                <li key={pair.mentee}>
                  {pair.mentee} → {pair.mentor}: {pair.why}
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}

      {changes && previous && <Changes changes={changes} previousId={previous.id} />}

      <section aria-labelledby="pairs-heading" id="pairs" className="space-y-3">
        <h2 id="pairs-heading" className="text-xl font-semibold text-bruin-darker">
          Pairs
        </h2>
        {run.pairs.length === 0 ? (
          <p className="text-gray-700">No pairs: nobody waiting could be given a seat.</p>
        ) : (
          <>
            <div role="region" aria-labelledby="pairs-heading" tabIndex={0} className="overflow-x-auto rounded-2xl border border-gray-200 bg-white shadow-sm">
              <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="pairs-table">
                <thead className="border-b border-gray-300 bg-gray-50">
                  <tr>
                    <th scope="col" className={th}>Mentee</th>
                    <th scope="col" className={th}>Mentor</th>
                    <th scope="col" className={cn(th, "text-right")}>Score</th>
                    <th scope="col" className={cn(th, "hidden md:table-cell")}>Why they fit</th>
                  </tr>
                </thead>
                <tbody>
                  {pairs.map((pair) => (
                    <tr key={pair.mentee} className="border-b border-gray-100 align-top last:border-0" data-testid="pair-row">
                      <th scope="row" className="px-3 py-3 text-left font-normal [overflow-wrap:anywhere]">
                        {pair.mentee}
                        {pair.pinned && (
                          <Badge tone="gold" className="ml-2 px-2 py-0.5 text-xs">
                            Pinned
                          </Badge>
                        )}
                      </th>
                      <td className="px-3 py-3 [overflow-wrap:anywhere]">
                        {pair.mentor}
                        {/* Phones have no room for the reasons column: the reasons go under the mentor. */}
                        <p className="mt-1 text-xs text-gray-700 md:hidden" data-testid="pair-reasons-narrow">
                          {pair.reasons.length > 0 ? pair.reasons.join("; ") : "No reasons listed"}
                        </p>
                      </td>
                      <td className="px-3 py-3 text-right tabular-nums">{pair.score}</td>
                      <td className="hidden px-3 py-3 text-gray-700 md:table-cell">{pair.reasons.length > 0 ? pair.reasons.join("; ") : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager path={path} pages={pages} param="page" perPage={PER_PAGE} total={run.pairs.length} noun="pairs" anchor="pairs" />
          </>
        )}
      </section>

      <section aria-labelledby="unmatched-heading" id="unmatched" className="space-y-3">
        <h2 id="unmatched-heading" className="text-xl font-semibold text-bruin-darker">
          Unmatched mentees
        </h2>
        {run.unmatched.length === 0 ? (
          <p className="text-gray-700">Everyone waiting gets a mentor.</p>
        ) : (
          <>
            <ul className="divide-y divide-gray-100 rounded-2xl border border-gray-200 bg-white text-sm shadow-sm" data-testid="unmatched">
              {unmatched.map((entry) => (
                <li key={entry.mentee} className="flex flex-col gap-1 px-3 py-3 sm:flex-row sm:justify-between">
                  <span className="[overflow-wrap:anywhere]">{entry.mentee}</span>
                  <span className="text-gray-700">{WHY[entry.why]}</span>
                </li>
              ))}
            </ul>
            <Pager path={path} pages={pages} param="upage" perPage={PER_PAGE} total={run.unmatched.length} noun="unmatched mentees" anchor="unmatched" />
          </>
        )}
      </section>

      <Card id="adjust" className="space-y-4 p-4 sm:p-6" aria-labelledby="adjust-heading">
        <h2 id="adjust-heading" className="text-xl font-semibold text-bruin-darker">
          {draft ? "Pin and forbid pairs" : "Pins and forbids of this run"}
        </h2>
        {draft ? (
          <Adjustments pin={run.pin} forbid={run.forbid} />
        ) : (
          <>
            <p className="text-gray-700">
              {plural(run.pin.length, "pin", "pins")}, {plural(run.forbid.length, "forbidden pair", "forbidden pairs")}. A new draft can start from them.
            </p>
            <SolveForm pin={run.pin} forbid={run.forbid} label="New draft with these pins and forbids" pendingLabel="Solving the cohort…" variant="secondary" />
          </>
        )}
      </Card>
    </AdminShell>
  );
}
