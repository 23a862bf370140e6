/**
 * Where a JSON text stops being valid, found by a small scanner of the JSON grammar (RFC 8259) instead of
 * reading the JavaScript engine's error message, whose wording and detail differ between engines. Used
 * only after JSON.parse has failed, to tell the user the line and column to look at.
 */

/** A syntax error at `at` (a UTF-16 offset; `text.length` when the text ends too early). */
class Stop {
  constructor(readonly at: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Offset of the first syntax error, `text.length` if the text ends in the middle, or -1 if the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string) => {
    ws();
    if (text[i] !== c) fail();
    i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (i < text.length && '"\\/bfnrt'.includes(text[i] as string)) i++;
        else if (text[i] === 'u' && HEX4.test(text.slice(i + 1, i + 5))) i += 5;
        else fail();
      } else if (c < ' ') fail();
      else i++;
    }
    fail();
  };
  const literal = () => {
    const word = ['true', 'false', 'null'].find((w) => w[0] === text[i]);
    if (!word) fail();
    for (const c of word as string) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  /** An object or array: the opening bracket at `i`, then items separated by commas up to `close`. */
  const sequence = (close: '}' | ']', item: () => void): void => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const member = (): void => {
    ws();
    if (text[i] !== '"') fail();
    string();
    expect(':');
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return sequence('}', member);
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) {
      const start = i;
      if (c === '-') i++;
      if (!isDigit(text[i])) fail();
      NUMBER.lastIndex = start;
      NUMBER.test(text);
      i = NUMBER.lastIndex;
      return;
    }
    literal();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (e) {
    if (e instanceof Stop) return Math.min(e.at, text.length);
    throw e;
  }
}

/** Line and column (both from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}
