import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    globalSetup: ["./vitest.global-setup.ts"],
    include: ["{lib,app,components,prisma}/**/*.test.{ts,tsx}", "*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
