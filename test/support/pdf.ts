import { inflateSync } from 'node:zlib';

/**
 * The words on each page of a PDF made by pdfkit: its page content streams inflated and the hex
 * strings of their TJ operators decoded, joined with spaces.
 *
 * Each stream is cut at the byte count its dictionary declares (/Length), not at the next
 * "endstream": compressed bytes may end in a newline or even contain that word.
 */
export function pdfPages(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const pages: string[] = [];
  for (const match of raw.matchAll(/\/Length (\d+)\s*\/Filter \/FlateDecode\s*>>\s*stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const content = inflateSync(pdf.subarray(start, start + Number(match[1]))).toString('latin1');
    if (!content.includes('TJ')) continue;
    const words = [...content.matchAll(/\[(.*?)\] TJ/g)].map((tj) =>
      [...tj[1].matchAll(/<([0-9a-f]+)>/gi)]
        .map((hex) => Buffer.from(hex[1], 'hex').toString('latin1'))
        .join(''),
    );
    pages.push(words.join(' '));
  }
  return pages;
}
