/**
 * Demo data for development: a few verified mentors and mentees with filled-in profiles.
 * Runs on the first start of the embedded database (`npm run dev`) or with `npm run db:seed`;
 * it does nothing when users already exist.
 */
import { prisma } from "../lib/db";
import { getEnv } from "../lib/env";
import { hashPassword } from "../lib/users/password";
import type { Prisma } from "@prisma/client";

export const DEMO_PASSWORD = "bruin-demo-2026";

const people: Omit<Prisma.UserCreateInput, "password">[] = [
  {
    email: "maya.patel@ucla.edu", role: "MENTOR", firstName: "Maya", lastName: "Patel", year: 4,
    major: ["Computer Science"], minor: ["Data Science Engineering"], clubs: "ACM, Women in Computing",
    hobbies: "hiking, bouldering, board games", goals: "Help first-gen students land their first internship.", firstgen: true,
  },
  {
    email: "diego.ramirez@ucla.edu", role: "MENTOR", firstName: "Diego", lastName: "Ramirez", year: 3,
    major: ["Molecular, Cell, and Developmental Biology"], minor: [], clubs: "SACNAS, Bruin Dance Marathon",
    hobbies: "soccer, cooking", goals: "Pre-med advice and research lab hunting.", transfer: true, commuter: true,
  },
  {
    email: "hannah.kim@g.ucla.edu", role: "MENTOR", firstName: "Hannah", lastName: "Kim", year: 5,
    major: ["Economics", "Statistics"], minor: ["Accounting"], clubs: "Bruin Investment Club",
    hobbies: "piano, running", goals: "Recruiting for finance and consulting.", international: true,
  },
  {
    email: "jordan.lee@ucla.edu", role: "MENTOR", firstName: "Jordan", lastName: "Lee", year: 4,
    major: ["Psychology"], minor: ["Public Health"], clubs: "Active Minds",
    hobbies: "photography, running", goals: "Balancing classes, work and wellbeing.", outofstate: true,
  },
  {
    email: "sam.nguyen@ucla.edu", role: "MENTEE", firstName: "Sam", lastName: "Nguyen", year: 1,
    major: ["Computer Science"], minor: [], clubs: "ACM", hobbies: "bouldering, video games",
    goals: "Find a software internship by junior year.", firstgen: true,
  },
  {
    email: "alex.chen@g.ucla.edu", role: "MENTEE", firstName: "Alex", lastName: "Chen", year: 2,
    major: ["Economics"], minor: ["Statistics"], clubs: "Bruin Investment Club", hobbies: "piano",
    goals: "Understand finance recruiting.", international: true,
  },
  {
    email: "priya.shah@ucla.edu", role: "MENTEE", firstName: "Priya", lastName: "Shah", year: 3,
    major: ["Molecular, Cell, and Developmental Biology"], minor: [], clubs: "SACNAS", hobbies: "cooking, soccer",
    goals: "Get into a research lab.", transfer: true,
  },
  // A superuser for the console at /admin, so a newcomer can open it at once (npm run create-admin makes real ones).
  { email: "coordinator@ucla.edu", role: "ADMIN", firstName: "Program", lastName: "Coordinator", isStaff: true, isSuperuser: true },
];

export async function seed(): Promise<number> {
  if ((await prisma.user.count()) > 0) return 0;
  const password = await hashPassword(DEMO_PASSWORD, getEnv().BCRYPT_ROUNDS);
  await prisma.user.createMany({ data: people.map((person) => ({ ...person, password, isVerified: true })) });
  return people.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const created = await seed();
  if (created > 0) {
    console.log(`[seed] created ${created} demo users; every demo password is "${DEMO_PASSWORD}"`);
    for (const person of people) console.log(`[seed]   ${(person.role ?? "MENTEE").padEnd(6)} ${person.email}`);
  } else {
    console.log("[seed] users already exist; nothing seeded");
  }
  await prisma.$disconnect();
}
