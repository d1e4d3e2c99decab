import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** An inline link in running text: underlined, so it is not told apart by colour alone. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      {...props}
      className={cn("rounded-sm font-semibold text-bruin-dark underline decoration-bruin/40 underline-offset-2 hover:text-bruin-darker hover:decoration-current", className)}
    />
  );
}
