"use server";

import { redirect } from "next/navigation";
import { endSession } from "@/auth";

/**
 * The header's "Log out". endSession revokes the server-side session and deletes the cookie;
 * Auth.js's signOut would redirect on its own and is not needed.
 */
export async function logout(): Promise<void> {
  await endSession();
  redirect("/login?loggedOut=1");
}
