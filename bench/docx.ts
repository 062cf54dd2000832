// The Word reader's cost: a generated ~300-page .docx (each draft line a paragraph,
// headings in a heading style numbered automatically, every tenth paragraph in a
// table row, tracked changes and footnotes sprinkled in) read by readDocx, against
// a bare remark parse of the text it yields. Used by `npm run bench` (bench/run.ts).
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../server/src/docx/index';
import { bareParse, median } from './lib';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const r = (s: string) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`;

/** A .docx whose body is `text`'s lines (## and ### headings become Heading 1/2 numbered 一、/（一）). */
export function draftToDocx(text: string): Uint8Array {
  const body: string[] = [];
  let n = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    n++;
    const h = /^(#+)\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*(.*)$/.exec(line);
    // # is the title; ## and ### are Heading 1 and 2, their numbers left to Word.
    if (h) body.push(h[1].length === 1 ? `<w:p>${r(h[2])}</w:p>` : `<w:p><w:pPr><w:pStyle w:val="${h[1].length === 2 ? '1' : '2'}"/></w:pPr>${r(h[2])}</w:p>`);
    else if (n % 10 === 0) body.push(`<w:tbl><w:tr><w:tc><w:p>${r('指标')}</w:p></w:tc><w:tc><w:p>${r(line)}</w:p></w:tc></w:tr></w:tbl>`);
    else if (n % 7 === 0)
      body.push(
        `<w:p>${r(line.slice(0, 10))}<w:del w:id="${n}" w:author="审稿人"><w:r><w:delText>删去的字</w:delText></w:r></w:del><w:ins w:id="${n + 1}" w:author="审稿人">${r(line.slice(10))}</w:ins><w:r><w:footnoteReference w:id="${(n % 50) + 1}"/></w:r></w:p>`,
      );
    else body.push(`<w:p>${r(line)}</w:p>`);
  }
  const lvl = (i: number, fmt: string, t: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${t}"/></w:lvl>`;
  const styles = [1, 2]
    .map(
      (l) =>
        `<w:style w:type="paragraph" w:styleId="${l}"><w:name w:val="heading ${l}"/><w:pPr><w:numPr><w:ilvl w:val="${l - 1}"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
    )
    .join('');
  const notes = Array.from({ length: 50 }, (_, i) => `<w:footnote w:id="${i + 1}"><w:p>${r(`资料来源：年度统计台账第${i + 1}册。`)}</w:p></w:footnote>`).join(
    '',
  );
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body.join('')}</w:body></w:document>`),
    'word/styles.xml': strToU8(`<w:styles ${W}>${styles}</w:styles>`),
    'word/numbering.xml': strToU8(
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
    'word/footnotes.xml': strToU8(`<w:footnotes ${W}>${notes}</w:footnotes>`),
  });
}

export interface DocxSample {
  bytes: number;
  chars: number;
  readMs: number;
  parseMs: number;
}

/** Medians of reading the .docx and of a bare parse of its text, interleaved. */
export function measureDocx(docx: Uint8Array, runs: number, warmup: number): DocxSample {
  const text = readDocx(docx).text;
  const read: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    let t = performance.now();
    readDocx(docx);
    const a = performance.now() - t;
    t = performance.now();
    bareParse(text);
    const b = performance.now() - t;
    if (i >= warmup) {
      read.push(a);
      parse.push(b);
    }
  }
  return { bytes: docx.length, chars: text.length, readMs: median(read), parseMs: median(parse) };
}
