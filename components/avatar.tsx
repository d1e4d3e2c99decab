import Image from "next/image";
import { cn } from "@/lib/cn";

type Size = "sm" | "md" | "lg";

const SIZES: Record<Size, { pixels: number; box: string; text: string }> = {
  sm: { pixels: 32, box: "size-8", text: "text-xs" },
  md: { pixels: 48, box: "size-12", text: "text-base" },
  lg: { pixels: 96, box: "size-24", text: "text-3xl" },
};

// Every pair keeps AA contrast between the initials and their circle.
const COLOURS = [
  "bg-bruin text-white",
  "bg-bruin-dark text-white",
  "bg-bruin-darker text-white",
  "bg-bruin-light text-bruin-darker",
  "bg-gold text-bruin-darker",
  "bg-sky-100 text-sky-900",
] as const;

/** "Jane Doe" → "JD", "Jane" → "J", "jdoe@ucla.edu" → "J". */
export function initialsOf(name: string): string {
  const words = name.split("@")[0]?.trim().split(/\s+/).filter(Boolean) ?? [];
  const first = words[0] ? Array.from(words[0])[0] : undefined;
  const last = words.length > 1 ? Array.from(words.at(-1) ?? "")[0] : undefined;
  return `${first ?? "?"}${last ?? ""}`.toUpperCase();
}

/** The same name always gets the same colour, so a person is easy to spot in a list. */
function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return COLOURS[hash % COLOURS.length] ?? COLOURS[0];
}

/**
 * A person's profile picture, or their initials on a coloured circle when they have none.
 * Either way it is an image named after the person (`name` is its text alternative).
 */
export function Avatar({ name, url, size = "md" }: { name: string; url?: string; size?: Size }) {
  const { pixels, box, text } = SIZES[size];
  if (url) {
    // Pictures are already 400×400 (our uploads or Cloudinary's crop): nothing for Next to resize.
    return <Image src={url} alt={name} width={pixels} height={pixels} unoptimized className={cn(box, "shrink-0 rounded-full bg-gray-100 object-cover")} />;
  }
  return (
    <span role="img" aria-label={name} className={cn(box, text, colourOf(name), "grid shrink-0 select-none place-items-center rounded-full font-semibold")}>
      <span aria-hidden>{initialsOf(name)}</span>
    </span>
  );
}
