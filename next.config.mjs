/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The dev server and the build must not pick up the embedded database or uploads as sources.
  outputFileTracingExcludes: { "*": [".data/**"] },
};

export default nextConfig;
