import { inflateSync } from 'node:zlib';

/** The content streams of a PDF, inflated where they are compressed. */
export function pdfContentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const contents: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const bytes = Buffer.from(match[1], 'latin1');
    try {
      contents.push(inflateSync(bytes).toString('latin1'));
    } catch {
      contents.push(match[1]);
    }
  }
  return contents;
}

/**
 * Every rectangle a PDF fills and outlines (`x y w h re`, colour operators, `B`), in drawing order:
 * the bars of a bar chart drawn with pdfkit's `rect().fillAndStroke()`.
 */
export function filledAndOutlinedRectangles(pdf: Buffer): { x: number; y: number; width: number; height: number }[] {
  const rectangles: { x: number; y: number; width: number; height: number }[] = [];
  for (const content of pdfContentStreams(pdf)) {
    const painted = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\n(?:[^\n]* (?:cs|scn|CS|SCN)\n)*B\n/g;
    for (let match = painted.exec(content); match; match = painted.exec(content))
      rectangles.push({ x: Number(match[1]), y: Number(match[2]), width: Number(match[3]), height: Number(match[4]) });
  }
  return rectangles;
}
