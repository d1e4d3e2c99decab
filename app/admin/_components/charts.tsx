/**
 * The dashboard's charts, drawn on the server in HTML and CSS: no charting library and no client
 * JavaScript, so the console stays inside the first-load budget, the charts obey the CSP without a
 * nonce dance, and text stays at its real size on a 375 px phone (an SVG scaled to the width would
 * shrink its labels). Each chart is also a table: the rate bars are a data table with a bar drawn
 * in each row; the weekly columns carry their numbers in a table under "Show the numbers".
 */
import type { ReactNode } from "react";
import { formatCount, formatWeek, percent } from "../_lib/format";
import { cn } from "@/lib/cn";

interface ChartFrameProps {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}

/** A chart's figure: its title and what it shows come first, then the chart. */
function ChartFrame({ id, title, description, children }: ChartFrameProps) {
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-4" data-testid={id}>
      <figcaption className="space-y-1">
        <h3 id={`${id}-title`} className="text-lg font-semibold text-gray-900">
          {title}
        </h3>
        <p className="text-sm text-gray-700">{description}</p>
      </figcaption>
      {children}
    </figure>
  );
}

export interface RateRow {
  label: string;
  part: number;
  whole: number;
}

/**
 * Horizontal bars of a rate (matched mentees out of mentees) per group. The bars sit inside a data
 * table — group, rate, counts — so the chart and its table alternative are one element.
 */
export function RateBars({
  id,
  title,
  description,
  rows,
  partLabel,
  wholeLabel,
  groupLabel,
  children,
}: Omit<ChartFrameProps, "children"> & { rows: RateRow[]; partLabel: string; wholeLabel: string; groupLabel: string; children?: ReactNode }) {
  return (
    <ChartFrame id={id} title={title} description={description}>
      <table className="w-full table-fixed border-collapse text-sm">
        <thead>
          <tr className="border-b border-gray-300 text-left text-gray-700">
            <th scope="col" className="w-[7.25rem] py-2 pr-2 font-semibold sm:w-[28%]">
              {groupLabel}
            </th>
            <th scope="col" className="py-2 pr-2 font-semibold">
              Rate <span className="sr-only">(percent of {wholeLabel.toLowerCase()} who are {partLabel.toLowerCase()})</span>
            </th>
            <th scope="col" className="w-[4.75rem] py-2 text-right font-semibold sm:w-32">
              {partLabel} <span className="font-normal text-gray-600">of</span> {wholeLabel.toLowerCase()}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rate = percent(row.part, row.whole);
            return (
              <tr key={row.label} className="border-b border-gray-100 last:border-0">
                <th scope="row" className="break-words py-2.5 pr-2 text-left font-medium text-gray-900">
                  {row.label}
                </th>
                <td className="py-2.5 pr-2">
                  <div className="flex items-center gap-2">
                    <div aria-hidden className="h-4 min-w-0 flex-1 overflow-hidden rounded-sm bg-gray-200">
                      <div className="h-full rounded-sm bg-bruin" style={{ width: `${rate ?? 0}%` }} />
                    </div>
                    <span className="w-11 shrink-0 text-right font-semibold tabular-nums text-gray-900">
                      {rate === null ? (
                        <>
                          <span aria-hidden>—</span>
                          <span className="sr-only">none yet</span>
                        </>
                      ) : (
                        `${rate}%`
                      )}
                    </span>
                  </div>
                </td>
                <td className="py-2.5 text-right tabular-nums">
                  {formatCount(row.part)} of {formatCount(row.whole)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {children}
    </ChartFrame>
  );
}

export interface WeekCount {
  week: string;
  mentees: number;
  mentors: number;
}

/** The top of the y axis and its step: four steps of 1, 2, 2.5 or 5 × 10ⁿ covering the largest value. */
function axisScale(max: number): { top: number; step: number } {
  const rough = Math.max(max, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude);
  // Counts are whole: a fractional step would label the axis 0.25, 0.5…
  const whole = Math.max(1, Math.ceil(step));
  return { top: whole * 4, step: whole };
}

const SERIES = [
  { key: "mentees", label: "Mentees", bar: "bg-bruin", swatch: "bg-bruin" },
  // Gold is the accent; its dark outline keeps the bar at 3:1 against white (WCAG 1.4.11).
  { key: "mentors", label: "Mentors", bar: "bg-gold-dark ring-1 ring-inset ring-amber-800", swatch: "bg-gold-dark ring-1 ring-inset ring-amber-800" },
] as const;

/**
 * Sign-ups per week as paired columns (mentees, mentors). The week labels thin out to at most six
 * so they never overlap on a phone; the table below names every week.
 */
export function WeeklyColumns({ id, title, description, weeks }: Omit<ChartFrameProps, "children"> & { weeks: WeekCount[] }) {
  const { top, step } = axisScale(Math.max(0, ...weeks.flatMap((week) => [week.mentees, week.mentors])));
  const ticks = [0, 1, 2, 3, 4].map((index) => index * step);
  // At most six week labels from `sm` up, three on a phone, counted back from the newest week.
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 6));
  const phoneLabelEvery = Math.max(1, Math.ceil(weeks.length / 3));
  const columns = { gridTemplateColumns: `repeat(${weeks.length}, minmax(0, 1fr))` };

  return (
    <ChartFrame id={id} title={title} description={description}>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-gray-700" aria-label="Legend">
        {SERIES.map((series) => (
          <li key={series.key} className="flex items-center gap-2">
            <span aria-hidden className={cn("inline-block size-3.5 rounded-sm", series.swatch)} />
            {series.label}
          </li>
        ))}
      </ul>
      <div aria-hidden className="text-xs text-gray-700">
        <p className="mb-1 font-semibold">Sign-ups</p>
        <div className="flex">
          <div className="relative h-48 w-9 shrink-0">
            {ticks.map((tick) => (
              <span key={tick} className="absolute right-2 translate-y-1/2 tabular-nums" style={{ bottom: `${(tick / top) * 100}%` }}>
                {tick}
              </span>
            ))}
          </div>
          <div className="relative h-48 min-w-0 flex-1 border-b border-l border-gray-500">
            {ticks.slice(1).map((tick) => (
              <div key={tick} className="absolute inset-x-0 border-t border-dashed border-gray-200" style={{ bottom: `${(tick / top) * 100}%` }} />
            ))}
            <div className="relative grid h-full gap-1 px-1 sm:gap-2" style={columns}>
              {weeks.map((week) => (
                <div key={week.week} className="flex h-full items-end justify-center gap-px">
                  {SERIES.map((series) => (
                    <div key={series.key} className={cn("w-1/2 max-w-4 rounded-t-sm", series.bar)} style={{ height: `${(week[series.key] / top) * 100}%` }} />
                  ))}
                </div>
              ))}
            </div>
          </div>
        </div>
        <div className="flex">
          <div className="w-9 shrink-0" />
          <div className="grid min-w-0 flex-1 gap-1 px-1 pt-1 sm:gap-2" style={columns}>
            {weeks.map((week, index) => (
              <span key={week.week} className={cn("overflow-visible whitespace-nowrap text-center", (weeks.length - 1 - index) % phoneLabelEvery !== 0 && "max-sm:invisible")}>
                {(weeks.length - 1 - index) % labelEvery === 0 || (weeks.length - 1 - index) % phoneLabelEvery === 0 ? formatWeek(week.week) : ""}
              </span>
            ))}
          </div>
        </div>
        <p className="mt-1 text-center font-semibold">Week starting (Monday)</p>
      </div>
      <details className="group rounded-lg border border-gray-200">
        <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-semibold text-bruin-dark hover:bg-bruin-light">Show the numbers</summary>
        <div className="px-3 pb-3">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-gray-300 text-left">
                <th scope="col" className="py-2 pr-2 font-semibold">
                  Week starting
                </th>
                <th scope="col" className="py-2 pr-2 text-right font-semibold">
                  Mentees
                </th>
                <th scope="col" className="py-2 text-right font-semibold">
                  Mentors
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.week} className="border-b border-gray-100 last:border-0">
                  <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                    {formatWeek(week.week, { long: true })}
                  </th>
                  <td className="py-1.5 pr-2 text-right tabular-nums">{formatCount(week.mentees)}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatCount(week.mentors)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </ChartFrame>
  );
}

/** The Monday (UTC) of the ISO week holding `date`, as YYYY-MM-DD. */
export function mondayOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * The last `count` weeks up to the one holding `now`, oldest first, with the weeks nobody signed
 * up in as zeros: a gap in the data must not close up in the chart.
 */
export function recentWeeks(data: WeekCount[], now: Date, count = 12): WeekCount[] {
  const byWeek = new Map(data.map((row) => [row.week, row]));
  const last = new Date(`${mondayOf(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const monday = new Date(last);
    monday.setUTCDate(last.getUTCDate() - 7 * (count - 1 - index));
    const week = monday.toISOString().slice(0, 10);
    const row = byWeek.get(week);
    return { week, mentees: row?.mentees ?? 0, mentors: row?.mentors ?? 0 };
  });
}
