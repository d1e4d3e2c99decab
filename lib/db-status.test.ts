/**
 * isDatabaseUnavailable against the errors Prisma and pg really raise: servers that refuse, close
 * or never answer the connection count as an outage; the test database's ordinary errors do not.
 * (e2e/outage.spec.ts stops and starts a real PostgreSQL under a running app.)
 */
import { createServer, type Server } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/test/helpers";
import { isDatabaseUnavailable } from "./db-status";

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

/** A TCP server on a free port that does `onConnection` with each socket. */
async function tcpServer(onConnection: (socket: import("node:net").Socket) => void): Promise<number> {
  const server = createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

/** The error of a query through a client pointed at `port`. */
async function failureAt(port: number): Promise<unknown> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://u:p@127.0.0.1:${port}/x`, connectionTimeoutMillis: 500 }) });
  try {
    await client.user.count();
  } catch (error) {
    return error;
  } finally {
    await client.$disconnect();
  }
  throw new Error("the query succeeded");
}

describe("isDatabaseUnavailable", () => {
  it("is true for a refused connection (P1001), one closed at once, and one never answered", async () => {
    const closedPort = await tcpServer(() => undefined).then(async (port) => {
      await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
      return port;
    });
    const refused = await failureAt(closedPort);
    expect(refused).toMatchObject({ code: "P1001" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(await failureAt(await tcpServer((socket) => socket.destroy())))).toBe(true);
    expect(isDatabaseUnavailable(await failureAt(await tcpServer(() => undefined)))).toBe(true);
  });

  it("follows wrappers such as Auth.js's JWTSessionError ({ cause: { err } })", async () => {
    const wrapped = new Error("session", { cause: { err: await failureAt(await tcpServer((socket) => socket.destroy())) } });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("is false for the ordinary errors of a reachable database", async () => {
    const user = await createUser();
    const duplicate = await prisma.user.create({ data: { email: user.email, password: "x" } }).catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: "P2002" });
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(await prisma.$queryRawUnsafe("SELECT * FROM no_such_table").catch((error: unknown) => error))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Something else"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
