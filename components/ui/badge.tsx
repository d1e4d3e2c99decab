import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

type Tone = "blue" | "outline" | "gold";

const tones: Record<Tone, string> = {
  blue: "bg-bruin-light text-bruin-darker",
  outline: "border border-bruin/30 bg-white text-bruin-darker",
  // Gold is an accent: dark text on it keeps AA contrast.
  gold: "bg-gold/80 text-bruin-darker",
};

/** A short label drawn as a pill: a major, a background, a role. Lists of them wrap. */
export function Badge({ tone = "blue", className = "", ...props }: { tone?: Tone } & ComponentProps<"span">) {
  return <span {...props} className={cn("inline-flex items-center rounded-full px-3 py-1 text-sm font-medium", tones[tone], className)} />;
}
