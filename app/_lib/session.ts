/**
 * The signed-in user of a page, from the session only. Every protected page starts here, so none
 * forgets to send a visitor without a session to the login page (and back afterwards).
 *
 * An account inside its deletion grace period may only see its deletion page (with the countdown
 * and the Cancel button); every other protected page sends it there.
 */
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/auth";

export const DELETION_PAGE = "/account/deletion";

export async function requirePageUser(path: string, { allowDeleting = false }: { allowDeleting?: boolean } = {}) {
  const user = await currentUser();
  if (!user || !user.isActive) redirect(`/login?${new URLSearchParams({ callbackUrl: path })}`);
  if (user.isDeleted && !allowDeleting) redirect(DELETION_PAGE);
  return user;
}

/**
 * The signed-in ADMIN of a console page (app/admin/**): no session → the login page; any other
 * role → the ordinary 404, so the console is not advertised to students (Next's forbidden() still
 * needs the canary-only `authInterrupts` flag).
 */
export async function requirePageAdmin(path: string) {
  const user = await requirePageUser(path);
  if (user.role !== "ADMIN") notFound();
  return user;
}
