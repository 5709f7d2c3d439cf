import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { headers } from "next/headers";
import "./globals.css";

// Served from the npm package: the build never fetches fonts from the network.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  // "optional" and no preload: a phone on a slow network shows its system font at once, spends its
  // bandwidth on the page, and uses Inter from the next page on, once it is cached.
  display: "optional",
  preload: false,
});

export const metadata: Metadata = {
  title: { default: "Summit", template: "%s · Summit" },
  description: "Live classroom negotiations, scored against the editorial.",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Reading the request makes every page render per request, so each gets its CSP nonce (proxy.ts).
  await headers();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
