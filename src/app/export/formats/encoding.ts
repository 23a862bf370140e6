/**
 * Character sets of the Visma file (issue 16): UTF-8 (with or without BOM) and Windows code page
 * 1252 ("ANSI"), which holds æ, ø, å and the other Western European letters. Written by hand (a
 * table of 27 code points) because the only encoder the platform has, TextEncoder, writes UTF-8.
 */
import type { VismaEncoding } from '../../../core/pay';

/** The code points 0x80–0x9F of Windows-1252 (the rest of 0x00–0xFF equals ISO 8859-1 / Unicode). */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89,
  0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** The Windows-1252 byte of a code point, or null when the code page has no such character. */
function cp1252Byte(cp: number): number | null {
  if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return CP1252_HIGH[cp] ?? null;
}

/** The first character of `text` that `encoding` cannot hold, or null. */
export function unencodable(text: string, encoding: VismaEncoding): string | null {
  if (encoding !== 'windows-1252') return null;
  for (const ch of text) if (cp1252Byte(ch.codePointAt(0) as number) === null) return ch;
  return null;
}

/** `text` in `encoding`; the caller has checked it with `unencodable` (a character it cannot hold throws). */
export function encodeText(text: string, encoding: VismaEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode('\uFEFF' + text);
  const out: number[] = [];
  for (const ch of text) {
    const b = cp1252Byte(ch.codePointAt(0) as number);
    if (b === null) throw new Error(`windows-1252 has no ${JSON.stringify(ch)}`);
    out.push(b);
  }
  return Uint8Array.from(out);
}
