import { roleNames } from "@/lib/domain/names";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { classroom, data } from "@/lib/testing/classroom-fixture";
import { id, request, serverForThisFile, type Running } from "@/lib/testing/test-harness";
import { createTeacher } from "@/lib/repositories/teachers";
import { deleteSession } from "@/lib/repositories/sessions";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { parseCsv } from "./csv";
import { sessionReportPdf } from "./report-pdf";
import { csvColumns, eventsToCsv, exportSession, gradebookCsv, GRADEBOOK_COLUMNS } from "./session-export";

/** The text of a PDF as a reader's copy-paste would give it, through poppler's pdftotext. */
function pdfText(pdf: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "summit-pdf-")), "report.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

const env = serverForThisFile();
let db: Db;
let server: Running;
beforeAll(() => ({ db, server } = env));

const tricky = [
  "Commas, everywhere, here",
  'She said "no deal"',
  "Line one\nline two\r\nline three",
  "Emoji 🕊️🇰🇵🇺🇸 and ünïcödé",
  "=SUM(A1:A2)",
  "+cmd|' /C calc'!A0",
  "@SUM(1)",
  "-2+3",
  "",
];
// As stored: line breaks are plain \n.
const stored = (text: string) => text.replace(/\r\n/g, "\n");

describe("exporting a session", () => {
  it("writes a CSV and a JSON that read back event for event, awkward text included", async () => {
    const c = await classroom(db, server, { names: ["Ann", "Bea", "Cal"] });
    for (const text of tricky.filter(Boolean))
      data(await request(c.member("Ann").socket, "chat:send", { clientId: id(), text }));
    const exported = await exportSession(db, c.teacher.id, c.session.id);
    const rows = await db.event.findMany({ where: { sessionId: c.session.id }, orderBy: { seq: "asc" } });

    const json = JSON.parse(JSON.stringify(exported)) as typeof exported;
    expect(json.events.map((e) => [e.seq, e.kind, e.channel, e.at])).toEqual(
      rows.map((r) => [r.seq, r.kind, r.channel, r.createdAt.toISOString()]),
    );
    expect(json.events.map((e) => e.payload)).toEqual(rows.map((r) => r.payload));

    const [header, ...lines] = parseCsv(
      eventsToCsv(
        exported.events,
        new Map(exported.tables.map((t) => [t.id, t.number])),
        roleNames(exported.session.roles),
        "Asia/Seoul",
      ),
    );
    expect(header).toEqual(csvColumns("Asia/Seoul"));
    expect(header?.[2]).toBe("time (Asia/Seoul (GMT+09:00))");
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, index) => {
      const row = rows[index];
      expect(line).toHaveLength(header?.length ?? 0);
      expect(Number(line[0])).toBe(row?.seq);
      expect(line[2]).toBe(
        new Intl.DateTimeFormat("en-GB", {
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
          timeZone: "Asia/Seoul",
        }).format(row?.createdAt),
      );
      expect(JSON.parse(line[9] ?? "null")).toEqual(row?.payload);
    });
    // People read words, not codes.
    expect(lines.find((l) => l[5] === "Message")).toMatchObject({ 4: "Floor", 7: "United States" });
    // A cell a spreadsheet would run as a formula reads as text, behind an apostrophe.
    const texts = lines.filter((l) => l[5] === "Message").map((l) => l[8]);
    expect(texts).toEqual(tricky.filter(Boolean).map((t) => (/^[=+\-@]/.test(t) ? `'${stored(t)}` : stored(t))));
    c.close();
  });

  it("carries each student's grade and comment in the gradebook CSV and the JSON, and leaves the computer out", async () => {
    const c = await classroom(db, server, { names: ["Lee", "Mo"] });
    data(await request(c.teacherSocket, "bot:add", { clientId: id(), tableId: c.tables[0]?.id, delegation: "CHINA" }));
    await db.participant.update({
      where: { id: c.member("Lee").seat.participantId },
      data: { grade: "A-", comment: "Led the floor, and fairly." },
    });
    const exported = await exportSession(db, c.teacher.id, c.session.id);
    expect(exported.participants.find((p) => p.displayName === "Lee")).toMatchObject({
      grade: "A-",
      comment: "Led the floor, and fairly.",
    });
    const [header, ...rows] = parseCsv(gradebookCsv(exported));
    expect(header).toEqual([...GRADEBOOK_COLUMNS]);
    expect(rows.map((r) => [r[0], r[9], r[10]])).toEqual([
      ["Lee", "A-", "Led the floor, and fairly."],
      ["Mo", "", ""],
    ]);
    c.close();
  });

  it("renders a printable PDF whose Korean and Chinese names, plurals and debrief read back as text", async () => {
    const c = await classroom(db, server, { names: ["Ji-woo 지우", "Wang 王芳", "Zoë Müller"] });
    for (const text of tricky.filter(Boolean))
      data(await request(c.member("Ji-woo 지우").socket, "chat:send", { clientId: id(), text }));
    data(await request(c.member("Wang 王芳").socket, "deal:propose", { clientId: id(), terms: {} }));
    const pdf = await sessionReportPdf(db, c.teacher.id, c.session.id, "Europe/Paris");
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe(`Summit report: ${c.session.title}`);
    const text = pdfText(pdf);
    for (const name of ["Ji-woo 지우", "Wang 王芳", "Zoë Müller"]) expect(text).toContain(name);
    expect(text).toContain("1 proposal,");
    expect(text).not.toMatch(/\b1 proposals\b/);
    expect(text).toContain("Debrief: every table against the editorial");
    expect(text).toContain("Hanoi, 2019");
    expect(text).toContain("times in Europe/Paris");
    expect(text).toContain("Scenario: The Hanoi summit");
    await expect(sessionReportPdf(db, crypto.randomUUID(), c.session.id)).rejects.toThrow(
      "No session of yours has that id.",
    );
    c.close();
  });

  it("refuses another teacher and an unknown session", async () => {
    const c = await classroom(db, server, { names: ["Dee"] });
    const other = await createTeacher(db, {
      name: "Other",
      email: `other-${Date.now()}@school.test`,
      password: "password-9",
    });
    await expect(exportSession(db, other.id, c.session.id)).rejects.toThrow("No session of yours has that id.");
    await expect(exportSession(db, c.teacher.id, crypto.randomUUID())).rejects.toThrow(
      "No session of yours has that id.",
    );
    c.close();
  });

  it("deletes a session with every row of its students, and only for its own teacher", async () => {
    const c = await classroom(db, server, { names: ["Eve", "Fin", "Gus"] });
    data(await request(c.member("Eve").socket, "chat:send", { clientId: id(), text: "Remember me?" }));
    const other = await createTeacher(db, {
      name: "Other",
      email: `other2-${Date.now()}@school.test`,
      password: "password-9",
    });
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
