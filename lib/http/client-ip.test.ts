import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { CLIENT_IP_HEADER, clientAddressFromChain, clientIp, installClientIpHook } from "./client-ip";

describe("clientAddressFromChain", () => {
  it.each([
    // [X-Forwarded-For, socket peer, hops, client]
    [undefined, "127.0.0.1", 0, "127.0.0.1"],
    ["6.6.6.6", "127.0.0.1", 0, "127.0.0.1"],
    ["6.6.6.6, 7.7.7.7", "::ffff:203.0.113.9", 0, "203.0.113.9"],
    ["203.0.113.9", "10.0.0.2", 1, "203.0.113.9"],
    ["6.6.6.6, 203.0.113.9", "10.0.0.2", 1, "203.0.113.9"],
    ["6.6.6.6, 203.0.113.9, 10.0.0.5", "10.0.0.2", 2, "203.0.113.9"],
    [undefined, "10.0.0.2", 1, "10.0.0.2"],
    ["not an address", "10.0.0.2", 1, "unknown"],
    ["2001:DB8::1", "10.0.0.2", 1, "2001:db8::1"],
  ])("X-Forwarded-For %j from %s with %i trusted hops is %s", (forwardedFor, socket, hops, expected) => {
    expect(clientAddressFromChain(forwardedFor, socket, hops)).toBe(expected);
  });
});

describe("the request hook", () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    resetEnvCache();
    installClientIpHook();
    server = createServer((request, response) => response.end(clientIp(request.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    resetEnvCache();
    await new Promise((resolve) => server.close(resolve));
  });

  const ipOf = async (headers: Record<string, string>) => (await fetch(url, { headers })).text();

  it("takes the address that the trusted proxy appended, whatever the client wrote before it", async () => {
    // One proxy of ours (TRUSTED_PROXY_HOPS=1) appends the address it saw: the client's own entries come first.
    for (const spoofed of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "garbage"]) {
      expect(await ipOf({ "x-forwarded-for": `${spoofed}, 198.51.100.7` })).toBe("198.51.100.7");
    }
  });

  it("replaces a client-sent copy of its own header", async () => {
    expect(await ipOf({ [CLIENT_IP_HEADER]: "9.9.9.9", "x-forwarded-for": "198.51.100.8" })).toBe("198.51.100.8");
  });

  it("without a proxy header the client is the socket's peer", async () => {
    expect(await ipOf({})).toBe("127.0.0.1");
  });

  it("with no proxy in front (TRUSTED_PROXY_HOPS=0) every forwarding header is ignored", async () => {
    process.env.TRUSTED_PROXY_HOPS = "0";
    resetEnvCache();
    try {
      for (const spoofed of ["1.1.1.1", "2.2.2.2, 3.3.3.3"]) expect(await ipOf({ "x-forwarded-for": spoofed, "x-real-ip": "4.4.4.4" })).toBe("127.0.0.1");
    } finally {
      process.env.TRUSTED_PROXY_HOPS = "1";
      resetEnvCache();
    }
  });
});
