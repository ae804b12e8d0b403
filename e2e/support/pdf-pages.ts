import { inflateSync } from 'node:zlib';

/**
 * Just enough of a PDF reader for Chromium's own page.pdf() output: how many pages there are
 * and, per page, how many lines of text it holds (distinct text baselines). Chromium writes
 * glyph ids rather than characters, so the lines are counted, not read.
 */
export interface PdfPage {
  /** Distinct y positions at which text is drawn, top to bottom. */
  textLines: number;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; start: number; end: number }>();
  const objectPattern = /(\d+) 0 obj\b([\s\S]*?)\bendobj\b/g;
  for (let match = objectPattern.exec(source); match; match = objectPattern.exec(source)) {
    const body = match[2]!;
    const bodyStart = match.index + match[0].indexOf(body);
    const stream = /stream\r?\n/.exec(body);
    const dict = stream ? body.slice(0, stream.index) : body;
    const start = stream ? bodyStart + stream.index + stream[0].length : bodyStart;
    const end = stream ? source.indexOf('endstream', start) : start;
    objects.set(match[1]!, { dict, start, end });
  }
  const streamOf = (id: string): string => {
    const object = objects.get(id);
    if (!object || object.end <= object.start) return '';
    const bytes = pdf.subarray(object.start, object.end);
    try {
      return (/\/FlateDecode/.test(object.dict) ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      return '';
    }
  };
  const pages: PdfPage[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page(?![s\w])/.test(dict)) continue;
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(dict);
    const ids = contents?.[1]
      ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => m[1]!)
      : contents?.[2]
        ? [contents[2]]
        : [];
    const content = ids.map(streamOf).join('\n');
    pages.push({ textLines: textBaselines(content) });
  }
  return pages;
}

/** Counts the distinct baselines of text blocks (BT … ET) in a page's content stream. */
function textBaselines(content: string): number {
  const baselines = new Set<number>();
  for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
    const text = block[1]!;
    if (!/T[jJ]/.test(text)) continue;
    // Chromium starts each run with a text matrix (a b c d e f Tm) whose f is the baseline, then
    // moves along the line with "x 0 Td". Baselines 4 units apart or less are one line.
    for (const m of text.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) Tm/g)) {
      baselines.add(Math.round(Number(m[6]) / 4));
    }
  }
  return baselines.size;
}
