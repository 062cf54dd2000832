// Zero-width characters (U+200B–U+200D, U+2060, U+FEFF, the soft hyphen) are invisible on
// the page but split a word for a matcher: 布\u200B署 reads as 布署 to the reviewer and to
// nobody else. The text checks match on the visible characters and map offsets back, so a
// finding covers what the reader sees (its invisible characters included) and a fix removes them.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

function invisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

export interface Visible {
  /** The text without its invisible characters. */
  text: string;
  /** The original span of the visible span [s, e). */
  span(s: number, e: number): [number, number];
}

/** The visible text of `text`, or undefined when it has no invisible characters (the usual case). */
export function visibleText(text: string): Visible | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (invisible(text.charCodeAt(i))) continue;
    at.push(i);
    out += text[i];
  }
  at.push(text.length);
  return { text: out, span: (s, e) => [at[s], e > s ? at[e - 1] + 1 : at[s]] };
}
