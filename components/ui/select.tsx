import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const selectBase =
  "block w-full appearance-none rounded-lg border border-gray-300 bg-white bg-[length:1.25rem] bg-[right_0.75rem_center] bg-no-repeat py-2.5 pl-3 pr-10 text-base text-gray-900 shadow-sm focus:border-bruin focus:outline-2 focus:outline-offset-0 focus:outline-bruin aria-invalid:border-red-700 aria-invalid:focus:outline-red-700 disabled:bg-gray-100";

// A chevron drawn in gray-600, so the control reads as a drop-down without the browser's own arrow.
const chevron =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20' fill='%234b5563'%3E%3Cpath fill-rule='evenodd' d='M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z' clip-rule='evenodd'/%3E%3C/svg%3E\")";

/** A native drop-down styled like `Input`. Wire labels through `Field`. */
export function Select({ className = "", style, ...props }: ComponentProps<"select">) {
  return <select {...props} style={{ backgroundImage: chevron, ...style }} className={cn(selectBase, className)} />;
}
