import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import { registerSchema } from "./schemas";
import { assertAllowedDomain, assertStrongPassword, parseInput } from "./validate";

export interface CreateAdminOptions {
  email: string;
  password: string;
}

/**
 * `UserManager.create_superuser`: the only way to an ADMIN account (staff + superuser + ADMIN,
 * verified). Used by `npm run create-admin`; no page or endpoint reaches it.
 */
export async function createAdmin({ email: rawEmail, password: rawPassword }: CreateAdminOptions) {
  const { email, password } = parseInput(registerSchema, { email: rawEmail, password: rawPassword });
  assertAllowedDomain(email);
  await assertStrongPassword(password, { email });
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "An account with this email already exists");
  }
  return prisma.user.create({
    data: { email, password: await hashPassword(password, getEnv().BCRYPT_ROUNDS), role: "ADMIN", isStaff: true, isSuperuser: true, isVerified: true },
    select: { id: true, email: true, role: true, isStaff: true, isSuperuser: true },
  });
}
