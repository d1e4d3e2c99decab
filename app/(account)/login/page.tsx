import type { Metadata } from "next";
import { ShownOnce } from "@/components/shown-once";
import { Alert } from "@/components/ui/alert";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { DeletionNotice } from "./deletion-notice";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in" };

type SearchParams = Record<string, string | string[] | undefined>;

function noticeOf(params: SearchParams): string | null {
  if (params.registered === "1") return "Your account is ready. Log in to get started.";
  if (params.verified === "1") return "Your email is verified. Enter your password to log in.";
  if (params.reset === "1") return "Your password has been changed. Log in with your new password.";
  if (params.loggedOut === "1") return "You have been logged out.";
  return null;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const notice = noticeOf(params);
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : "";
  // ?email= only fills the field in (the verify page sends the address it just confirmed); it claims nothing.
  const email = typeof params.email === "string" && params.email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(params.email) ? params.email : "";
  return (
    <Card>
      <CardHeader title="Log in">
        <p>Welcome back, Bruin.</p>
      </CardHeader>
      {notice && (
        <Alert tone="success" className="mb-6" data-testid="notice">
          <p>{notice}</p>
          <ShownOnce params={["registered", "verified", "email", "reset", "loggedOut"]} />
        </Alert>
      )}
      {params.deleted === "1" && <DeletionNotice />}
      <LoginForm callbackUrl={callbackUrl} defaultEmail={email} />
      <CardFooter>
        <p>
          <TextLink href="/forgot-password">Forgot your password?</TextLink>
        </p>
        <p>
          New to BruinBridge? <TextLink href="/register">Create an account</TextLink>
        </p>
        <p>
          Deleted your account by mistake? <TextLink href="/recover">Recover it</TextLink>
        </p>
      </CardFooter>
    </Card>
  );
}
