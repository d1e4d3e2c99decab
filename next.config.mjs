/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. two e2e runs) live side by side; the default stays `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The dev server and the build must not pick up the embedded database or uploads as sources.
  outputFileTracingExcludes: { "*": [".data/**"] },
};

export default nextConfig;
