import Link from "next/link";
import { ButtonLink } from "./ui/button";

export function SiteHeader() {
  return (
    <header className="border-b border-gray-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded text-lg font-bold text-bruin-dark">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-bruin text-sm text-white">
            BB
          </span>
          BruinBridge
        </Link>
        <div className="flex items-center gap-2">
          <ButtonLink href="/login" variant="ghost">
            Log in
          </ButtonLink>
          <ButtonLink href="/register">Sign up</ButtonLink>
        </div>
      </nav>
    </header>
  );
}
