import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Layers: the domain is pure (no storage, no transport, no framework); repositories store what the
// domain decides and know nothing of sockets; tests' helpers stay out of production code.
const layer = (files, forbidden, why, ignores = []) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx", ...ignores],
  rules: {
    "no-restricted-imports": ["error", { patterns: forbidden.map((group) => ({ group: [group], message: why })) }],
  },
});

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "generated/**",
      ".next/**",
      "dist/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  { rules: { "import/no-duplicates": "error" } },
  layer(
    ["lib/domain/**"],
    ["@/lib/realtime/*", "@/lib/repositories/*", "@/lib/db", "@/lib/db/*", "@/generated/*", "next/*", "react"],
    "lib/domain holds pure rules: it imports no storage, transport or framework.",
  ),
  layer(
    ["lib/repositories/**"],
    ["@/lib/realtime/*"],
    "Repositories store what the domain decides; the wire (lib/realtime) imports them, not the other way.",
  ),
  layer(["app/**", "components/**", "lib/**"], ["@/lib/testing/*"], "lib/testing is for tests only.", [
    "lib/testing/**",
    "lib/bench/**",
  ]),
];

export default config;
