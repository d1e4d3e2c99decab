import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const inputBase =
  "block w-full rounded-lg border border-gray-300 bg-white px-3 py-2.5 text-base text-gray-900 shadow-sm placeholder:text-gray-500 focus:border-bruin focus:outline-2 focus:outline-offset-0 focus:outline-bruin aria-invalid:border-red-700 aria-invalid:focus:outline-red-700 disabled:bg-gray-100";

/** A text input; 16 px text so phones do not zoom in on focus. Wire labels through `Field`. */
export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input {...props} className={cn(inputBase, className)} />;
}
