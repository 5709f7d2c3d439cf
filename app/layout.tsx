import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import "./globals.css";

// Served from the npm package: the build never fetches fonts from the network.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Summit", template: "%s · Summit" },
  description: "Live classroom negotiations, scored against the editorial.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
