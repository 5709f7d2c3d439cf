import { z } from "zod";

// The only place that reads process.env. server.ts fills in what a quick start leaves unset
// (an embedded DATABASE_URL, a generated secret) before anything imports this module's values.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  /** Connections per process; PostgreSQL's default limit is 100 for every process together. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  SUMMIT_DATA_DIR: z.string().default(".data"),
  SUMMIT_DEMO_TEACHER: z.enum(["0", "1"]).default("1"),
  /** 1 behind a reverse proxy that sets X-Forwarded-For (and X-Forwarded-Proto): limits then key on the client's address. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Other origins whose pages may open a socket, comma-separated (the app's own always may). */
  SUMMIT_ALLOWED_ORIGINS: z.string().default(""),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export function requireEnv<K extends keyof Env>(key: K): NonNullable<Env[K]> {
  const value = readEnv()[key];
  if (value === undefined) throw new Error(`${key} is not set; start the app with server.ts`);
  return value as NonNullable<Env[K]>;
}
