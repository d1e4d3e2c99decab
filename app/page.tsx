import { connection } from "next/server";
import { ButtonLink } from "@/components/ui/button";
import { prisma } from "@/lib/db";

const steps = [
  {
    title: "Tell us about you",
    body: "A short survey: your year, majors and minors, clubs, hobbies, goals, and whether you are a first-generation, transfer, international, commuter or out-of-state student.",
  },
  {
    title: "Meet your best matches",
    body: "We rank student mentors by what you share — the same major, the same clubs, the same path to UCLA — and show you why each one fits.",
  },
  {
    title: "Request, match, talk",
    body: "Send a mentor a short note. Once they accept, chat right here: course picks, research, internships, or just finding your people.",
  },
];

const backgrounds = ["First-generation", "Transfer", "International", "Commuter", "Out-of-state"];

async function countAvailableMentors(): Promise<number> {
  return prisma.user.count({ where: { role: "MENTOR", isVerified: true, isDeleted: false, isActive: true } });
}

export default async function HomePage() {
  await connection(); // rendered per request: the mentor count is live
  const mentors = await countAvailableMentors();
  return (
    <>
      <section className="bg-gradient-to-b from-bruin-darker to-bruin-dark text-white">
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6 md:grid-cols-[3fr_2fr] md:py-24">
          <div>
            <p className="mb-3 inline-block rounded-full bg-gold px-3 py-1 text-sm font-semibold text-bruin-darker">For UCLA students</p>
            <h1 className="text-4xl font-bold leading-tight sm:text-5xl">Find a mentor who has walked your path.</h1>
            <p className="mt-5 max-w-xl text-lg text-blue-50">
              BruinBridge pairs new Bruins with students a few years ahead — in your major, in your clubs, with your background — so the big campus feels smaller.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/register" size="lg" variant="accent">
                Sign up with your UCLA email
              </ButtonLink>
              <ButtonLink href="/login" size="lg" variant="onDark">
                Log in
              </ButtonLink>
            </div>
            <p className="mt-4 text-sm text-blue-100" data-testid="mentor-count">
              {mentors === 0
                ? "Mentors are signing up now — be one of the first: choose “mentor” when you sign up."
                : `${mentors} student ${mentors === 1 ? "mentor is" : "mentors are"} ready to help. Want to give back? Choose “mentor” when you sign up.`}
            </p>
          </div>
          <div className="rounded-2xl bg-white p-6 text-gray-900 shadow-xl" aria-label="Example match">
            <div className="flex items-center gap-3">
              <span aria-hidden className="grid size-12 place-items-center rounded-full bg-bruin-light font-bold text-bruin-dark">
                MP
              </span>
              <div>
                <p className="font-semibold">Maya P.</p>
                <p className="text-sm text-gray-600">4th year · Computer Science</p>
              </div>
            </div>
            <p className="mt-4 text-sm font-medium text-gray-700">Compatibility</p>
            <div className="mt-1 h-2 rounded-full bg-gray-200" role="img" aria-label="86 out of 100">
              <div className="h-2 w-[86%] rounded-full bg-bruin" />
            </div>
            <ul className="mt-4 flex flex-wrap gap-2 text-xs" aria-label="Why you match">
              {["Both study Computer Science", "Both first-generation", "Both in ACM"].map((reason) => (
                <li key={reason} className="rounded-full bg-bruin-light px-3 py-1 font-medium text-bruin-darker">
                  {reason}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="how" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="how" className="text-2xl font-bold text-bruin-darker sm:text-3xl">
          How it works
        </h2>
        <ol className="mt-8 grid gap-6 md:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-2xl border border-gray-200 bg-white p-6 shadow-sm">
              <span aria-hidden className="grid size-9 place-items-center rounded-full bg-bruin font-bold text-white">
                {index + 1}
              </span>
              <h3 className="mt-4 text-lg font-semibold">{step.title}</h3>
              <p className="mt-2 text-gray-700">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="who" className="bg-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="who" className="text-2xl font-bold text-bruin-darker sm:text-3xl">
            Mentors who understand where you come from
          </h2>
          <p className="mt-4 max-w-2xl text-gray-700">
            A mentor who shares your background counts a lot in your match. Tell us as much or as little as you like — it only shapes who we suggest.
          </p>
          <ul className="mt-6 flex flex-wrap gap-3">
            {backgrounds.map((label) => (
              <li key={label} className="rounded-full border border-bruin/30 bg-bruin-light px-4 py-2 font-medium text-bruin-darker">
                {label}
              </li>
            ))}
          </ul>
          <div className="mt-10 flex flex-wrap gap-3">
            <ButtonLink href="/register" size="lg">
              Get started
            </ButtonLink>
            <ButtonLink href="/login" size="lg" variant="secondary">
              I already have an account
            </ButtonLink>
          </div>
        </div>
      </section>
    </>
  );
}
