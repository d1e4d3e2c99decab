import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A white panel on the page's gray background. */
export function Card({ className = "", ...props }: ComponentProps<"section">) {
  return <section {...props} className={cn("rounded-2xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8", className)} />;
}

/** The page title of a card-sized page, with an optional introduction below it. */
export function CardHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-6 space-y-2">
      <h1 className="text-2xl font-bold text-bruin-darker">{title}</h1>
      {children && <div className="space-y-2 leading-relaxed text-gray-700">{children}</div>}
    </header>
  );
}

/** The links under a form ("Already have an account? Log in"). */
export function CardFooter({ children }: { children: ReactNode }) {
  return <div className="mt-6 space-y-2 border-t border-gray-200 pt-5 text-sm text-gray-700">{children}</div>;
}
