"use client";

import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { durationParts, remainingInWords } from "@/lib/duration";

/** Ticks a few times a second; the snapshot is whole seconds, so React renders once per second. */
function subscribe(onTick: () => void) {
  const timer = setInterval(onTick, 250);
  return () => clearInterval(timer);
}
const nowInSeconds = () => Math.floor(Date.now() / 1000);

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The time left until `deadline`, updated every second. `role="timer"` is not a live region that
 * speaks every second: screen readers read it when the user reaches it. At zero the page is
 * rendered again by the server, which then says the account can no longer be recovered.
 */
export function Countdown({ deadline, renderedAt }: { deadline: string; renderedAt: number }) {
  const router = useRouter();
  const now = useSyncExternalStore(subscribe, nowInSeconds, () => renderedAt);
  const remaining = Math.max(0, Math.floor(Date.parse(deadline) / 1000) - now);
  const over = remaining === 0;

  useEffect(() => {
    if (over) router.refresh();
  }, [over, router]);

  const { days, hours, minutes, seconds } = durationParts(remaining);
  const units = [
    { value: String(days), label: days === 1 ? "day" : "days" },
    { value: pad(hours), label: hours === 1 ? "hour" : "hours" },
    { value: pad(minutes), label: minutes === 1 ? "minute" : "minutes" },
    { value: pad(seconds), label: seconds === 1 ? "second" : "seconds" },
  ];

  return (
    <div role="timer" aria-label="Time left to cancel" data-testid="countdown" className="rounded-xl border border-gray-200 bg-gray-50 p-4">
      <p aria-hidden className="grid grid-cols-4 gap-2 text-center">
        {units.map(({ value, label }) => (
          <span key={label.replace(/s$/, "")} className="rounded-lg border border-gray-200 bg-white px-1 py-3 shadow-sm">
            <span className="block text-2xl font-bold tabular-nums text-bruin-darker sm:text-3xl">{value}</span>
            <span className="mt-0.5 block text-xs font-medium uppercase text-gray-600 sm:tracking-wide">{label}</span>
          </span>
        ))}
      </p>
      <p className="sr-only">{over ? "The grace period is over." : `${remainingInWords(remaining)} left`}</p>
    </div>
  );
}
