import { existsSync } from "node:fs";

/** Debian's Chromium, where Playwright cannot download its own browser. */
export const findChromium = () => ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

/** How Chromium runs here, for the end-to-end tests and the Lighthouse bench alike: as root, no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
