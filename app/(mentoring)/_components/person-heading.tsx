import { Avatar } from "@/components/avatar";
import type { PersonView } from "../_lib/people";

/**
 * Avatar, name, year and majors of a person: the top of every mentor and mentee card. The name is
 * the card's heading, so `headingId` can label the card.
 */
export function PersonHeading({ person, headingId, level = 3, size = "md" }: { person: PersonView; headingId?: string; level?: 2 | 3; size?: "sm" | "md" | "lg" }) {
  const Heading = level === 2 ? "h2" : "h3";
  const studies = person.majors.length > 0 ? person.majors.join(", ") : "Major not given yet";
  return (
    <div className="flex min-w-0 items-center gap-3">
      {/* The name is the heading right next to it: the picture adds nothing to read out. */}
      <span aria-hidden className="shrink-0">
        <Avatar name={person.name} url={person.pictureUrl || undefined} size={size} />
      </span>
      <div className="min-w-0">
        <Heading id={headingId} className="break-words text-lg font-semibold text-gray-900">
          {person.name}
        </Heading>
        <p className="break-words text-sm text-gray-700">
          {[person.year, studies].filter(Boolean).join(" · ")}
          {person.minors.length > 0 && <span className="text-gray-600"> · Minor: {person.minors.join(", ")}</span>}
        </p>
      </div>
    </div>
  );
}
