import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { SummitEvent } from "@/lib/domain/events";
import type { Reply } from "@/lib/realtime/events";
import { classroom, data, say } from "@/lib/testing/classroom-fixture";
import { id, open, request, teacherCookie, type Running, serverForThisFile, SECRET } from "@/lib/testing/test-harness";
import { createRealtime } from "./index";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

describe("a student who floods", () => {
  it("is slowed with a clear message while a classmate's messages go through", async () => {
    const c = await classroom(db, server, { names: ["Flood", "Calm", "Other"] });
    const flood = c.member("Flood").socket;
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => say(flood, `spam ${i}`)));
    const refused = replies.filter((r): r is { error: string } => "error" in r);
    expect(replies.length - refused.length).toBeLessThanOrEqual(13); // a burst of 10 on top of 3 a second
    expect(refused.length).toBeGreaterThan(40);
    expect(refused[0]?.error).toMatch(
      /^Slow down: you are sending messages faster than a table can read them\. Try again in \d+ seconds?\.$/,
    );
    expect(
      await db.event.count({
        where: { sessionId: c.session.id, kind: "message", participantId: c.member("Flood").seat.participantId },
      }),
    ).toBe(replies.length - refused.length);
    for (let i = 0; i < 3; i++) expect(data(await say(c.member("Calm").socket, `calm ${i}`)).kind).toBe("message");
    c.close();
  });
});

describe("a page of another origin", () => {
  let other: Running;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // A server that knows its public address, like server.ts configures it.
    const http = createServer();
    const realtime = await createRealtime(http, {
      db,
      secret: SECRET,
      log: () => {},
      allowedOrigins: ["https://summit.school.test"],
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const address = http.address();
    const port = typeof address === "object" && address ? address.port : 0;
    other = { url: `http://127.0.0.1:${port}`, realtime, http, close: () => realtime.close() };
    close = async () => {
      await realtime.close();
      http.close();
    };
  });
  afterAll(async () => close?.());

  it("cannot open a socket with a teacher's cookie; the app's own origins can", async () => {
    const c = await classroom(db, other, { names: ["Ana"], start: false });
    const cookie = await teacherCookie(c.teacher);
    const auth = { as: "teacher", sessionId: c.session.id };
    await expect(open(other.url, `${cookie}`, auth, { origin: "http://127.0.0.1:9" })).rejects.toThrow();
    await expect(open(other.url, `${cookie}`, auth, { origin: "https://evil.example" })).rejects.toThrow();
    const own = await open(other.url, cookie, auth, { origin: other.url });
    const configured = await open(other.url, cookie, auth, { origin: "https://summit.school.test" });
    const reply = (await request(own, "chat:send", {
      clientId: id(),
      text: "Hello from the app",
    })) as Reply<SummitEvent>;
    expect("data" in reply).toBe(true);
    own.close();
    configured.close();
    c.close();
  });
});
