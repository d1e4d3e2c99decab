import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A checkbox drawn as a selectable card (the checkbox sibling of `Choice`); the whole card is its label. */
export function CheckboxCard({ label, description, className = "", ...props }: { label: ReactNode; description?: ReactNode } & Omit<ComponentProps<"input">, "type">) {
  return (
    <label
      className={cn(
        "flex cursor-pointer gap-3 rounded-xl border border-gray-300 bg-white p-4 transition-colors hover:border-bruin has-checked:border-bruin has-checked:bg-bruin-light/60 has-checked:ring-1 has-checked:ring-bruin has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-bruin",
        className,
      )}
    >
      <input type="checkbox" {...props} className="mt-0.5 size-4 shrink-0 accent-bruin focus-visible:outline-none" />
      <span>
        <span className="block font-medium text-gray-900">{label}</span>
        {description && <span className="mt-0.5 block text-sm text-gray-600">{description}</span>}
      </span>
    </label>
  );
}
