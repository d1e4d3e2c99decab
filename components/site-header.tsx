import Link from "next/link";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";
import { unreadNotificationCount } from "@/lib/notifications/notifications";
import { MainMenu, type NavLink } from "./main-menu";
import { NotificationBell } from "./notification-bell";
import { ButtonLink } from "./ui/button";

/**
 * Where a signed-in user can go; the mentoring link depends on the role. An account inside its
 * deletion grace period can only see its deletion page (app/_lib/session.ts), so it gets that one
 * link: every other would bounce back there.
 */
function linksFor(role: "MENTEE" | "MENTOR" | "ADMIN" | undefined, deleting = false): NavLink[] {
  if (deleting) return [{ href: "/account/deletion", label: "Account deletion" }];
  return [
    { href: "/dashboard", label: "Dashboard" },
    ...(role === "MENTEE" ? [{ href: "/mentors", label: "Find a mentor" }] : []),
    ...(role === "MENTOR" ? [{ href: "/mentees", label: "My mentees" }] : []),
    { href: "/profile", label: "Profile" },
    { href: "/account", label: "Account" },
    // The console (app/admin); every console page checks the role again (requirePageAdmin).
    ...(role === "ADMIN" ? [{ href: "/admin", label: "Admin" }] : []),
  ];
}

/** `logout` is the server action behind "Log out" (app/actions.ts), passed in by the root layout. */
export async function SiteHeader({ logout }: { logout: () => Promise<void> }) {
  const session = await auth();
  const email = session?.user?.email;
  // The session carries the id and email only; the role can change at any time, so it is read here.
  const user = email && session.user?.id ? await prisma.user.findUnique({ where: { id: session.user.id }, select: { role: true, isDeleted: true } }) : null;
  return (
    <header className="border-b border-gray-200 bg-white">
      <nav aria-label="Main" className="relative mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded text-lg font-bold text-bruin-dark">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-bruin text-sm text-white">
            BB
          </span>
          {/* Signed in, the links in the bar need the room between `sm` and `md`; the logo still names the site. */}
          <span className={email ? "sm:max-md:sr-only" : undefined}>BruinBridge</span>
        </Link>
        {email ? (
          <div className="flex min-w-0 items-center gap-1 sm:gap-2">
            {/* An account being deleted may only see its deletion page: no bell. */}
            {user && !user.isDeleted && <NotificationBell initialUnread={await unreadNotificationCount(session.user!.id!)} />}
            <MainMenu email={email} links={linksFor(user?.role, user?.isDeleted)} logout={logout} />
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
