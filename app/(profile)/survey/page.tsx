import type { Metadata } from "next";
import { ProgramDatalists } from "@/app/(profile)/_components/program-datalists";
import { requirePageUser } from "@/app/_lib/session";
import { Card, CardFooter, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { profileFormDefaults } from "../_lib/profile-form";
import { SurveyForm } from "./survey-form";

export const metadata: Metadata = { title: "Tell us about you" };

export default async function SurveyPage() {
  const user = await requirePageUser("/survey");
  const helps = user.role === "MENTOR" ? "suggest you to the mentees you can help most" : "suggest the mentors who fit you best";
  return (
    <div className="mx-auto max-w-2xl">
      <Card>
        <CardHeader title="Tell us about you">
          <p>Four short steps, a few minutes in all. Your answers help us {helps}; you can change them any time.</p>
        </CardHeader>
        <SurveyForm defaultValues={profileFormDefaults(user)} role={user.role} />
        <ProgramDatalists />
        <CardFooter>
          <p>
            Not now? <TextLink href="/dashboard">Skip for now</TextLink> — your dashboard will remind you.
          </p>
        </CardFooter>
      </Card>
    </div>
  );
}
