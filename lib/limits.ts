// Fair shares, from rate-limiter-flexible. Limits keyed by a network address (sign-in, sign-up,
// joining) live in PostgreSQL, so every process of a deployment counts together. Limits keyed by a
// student's socket live in memory: a socket stays on one process.
import type pg from "pg";
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { UserError } from "@/lib/errors";

type Consumer = Pick<RateLimiterAbstract, "consume"> | BurstyRateLimiter;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const wait = (ms: number) =>
  ms >= 90_000 ? `${Math.ceil(ms / 60_000)} minutes` : `${seconds(ms)} ${seconds(ms) === 1 ? "second" : "seconds"}`;

/** Takes `points` from `key`, or refuses with "Slow down: …" and how long to wait. Store failures let the request through. */
async function take(limiter: Consumer, key: string, what: string, points = 1): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (error) {
    if (error instanceof RateLimiterRes)
      throw new UserError(`Slow down: ${what}. Try again in ${wait(error.msBeforeNext)}.`);
    // A limit that cannot be checked (the database hiccups) must not stop the class.
    console.error("[limits] could not check a limit", error);
  }
}

/**
 * Per student, per kind of request: chat takes bursts of 10 and 3 a second; deal moves and
 * positions 10 in 10 seconds; catching up 10 in 10 seconds. A teacher's socket gets more.
 */
export function createSocketLimits() {
  const chat = new BurstyRateLimiter(
    new RateLimiterMemory({ points: 3, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: "chat-burst", points: 10, duration: 10 }),
  );
  const moves = new RateLimiterMemory({ keyPrefix: "moves", points: 10, duration: 10 });
  const reads = new RateLimiterMemory({ keyPrefix: "reads", points: 20, duration: 10 });
  const teacher = new RateLimiterMemory({ keyPrefix: "teacher", points: 30, duration: 1 });
  return {
    /** `who` is the student's participant id or the teacher's id; `kind` names the request class. */
    check(who: string, kind: "chat" | "move" | "read" | "teacher") {
      switch (kind) {
        case "chat":
          return take(chat, who, "you are sending messages faster than a table can read them");
        case "move":
          return take(moves, who, "too many deal moves in a short time");
        case "read":
          return take(reads, who, "your screen is asking for the table too often");
        case "teacher":
          return take(teacher, who, "too many requests at once");
      }
    },
  };
}
export type SocketLimits = ReturnType<typeof createSocketLimits>;

let addressLimits: ReturnType<typeof buildAddressLimits> | null = null;

function buildAddressLimits(pool: pg.Pool) {
  const store = (keyPrefix: string, points: number, duration: number, blockDuration = 0) =>
    new RateLimiterPostgres({
      storeClient: pool,
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      blockDuration,
    });
  return {
    // A class behind one school address joins at once: generous per address, and a full table refuses anyway.
    join: store("join", 120, 60),
    signUp: store("signup", 30, 60 * 60),
    // Wrong passwords for one account from one address: 5, then a 15-minute pause. The owner is
    // never locked out for longer, and other addresses are unaffected.
    signInAccount: store("signin-account", 5, 15 * 60, 15 * 60),
    signInAddress: store("signin-address", 50, 15 * 60, 15 * 60),
  };
}

/** Limits keyed by network address, stored in PostgreSQL so that every process counts together. */
export function limitsFor(pool: pg.Pool) {
  addressLimits ??= buildAddressLimits(pool);
  const limits = addressLimits;
  return {
    join: (address: string) => take(limits.join, address, "too many students are joining from your network at once"),
    signUp: (address: string) => take(limits.signUp, address, "too many accounts created from your network"),
    /** Counts a sign-in attempt; both limits must allow it. */
    signIn: async (address: string, email: string) => {
      await take(limits.signInAddress, address, "too many sign-in attempts from your network");
      await take(limits.signInAccount, `${address}|${email}`, "too many wrong passwords for this account");
    },
    /** A right password clears that account's count for the address. */
    signedIn: (address: string, email: string) => limits.signInAccount.delete(`${address}|${email}`).catch(() => false),
  };
}
