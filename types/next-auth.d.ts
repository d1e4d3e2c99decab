import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The server-side session record this cookie stands for (lib/users/sessions.ts); never sent to the browser in clear. */
    sid?: string;
  }
}
