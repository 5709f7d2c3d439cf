// Fonts for the PDF report that cover Latin, Korean and Chinese: Noto Sans, Noto Sans KR and
// Noto Sans SC (TrueType files from the @expo-google-fonts packages), embedded as subsets so a
// report carries only the glyphs it uses. Subsetting goes through fontkit 2: pdf-lib's own
// @pdf-lib/fontkit fork writes broken TrueType subsets (blank glyphs, text that still extracts).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import * as fontkit from "fontkit";
import type { Font } from "fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

type PdfLibFontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/** fontkit 2 as pdf-lib 1.17 expects it: pdf-lib still calls a subset's encodeStream(), which fontkit 2 renamed. */
export const fontkitForPdfLib = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength), postscriptName) as Font;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as ReturnType<typeof createSubset> & { encodeStream?: () => Readable };
      subset.encodeStream = () => Readable.from([subset.encode()]);
      return subset;
    };
    return font;
  },
} as unknown as PdfLibFontkit;

export type Weight = "regular" | "bold";
const FILES: Record<string, [string, string]> = {
  latin: ["noto-sans", "NotoSans"],
  korean: ["noto-sans-kr", "NotoSansKR"],
  chinese: ["noto-sans-sc", "NotoSansSC"],
};
// Han characters take the Chinese font first (simplified forms); everything else Latin, then Korean, then Chinese.
const ORDER = { han: ["chinese", "korean"], other: ["latin", "korean", "chinese"] } as const;

/**
 * Where an installed package lives, found the way Node would from the app's folder. Not
 * require.resolve: inside Next's server bundle that returns a module number, not a path.
 */
function packageDir(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`the font package ${name} is not installed`);
  }
}

type Face = { bytes: Buffer; font: Font };
const faces = new Map<string, Face>(); // read once per process: the CJK files are 6–10 MB each

function face(family: string, weight: Weight): Face {
  const key = `${family}:${weight}`;
  let found = faces.get(key);
  if (!found) {
    const [pkg, name] = FILES[family] as [string, string];
    const dir = weight === "bold" ? "700Bold" : "400Regular";
    const file = path.join(packageDir(`@expo-google-fonts/${pkg}`), dir, `${name}_${dir}.ttf`);
    const bytes = readFileSync(file);
    found = { bytes, font: fontkit.create(bytes) as Font };
    faces.set(key, found);
  }
  return found;
}

const isHan = (cp: number) =>
  (cp >= 0x2e80 && cp <= 0x2fdf) ||
  (cp >= 0x3000 && cp <= 0x303f) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x20000 && cp <= 0x3ffff);

export type Run = { text: string; font: PDFFont };

/** Splits text into runs each drawn with one embedded font; a character no font has prints as "?". */
export class ReportFonts {
  private embedded = new Map<string, Promise<PDFFont>>();

  constructor(private doc: PDFDocument) {
    doc.registerFontkit(fontkitForPdfLib);
  }

  private familyFor(cp: number, weight: Weight, current: string | undefined): string | undefined {
    const order = isHan(cp) ? ORDER.han : ORDER.other;
    if (
      current &&
      (order as readonly string[]).includes(current) &&
      face(current, weight).font.hasGlyphForCodePoint(cp)
    )
      return current;
    return order.find((family) => face(family, weight).font.hasGlyphForCodePoint(cp));
  }

  private embed(family: string, weight: Weight): Promise<PDFFont> {
    const key = `${family}:${weight}`;
    let font = this.embedded.get(key);
    if (!font) {
      font = this.doc.embedFont(face(family, weight).bytes, { subset: true });
      this.embedded.set(key, font);
    }
    return font;
  }

  private split(text: string, weight: Weight): { text: string; family: string }[] {
    const out: { text: string; family: string }[] = [];
    for (const char of text) {
      const last = out.at(-1);
      let family = this.familyFor(char.codePointAt(0) ?? 0x3f, weight, last?.family);
      const shown = family ? char : "?";
      family ??= "latin";
      if (last && last.family === family) last.text += shown;
      else out.push({ text: shown, family });
    }
    return out;
  }

  async runs(text: string, weight: Weight): Promise<Run[]> {
    return Promise.all(
      this.split(text, weight).map(async (run) => ({ text: run.text, font: await this.embed(run.family, weight) })),
    );
  }

  private advances = new Map<string, number>(); // "family:weight:character" → advance at size 1

  /**
   * How wide text is at `size`: the sum of its characters' advances, each looked up once. Not
   * pdf-lib's widthOfTextAtSize, which shapes the whole text with fontkit on every call: wrapping
   * a 5,000-event transcript that way took 52 s, all of it on the server's event loop. Kerning,
   * which this leaves out, moves a line's end by a point or so; table columns keep 6 points of air.
   */
  width(text: string, weight: Weight, size: number): number {
    let total = 0;
    for (const run of this.split(text, weight)) {
      for (const char of run.text) {
        const key = `${run.family}:${weight}:${char}`;
        let advance = this.advances.get(key);
        if (advance === undefined) {
          const { font } = face(run.family, weight);
          advance = font.glyphForCodePoint(char.codePointAt(0) ?? 0x3f).advanceWidth / font.unitsPerEm;
          this.advances.set(key, advance);
        }
        total += advance;
      }
    }
    return total * size;
  }
}
