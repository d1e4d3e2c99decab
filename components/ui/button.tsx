import Link from "next/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "ghost" | "danger";
type Size = "md" | "lg";

const base =
  "inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60";
const variants: Record<Variant, string> = {
  primary: "bg-bruin text-white hover:bg-bruin-dark focus-visible:outline-bruin",
  secondary: "border border-bruin bg-white text-bruin-dark hover:bg-bruin-light focus-visible:outline-bruin",
  ghost: "text-bruin-dark hover:bg-bruin-light focus-visible:outline-bruin",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
};
const sizes: Record<Size, string> = { md: "px-4 py-2 text-sm", lg: "px-6 py-3 text-base" };

export function buttonClasses(variant: Variant = "primary", size: Size = "md", extra = ""): string {
  return [base, variants[variant], sizes[size], extra].filter(Boolean).join(" ");
}

export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  className = "",
  children,
  ...props
}: ComponentProps<"button"> & { variant?: Variant; size?: Size; pending?: boolean }) {
  return (
    <button {...props} disabled={pending || props.disabled} aria-busy={pending || undefined} className={buttonClasses(variant, size, className)}>
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
}: ComponentProps<typeof Link> & { variant?: Variant; size?: Size }) {
  return <Link {...props} className={buttonClasses(variant, size, className)} />;
}
