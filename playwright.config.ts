import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./lib/testing/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromium
      ? {
          executablePath: chromium,
          args: CHROMIUM_FLAGS,
        }
      : {},
  },
  webServer: {
    // A production build on a fresh database of its own (e2e/serve.ts), dropped when the run ends.
    command: `rm -rf .data/e2e && npm run -s build && SUMMIT_DATA_DIR=.data/e2e PORT=${PORT} npx tsx e2e/serve.ts`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
