import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string } & DefaultSession["user"];
    /** The server-side session record this cookie stands for (lib/users/sessions.ts). */
    sid: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}
