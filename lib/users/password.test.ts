import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PASSWORD, createUser, uniqueIp, withEnv } from "@/test/helpers";
import { authenticateUser } from "./authenticate-user";
import { closePasswordPool, hashPassword, verifyPassword } from "./password";

const settled = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);
const refusals = (results: PromiseSettledResult<unknown>[]) =>
  results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);

afterEach(closePasswordPool);

describe("password hashing", () => {
  it("accepts the hashes stored before the worker pool (bcryptjs over the SHA-256 pre-hash)", async () => {
    const preHashed = createHash("sha256").update("an old pässword", "utf8").digest("base64");
    const stored = bcrypt.hashSync(preHashed, 4);
    expect(await verifyPassword("an old pässword", stored)).toBe(true);
    expect(await verifyPassword("another password", stored)).toBe(false);
    expect(bcrypt.compareSync(preHashed, await hashPassword("an old pässword", 4))).toBe(true);
  });

  it("keeps the event loop free while bcrypt runs (10 rounds)", { timeout: 60_000 }, async () => {
    const hash = bcrypt.hashSync(createHash("sha256").update(PASSWORD).digest("base64"), 10);
    await verifyPassword(PASSWORD, hash); // the thread has started
    const before = performance.eventLoopUtilization();
    const checks = await Promise.all([verifyPassword(PASSWORD, hash), verifyPassword("wrong", hash)]);
    const busy = performance.eventLoopUtilization(before).utilization;
    expect(checks).toEqual([true, false]);
    // Inline bcryptjs keeps this thread busy the whole time (utilization ≈ 1).
    expect(busy).toBeLessThan(0.3);
  });

  it("lets at most PASSWORD_HASH_QUEUE tasks wait and refuses the rest at once with 429 'busy'", async () => {
    await withEnv({ PASSWORD_HASH_THREADS: "1", PASSWORD_HASH_QUEUE: "2" }, async () => {
      await closePasswordPool();
      const results = await settled(Array.from({ length: 6 }, () => hashPassword(PASSWORD, 8)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3); // one running, two waiting
      for (const reason of refusals(results)) {
        expect(reason).toBeInstanceOf(AppError);
        expect(reason).toMatchObject({ code: "RATE_LIMITED", retryAfter: 1, message: expect.stringMatching(/busy/) });
      }
    });
  });

  it("a login refused because the pool is full is not counted as a failed attempt", { timeout: 60_000 }, async () => {
    const user = await createUser();
    const ip = uniqueIp();
    await withEnv({ PASSWORD_HASH_THREADS: "1", PASSWORD_HASH_QUEUE: "1" }, async () => {
      await closePasswordPool();
      const storm = [hashPassword("storm", 8), hashPassword("storm", 8)];
      const login = authenticateUser({ input: { email: user.email, password: PASSWORD }, ip });
      await expect(login).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfter: 1 });
      await Promise.all(storm);
    });
    const counts = await prisma.rateLimit.findMany({ where: { key: { in: [`login-ip:${ip}`, `login-account:${user.email}`] } } });
    expect(counts.map((row) => row.count)).toEqual(counts.map(() => 0));
    await expect(authenticateUser({ input: { email: user.email, password: PASSWORD }, ip })).resolves.toMatchObject({ id: user.id });
  });
});
