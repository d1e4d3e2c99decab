/** The compatibility score (0–100) as a labelled bar with its number. */
export function ScoreMeter({ score, label = "Compatibility" }: { score: number; label?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-gray-700">{label}</span>
        <span className="font-semibold text-bruin-darker" aria-hidden>
          {value}
          <span className="font-normal text-gray-600">/100</span>
        </span>
      </div>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100`}
        className="h-2 overflow-hidden rounded-full bg-gray-200"
      >
        <div className="h-full rounded-full bg-bruin" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
