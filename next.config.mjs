/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. two e2e runs) live side by side; the default stays `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The dev server and the build must not pick up the embedded database or uploads as sources.
  outputFileTracingExcludes: { "*": [".data/**"] },
  // Profile pictures (up to 5 MB, lib/pictures/store-picture.ts) are posted to a server action;
  // the default limit is 1 MB. The extra room is the multipart framing.
  experimental: { serverActions: { bodySizeLimit: "5.2mb" } },
};

export default nextConfig;
