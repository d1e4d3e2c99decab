import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

type Tone = "success" | "error" | "info" | "warning";

const tones: Record<Tone, { box: string; icon: string; path: string }> = {
  success: {
    box: "border-green-700/30 bg-green-50 text-green-900",
    icon: "text-green-700",
    path: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z",
  },
  error: {
    box: "border-red-700/30 bg-red-50 text-red-900",
    icon: "text-red-700",
    path: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
  warning: {
    box: "border-amber-700/30 bg-amber-50 text-amber-950",
    icon: "text-amber-700",
    path: "M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
  info: {
    box: "border-bruin/30 bg-bruin-light/50 text-bruin-darker",
    icon: "text-bruin-dark",
    path: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.253a.25.25 0 0 1 .244.304l-.459 2.066A1.75 1.75 0 0 0 10.747 15H11a.75.75 0 0 0 0-1.5h-.253a.25.25 0 0 1-.244-.304l.459-2.066A1.75 1.75 0 0 0 9.253 9H9Z",
  },
};

/**
 * A message box. Errors are announced at once (role="alert"); success and information politely
 * (role="status"). A warning that is part of the page's content, not an answer, passes role="note".
 */
export function Alert({ tone = "info", title, children, className = "", ...props }: { tone?: Tone; title?: ReactNode } & ComponentProps<"div">) {
  const style = tones[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} {...props} className={cn("flex gap-3 rounded-xl border p-4 text-sm", style.box, className)}>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className={cn("mt-px size-5 shrink-0", style.icon)}>
        <path fillRule="evenodd" clipRule="evenodd" d={style.path} />
      </svg>
      <div className="space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        <div className="space-y-2 leading-relaxed">{children}</div>
      </div>
    </div>
  );
}
