import { useId, type ComponentProps, type ReactNode } from "react";
import { FieldError } from "./field";
import { cn } from "@/lib/cn";

interface ChoiceGroupProps {
  legend: ReactNode;
  error?: string;
  children: ReactNode;
}

/** A fieldset of `Choice` radios under one legend, with the group's error below it. */
export function ChoiceGroup({ legend, error, children }: ChoiceGroupProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="mb-1.5 text-sm font-semibold text-gray-900">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </fieldset>
  );
}

/** A radio drawn as a selectable card; the whole card is its label. */
export function Choice({ label, description, className = "", ...props }: { label: ReactNode; description?: ReactNode } & Omit<ComponentProps<"input">, "type">) {
  return (
    <label
      className={cn(
        "flex cursor-pointer gap-3 rounded-xl border border-gray-300 bg-white p-4 transition-colors hover:border-bruin has-checked:border-bruin has-checked:bg-bruin-light/60 has-checked:ring-1 has-checked:ring-bruin has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-bruin",
        className,
      )}
    >
      <input type="radio" {...props} className="mt-1 size-4 shrink-0 accent-bruin focus-visible:outline-none" />
      <span>
        <span className="block font-semibold text-gray-900">{label}</span>
        {description && <span className="mt-0.5 block text-sm text-gray-600">{description}</span>}
      </span>
    </label>
  );
}
