/**
 * `npm run create-admin -- <email>`: creates an ADMIN account (the original `create_superuser`).
 * The password is read from ADMIN_PASSWORD or, when unset, asked for on the terminal.
 */
import { createInterface } from "node:readline/promises";
import { prisma } from "../lib/db";
import { isAppError } from "../lib/errors";
import { createAdmin } from "../lib/users/create-admin";

const email = process.argv[2];
if (!email) {
  console.error("usage: npm run create-admin -- <email>   (password from ADMIN_PASSWORD or the prompt)");
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question("Password for the new admin: ");
  prompt.close();
}
try {
  const admin = await createAdmin({ email, password });
  console.log(`created ADMIN ${admin.email} (staff, superuser)`);
} catch (error) {
  console.error(isAppError(error) ? `could not create the admin: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
