/** Why a pair matches, as chips ("Both study Linguistics"). */
export function ReasonChips({ reasons, label = "Why you match" }: { reasons: string[]; label?: string }) {
  if (reasons.length === 0) return <p className="text-sm text-gray-600">No shared majors, clubs or background yet.</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {reasons.map((reason) => (
        <li key={reason} className="rounded-full bg-bruin-light px-3 py-1 text-xs font-medium text-bruin-darker">
          {reason}
        </li>
      ))}
    </ul>
  );
}
