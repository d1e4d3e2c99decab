import type { Metadata } from "next";
import { connection } from "next/server";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getEnv } from "@/lib/env";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function RegisterPage() {
  await connection(); // the allowed email domains are a run-time setting
  return (
    <Card>
      <CardHeader title="Create your account">
        <p>Sign up with your UCLA email. We&rsquo;ll send you a link to confirm it&rsquo;s yours.</p>
      </CardHeader>
      <RegisterForm allowedDomains={getEnv().ALLOWED_EMAIL_DOMAINS} />
      <CardFooter>
        <p>
          Already have an account? <TextLink href="/login">Log in</TextLink>
        </p>
      </CardFooter>
    </Card>
  );
}
