// A Word (.docx) file → the text the engine reads (Markdown: heading styles become
// headings), and where each piece of that text came from, so a finding can point at
// the paragraph in Word. fflate unzips (pure JavaScript, no dependencies, synchronous
// and fast; it can extract just the parts we need); saxes parses the XML.
import type { unzipSync as UnzipSync } from 'fflate';
import { readBody, type Unit } from './document.js';
import { Numbering } from './numbering.js';
import { readStyles } from './styles.js';
import { parseXml, type XmlElement } from './xml.js';

/** Where a unit of the extracted text came from. */
export interface SourceSpan {
  /** UTF-16 offsets of the unit in the extracted text. */
  start: number;
  end: number;
  /** 第 12 段, 表 2 第 3 行, 脚注 1. */
  label: string;
}

export interface DocxText {
  /** Markdown: one unit per block, blank lines between, heading styles as `#` headings. */
  text: string;
  spans: SourceSpan[];
}

/** A .docx that cannot be read; the message says what to do. */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxError';
  }
}

/** A Word file's pictures make it large, and only its XML parts are unpacked: larger than a text draft may be. */
export const MAX_DOCX_BYTES = 128 * 1024 * 1024;

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml'];
/** No part of a real report comes near this unpacked; a bigger one is a zip bomb. */
const MAX_PART_BYTES = 256 * 1024 * 1024;
const SAVE_AS = '请在 Word 或 WPS 中打开，另存为 .docx 后再检查';

function isCompoundFile(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;
}

/** Why an OLE compound file (not a zip) cannot be read: an encrypted .docx or a legacy .doc/.wps. */
export function compoundFileProblem(bytes: Uint8Array): string {
  // Word saves a password-protected .docx inside a compound file with an "EncryptionInfo" stream.
  const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'));
  return encrypted
    ? `文档设有打开密码（已加密），无法读取：请在 Word 中取消密码（文件 › 信息 › 保护文档），另存为 .docx 后再检查`
    : `这是旧版 Word 97-2003 或 WPS 格式（不是 .docx），无法读取：${SAVE_AS}`;
}

function xmlPart(files: Record<string, Uint8Array>, name: string): XmlElement | undefined {
  const bytes = files[name];
  if (!bytes) return undefined;
  try {
    return parseXml(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    throw new DocxError(`文件已损坏（${name} 不是有效的 XML：${(e as Error).message.split('\n')[0]}）：${SAVE_AS}`);
  }
}

function render(units: Unit[]): DocxText {
  let text = '';
  const spans: SourceSpan[] = [];
  for (const u of units) {
    if (text) text += '\n\n';
    const prefix = u.heading ? '#'.repeat(Math.min(u.heading, 6)) + ' ' : '';
    const start = text.length + prefix.length;
    text += prefix + u.text;
    spans.push({ start, end: text.length, label: u.label });
  }
  return { text: text ? text + '\n' : '', spans };
}

/** Reads a .docx; throws DocxError with a one-line, actionable message when it cannot. */
export function readDocx(bytes: Uint8Array): DocxText {
  if (isCompoundFile(bytes)) throw new DocxError(compoundFileProblem(bytes));
  let files: Record<string, Uint8Array>;
  try {
    // fflate is required on the first .docx, not at start-up: its module builds its inflate
    // tables as it loads (~4 ms of every `shengao` process, most of which never read a .docx).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzipSync } = require('fflate') as { unzipSync: typeof UnzipSync };
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!PARTS.includes(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) throw new DocxError(`文件中 ${f.name} 解压后超过 ${MAX_PART_BYTES >> 20} MB，不像是正常的 Word 文档，未读取`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError(`文件已损坏，无法作为 .docx 打开（${(e as Error).message}）：${SAVE_AS}`);
  }
  const document = xmlPart(files, 'word/document.xml');
  if (!document) throw new DocxError(`不是 Word 文档（压缩包里没有 word/document.xml），可能已损坏：${SAVE_AS}`);
  const numbering = new Numbering(xmlPart(files, 'word/numbering.xml'));
  const styles = readStyles(xmlPart(files, 'word/styles.xml'));
  return render(readBody(document, xmlPart(files, 'word/footnotes.xml'), styles, numbering));
}

/** The unit a text offset falls in (for pointing a finding at Word's paragraph). */
export function spanAt(spans: readonly SourceSpan[], offset: number): SourceSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let best: SourceSpan | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      best = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
