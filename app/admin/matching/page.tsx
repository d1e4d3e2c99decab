import type { Metadata } from "next";
import { requirePageAdmin } from "@/app/_lib/session";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { listRuns } from "@/lib/matching/cohort/runs/list-runs";
import { AdminShell } from "../_components/admin-shell";
import { formatCount } from "../_lib/format";
import { formatSeconds, RunStatus } from "./_components/run-status";
import { SolveForm } from "./_components/solve-form";

export const metadata: Metadata = { title: "Matching · Admin" };

export default async function MatchingRunsPage() {
  await requirePageAdmin("/admin/matching");
  const runs = await listRuns();
  const open = runs.find((run) => run.status === "DRAFT");

  return (
    <AdminShell
      section="matching"
      title="Cohort matching"
      intro={
        <p className="max-w-3xl">
          Match every waiting mentee at once: a draft pairs each verified mentee without a mentor with a free seat of a live mentor, the most mentees possible and
          then the best total compatibility. Nothing changes for students until you publish a draft. Requests keep working meanwhile.
        </p>
      }
    >
      <Card className="space-y-3 p-4 sm:p-6">
        <h2 className="text-xl font-semibold text-bruin-darker">New draft</h2>
        <p className="text-gray-700">
          {open ? (
            <>
              A new draft replaces the open one (<TextLink href={`/admin/matching/${open.id}`}>see the open draft</TextLink>).
            </>
          ) : (
            "Solve the cohort as it is now. You can pin and forbid pairs on the draft and re-solve."
          )}
        </p>
        <SolveForm label="Create draft" pendingLabel="Solving the cohort…" />
      </Card>

      <section aria-labelledby="runs-heading" className="space-y-3">
        <h2 id="runs-heading" className="text-xl font-semibold text-bruin-darker">
          Runs
        </h2>
        {runs.length === 0 ? (
          <p className="text-gray-700" data-testid="runs-empty">
            No runs yet. Create the first draft above.
          </p>
        ) : (
          <div role="region" aria-labelledby="runs-heading" tabIndex={0} className="overflow-x-auto rounded-2xl border border-gray-200 bg-white shadow-sm">
            <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="runs-table">
              <thead className="border-b border-gray-300 bg-gray-50">
                <tr>
                  <th scope="col" className="px-3 py-3 text-left font-semibold text-gray-900">Created</th>
                  <th scope="col" className="px-3 py-3 text-left font-semibold text-gray-900">Status</th>
                  <th scope="col" className="px-3 py-3 text-right font-semibold text-gray-900">Pairs</th>
                  <th scope="col" className="hidden px-3 py-3 text-right font-semibold text-gray-900 sm:table-cell">Mentees</th>
                  <th scope="col" className="hidden px-3 py-3 text-right font-semibold text-gray-900 md:table-cell">Total score</th>
                  <th scope="col" className="hidden px-3 py-3 text-right font-semibold text-gray-900 md:table-cell">Solve time</th>
                  <th scope="col" className="hidden px-3 py-3 text-left font-semibold text-gray-900 lg:table-cell">By</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id} className="border-b border-gray-100 last:border-0">
                    <th scope="row" className="px-3 py-3 text-left font-normal">
                      <TextLink href={`/admin/matching/${run.id}`}>
                        <LocalTime iso={run.createdAt} />
                      </TextLink>
                    </th>
                    <td className="px-3 py-3">
                      <RunStatus status={run.status} />
                    </td>
                    <td className="px-3 py-3 text-right tabular-nums">
                      {run.status === "PUBLISHED" && run.published !== null ? `${formatCount(run.published)} of ${formatCount(run.totals.pairs)}` : formatCount(run.totals.pairs)}
                    </td>
                    <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell">{formatCount(run.totals.mentees)}</td>
                    <td className="hidden px-3 py-3 text-right tabular-nums md:table-cell">{formatCount(run.totals.score)}</td>
                    <td className="hidden px-3 py-3 text-right tabular-nums md:table-cell">{formatSeconds(run.totals.seconds)}</td>
                    <td className="hidden px-3 py-3 [overflow-wrap:anywhere] lg:table-cell">{run.createdBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </AdminShell>
  );
}
