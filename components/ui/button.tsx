import { cva, type VariantProps } from "class-variance-authority";
import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * The button look, also for links that act as buttons. Variants for dark surfaces (`onDark`,
 * `accent`) bring a white focus ring: the usual UCLA-blue ring is ~1.9:1 against the hero's dark
 * blue, under the 3:1 that WCAG 1.4.11 asks of a focus indicator.
 */
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-bruin text-white hover:bg-bruin-dark focus-visible:outline-bruin",
        secondary: "border border-bruin bg-white text-bruin-dark hover:bg-bruin-light focus-visible:outline-bruin",
        ghost: "text-bruin-dark hover:bg-bruin-light focus-visible:outline-bruin",
        danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
        /** An outlined button on a dark surface (the hero): white text and border, see-through. */
        onDark: "border border-white bg-transparent text-white hover:bg-white/10 focus-visible:outline-white",
        /** The gold call to action on a dark surface; dark text keeps AA contrast on gold. */
        accent: "bg-gold text-bruin-darker hover:bg-gold-dark focus-visible:outline-white",
      },
      size: { md: "px-4 py-2 text-sm", lg: "px-6 py-3 text-base" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

type ButtonVariantProps = VariantProps<typeof buttonVariants>;

export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  className = "",
  children,
  ...props
}: ComponentProps<"button"> & ButtonVariantProps & { pending?: boolean }) {
  return (
    <button {...props} disabled={pending || props.disabled} aria-busy={pending || undefined} className={cn(buttonVariants({ variant, size }), className)}>
      {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}

export function ButtonLink({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ComponentProps<typeof Link> & ButtonVariantProps) {
  return <Link {...props} className={cn(buttonVariants({ variant, size }), className)} />;
}
