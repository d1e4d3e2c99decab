/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. two e2e runs) live side by side; the default stays `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The dev server and the build must not pick up the embedded database or uploads as sources.
  outputFileTracingExcludes: { "*": [".data/**"] },
  // Password hashing runs on piscina's worker threads (lib/users/password.ts). piscina starts its
  // workers from files of its own package and ours from lib/users/password-worker.mjs, by path at
  // run time: it must stay outside the bundle, and the worker (with bcryptjs) must ship with it.
  serverExternalPackages: ["piscina"],
  outputFileTracingIncludes: { "*": ["lib/users/password-worker.mjs", "node_modules/bcryptjs/**"] },
  // Profile pictures (up to 5 MB, lib/pictures/store-picture.ts) are posted to a server action;
  // the default limit is 1 MB. The extra room is the multipart framing.
  experimental: {
    serverActions: { bodySizeLimit: "5.2mb" },
    // The copy of a request body that Next keeps while proxy.ts runs: bodies over 64 KB are refused
    // (lib/http/request-guards.ts), so this only bounds the memory a chunked body can take.
    proxyClientMaxBodySize: "1mb",
  },
  // Every other response gets these (and a CSP) from proxy.ts, which skips the build's assets.
  async headers() {
    return [
      {
        source: "/_next/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
