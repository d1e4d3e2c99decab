import Link from "next/link";
import { logout } from "@/app/actions";
import { auth } from "@/auth";
import { ButtonLink } from "./ui/button";
import { SubmitButton } from "./ui/submit-button";

export async function SiteHeader() {
  const session = await auth();
  const email = session?.user?.email;
  return (
    <header className="border-b border-gray-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded text-lg font-bold text-bruin-dark">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-bruin text-sm text-white">
            BB
          </span>
          {/* Signed in, a phone has room for the logo and the two account buttons only. */}
          <span className={email ? "sr-only sm:not-sr-only" : undefined}>BruinBridge</span>
        </Link>
        {email ? (
          <div className="flex min-w-0 items-center gap-2">
            <span className="hidden min-w-0 truncate text-sm text-gray-600 md:block" data-testid="signed-in-as">
              {email}
            </span>
            <ButtonLink href="/dashboard" variant="ghost" className="shrink-0 whitespace-nowrap">
              Dashboard
            </ButtonLink>
            <form action={logout} className="shrink-0">
              <SubmitButton variant="secondary" className="whitespace-nowrap">
                Log out
              </SubmitButton>
            </form>
          </div>
        ) : (
          <div className="flex items-center gap-2">
            <ButtonLink href="/login" variant="ghost" className="whitespace-nowrap">
              Log in
            </ButtonLink>
            <ButtonLink href="/register" className="whitespace-nowrap">
              Sign up
            </ButtonLink>
          </div>
        )}
      </nav>
    </header>
  );
}
