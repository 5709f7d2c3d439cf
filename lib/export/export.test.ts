import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { classroom, data } from "@/lib/realtime/server/classroom-fixture";
import { id, request, serverForThisFile, type Running } from "@/lib/realtime/server/test-harness";
import { createTeacher } from "@/lib/repositories/teachers";
import { deleteSession } from "@/lib/repositories/sessions";
import { PDFDocument } from "pdf-lib";
import { parseCsv } from "./csv";
import { sessionReportPdf } from "./report-pdf";
import { CSV_COLUMNS, eventsToCsv, exportSession } from "./session-export";

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

const tricky = ["Commas, everywhere, here", 'She said "no deal"', "Line one\nline two\r\nline three", "Emoji 🕊️🇰🇵🇺🇸 and ünïcödé", "=SUM(A1:A2)", ""];

describe("exporting a session", () => {
  it("writes a CSV and a JSON that read back event for event, awkward text included", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bea", "Cal"] });
    for (const text of tricky.filter(Boolean)) data(await request(c.member("Ann").socket, "chat:send", { clientId: id(), text }));
    const exported = await exportSession(db, c.teacher.id, c.session.id);
    const rows = await db.event.findMany({ where: { sessionId: c.session.id }, orderBy: { seq: "asc" } });

    const json = JSON.parse(JSON.stringify(exported)) as typeof exported;
    expect(json.events.map((e) => [e.seq, e.kind, e.channel, e.at])).toEqual(rows.map((r) => [r.seq, r.kind, r.channel, r.createdAt.toISOString()]));
    expect(json.events.map((e) => e.payload)).toEqual(rows.map((r) => r.payload));

    const [header, ...lines] = parseCsv(eventsToCsv(exported.events, new Map(exported.tables.map((t) => [t.id, t.number]))));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, index) => {
      const row = rows[index];
      expect(line).toHaveLength(CSV_COLUMNS.length);
      expect(Number(line[0])).toBe(row?.seq);
      expect(line[4]).toBe(row?.kind);
      expect(JSON.parse(line[8] ?? "null")).toEqual(row?.payload);
    });
    const texts = lines.filter((l) => l[4] === "message").map((l) => l[7]);
    expect(texts).toEqual(tricky.filter(Boolean));
    c.close();
  });

  it("renders a printable PDF report that reads back, emoji and all", async () => {
    const c = await classroom(db, server, { names: ["Hal", "Ivy", "Jo"] });
    for (const text of tricky.filter(Boolean)) data(await request(c.member("Hal").socket, "chat:send", { clientId: id(), text }));
    const pdf = await sessionReportPdf(db, c.teacher.id, c.session.id);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe(`Summit report: ${c.session.title}`);
    expect(loaded.getPageCount()).toBeGreaterThanOrEqual(1);
    await expect(sessionReportPdf(db, crypto.randomUUID(), c.session.id)).rejects.toThrow("No session of yours has that id.");
    c.close();
  });

  it("refuses another teacher and an unknown session", async () => {
    const c = await classroom(db, server, { names: ["Dee"] });
    const other = await createTeacher(db, { name: "Other", email: `other-${Date.now()}@school.test`, password: "password-9" });
    await expect(exportSession(db, other.id, c.session.id)).rejects.toThrow("No session of yours has that id.");
    await expect(exportSession(db, c.teacher.id, crypto.randomUUID())).rejects.toThrow("No session of yours has that id.");
    c.close();
  });

  it("deletes a session with every row of its students, and only for its own teacher", async () => {
    const c = await classroom(db, server, { names: ["Eve", "Fin", "Gus"] });
    data(await request(c.member("Eve").socket, "chat:send", { clientId: id(), text: "Remember me?" }));
    const other = await createTeacher(db, { name: "Other", email: `other2-${Date.now()}@school.test`, password: "password-9" });
    expect(await deleteSession(db, other.id, c.session.id)).toBe(false);
    expect(await db.participant.count({ where: { sessionId: c.session.id } })).toBe(3);
    c.close();
    expect(await deleteSession(db, c.teacher.id, c.session.id)).toBe(true);
    const ids = c.members.map((m) => m.seat.participantId);
    expect(await db.participant.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await db.event.count({ where: { sessionId: c.session.id } })).toBe(0);
    expect(await db.proposalResponse.count({ where: { participantId: { in: ids } } })).toBe(0);
    expect(await db.sessionTable.count({ where: { sessionId: c.session.id } })).toBe(0);
  });
});
