import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export type PdfReport = {
  title: string;
  subtitle: string;
  sections: { heading: string; lines: string[] }[];
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;

// The standard PDF fonts encode only Windows-1252; other characters (emoji, most scripts) print as "?".
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const printable = (text: string) =>
  [...text.replace(/[\r\n\t]+/g, " ")].map((c) => ((c >= " " && c <= "~") || (c >= "\u00A0" && c <= "\u00FF") || WIN_ANSI_EXTRA.includes(c) ? c : "?")).join("");

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of printable(text).split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A plain, printable A4 report: a title, then sections of wrapped lines, page after page. */
export async function renderPdf(report: PdfReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable(report.title));
  doc.setProducer("Summit");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(text, font, size, A4.width - 2 * MARGIN)) {
      if (y - size < MARGIN) {
        page = doc.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y: y - size, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + gap;
    }
  };
  write(report.title, bold, 18, 6);
  write(report.subtitle, regular, 10, 12);
  for (const section of report.sections) {
    y -= 8;
    write(section.heading, bold, 13, 6);
    for (const line of section.lines) write(line, regular, 9, 3);
  }
  return doc.save();
}
