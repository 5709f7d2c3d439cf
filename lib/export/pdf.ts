import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import { ReportFonts, type Weight } from "./fonts";

export type PdfTable = { head: string[]; rows: string[][] };
export type PdfSection = { heading: string; lines?: string[]; table?: PdfTable };
export type PdfReport = { title: string; subtitle: string; sections: PdfSection[] };

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const INK = rgb(0.1, 0.1, 0.15);
const RULE = rgb(0.8, 0.82, 0.86);

/**
 * A plain, printable A4 report: a title, then sections of wrapped lines or tables, page after
 * page, in fonts that cover Latin, Korean and Chinese names.
 */
export async function renderPdf(report: PdfReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(report.title);
  doc.setProducer("Summit");
  const fonts = new ReportFonts(doc);
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;

  /**
   * Lines of at most `max` points: words where they fit, characters where a word alone does not
   * (CJK has no spaces). Widths add up as the line grows, so each character is measured once.
   */
  function wrap(text: string, weight: Weight, size: number, max: number): string[] {
    const lines: string[] = [];
    let line = "";
    let used = 0;
    const space = fonts.width(" ", weight, size);
    for (const word of text.replace(/[\r\n\t]+/g, " ").split(" ")) {
      const grown = (line ? used + space : 0) + fonts.width(word, weight, size);
      if (grown <= max) {
        line = line ? `${line} ${word}` : word;
        used = grown;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      used = 0;
      for (const char of word) {
        const w = fonts.width(char, weight, size);
        if (line && used + w > max) {
          lines.push(line);
          line = "";
          used = 0;
        }
        line += char;
        used += w;
      }
    }
    if (line || lines.length === 0) lines.push(line);
    return lines;
  }

  async function draw(text: string, x: number, atY: number, weight: Weight, size: number) {
    let at = x;
    for (const run of await fonts.runs(text, weight)) {
      page.drawText(run.text, { x: at, y: atY, size, font: run.font, color: INK });
      at += fonts.width(run.text, weight, size);
    }
  }

  function room(height: number) {
    if (y - height >= MARGIN) return;
    page = doc.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  }

  async function write(text: string, weight: Weight, size: number, gap: number) {
    for (const line of wrap(text, weight, size, A4.width - 2 * MARGIN)) {
      room(size + gap);
      await draw(line, MARGIN, y - size, weight, size);
      y -= size + gap;
    }
  }

  async function table({ head, rows }: PdfTable, size = 8) {
    const usable = A4.width - 2 * MARGIN;
    const first = Math.min(130, usable / 3);
    const rest = (usable - first) / Math.max(1, head.length - 1);
    const columns = head.map((_, i) => (i === 0 ? first : rest));
    for (const [index, row] of [head, ...rows].entries()) {
      const weight: Weight = index === 0 ? "bold" : "regular";
      const cells = row.map((cell, i) => wrap(cell, i === 0 ? "bold" : weight, size, (columns[i] ?? rest) - 6));
      const height = Math.max(...cells.map((c) => c.length)) * (size + 2) + 4;
      room(height);
      let x = MARGIN;
      for (const [i, lines] of cells.entries()) {
        for (const [n, line] of lines.entries())
          await draw(line, x, y - size - n * (size + 2), i === 0 ? "bold" : weight, size);
        x += columns[i] ?? rest;
      }
      y -= height;
      page.drawLine({
        start: { x: MARGIN, y: y + 2 },
        end: { x: A4.width - MARGIN, y: y + 2 },
        thickness: 0.5,
        color: RULE,
      });
    }
  }

  await write(report.title, "bold", 18, 6);
  await write(report.subtitle, "regular", 10, 12);
  for (const section of report.sections) {
    y -= 8;
    await write(section.heading, "bold", 13, 6);
    if (section.table) await table(section.table);
    for (const line of section.lines ?? []) await write(line, "regular", 9, 3);
  }
  return doc.save();
}
