// Bytes of a plain-text draft → text. Drafts come from Windows tools as often as from
// editors: UTF-8 (with or without a byte-order mark), "Unicode" (UTF-16 with a BOM) and
// GBK/GB18030 are all read; what cannot be read says why. Shared by `shengao check` and
// the language server's workspace check.
import { isUtf8 } from 'node:buffer';

/** Encodings a draft may be read as. GBK is read as GB18030, its superset. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What `--encoding` accepts (lower-case), and the encoding each name means. */
export const ENCODING_NAMES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
  cp936: 'gb18030',
};

/** How an encoding is named to the writer. */
export const ENCODING_LABEL: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GBK/GB18030',
};

export type DecodeFailure = { skip: 'binary' | 'encoding'; message: string };
export type DecodedText = { text: string; bom: boolean; encoding: Encoding };
export type Decoded = DecodedText | DecodeFailure;

function strict(label: Encoding, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the caller has already stripped it; one inside the text stays as written.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    if (e instanceof RangeError) throw new Error(`此 Node.js 不支持 ${ENCODING_LABEL[label]} 解码（缺少完整的 ICU）`, { cause: e });
    return undefined;
  }
}

/**
 * Text that GB18030 produced from bytes that were really something else (Latin-1, Big5, a
 * binary format) is full of rare symbols and control characters; a Chinese draft is mostly
 * CJK ideographs, ASCII and Chinese punctuation.
 */
function looksLikeChinese(text: string): boolean {
  let usual = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f)) continue; // ASCII says nothing either way
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2010 && c <= 0x2030) || // dashes, quotes, ‰
      (c >= 0x2460 && c <= 0x24ff) || // ①…
      (c >= 0x2160 && c <= 0x217f) || // Ⅰ…
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xf7 ||
      c === 0xb0
    )
      usual++;
    else other++;
  }
  return usual > 0 && other <= usual / 20;
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  const body = bytes.subarray(bom ? 2 : 0);
  const text = body.length % 2 ? undefined : strict(label, body);
  if (text === undefined) return { skip: 'encoding', message: `按 ${ENCODING_LABEL[label]} 读取失败（字节数不成对或含无效字符），已跳过；请另存为 UTF-8` };
  return { text, bom, encoding: label };
}

function buffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Reads a draft's bytes. `forced` (from `--encoding`) skips detection and fails if the bytes
 * are not valid in it. Detection: a byte-order mark decides; then valid UTF-8 is UTF-8; NUL
 * bytes without a BOM mean a binary file; then GB18030 if it decodes and reads like Chinese.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf8Bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  if (forced === 'utf-16le' || forced === 'utf-16be')
    return utf16(bytes, forced, forced === 'utf-16le' ? b0 === 0xff && b1 === 0xfe : b0 === 0xfe && b1 === 0xff);
  if (forced === 'gb18030') {
    const text = strict('gb18030', bytes);
    if (text === undefined) return { skip: 'encoding', message: '按 GBK/GB18030 读取失败（含无效字节），已跳过' };
    return { text, bom: false, encoding: 'gb18030' };
  }
  if (!forced && b0 === 0xff && b1 === 0xfe) return utf16(bytes, 'utf-16le', true);
  if (!forced && b0 === 0xfe && b1 === 0xff) return utf16(bytes, 'utf-16be', true);

  const buf = buffer(bytes);
  // isUtf8 is the strict check TextDecoder's `fatal` makes, several times faster.
  if (isUtf8(buf)) {
    const body = utf8Bom ? buf.subarray(3) : buf;
    if (!forced && body.includes(0)) return { skip: 'binary', message: '二进制文件（含 NUL 字节），已跳过' };
    return { text: body.toString('utf8'), bom: utf8Bom, encoding: 'utf-8' };
  }
  if (forced === 'utf-8') return { skip: 'encoding', message: '不是有效的 UTF-8 文本（--encoding utf-8），已跳过' };
  if (bytes.includes(0)) return { skip: 'binary', message: '二进制文件（含 NUL 字节），已跳过' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined && looksLikeChinese(gb)) return { text: gb, bom: false, encoding: 'gb18030' };
  return {
    skip: 'encoding',
    message: '无法识别编码（不是 UTF-8、带 BOM 的 UTF-16，也不像 GBK/GB18030 中文），已跳过；请另存为 UTF-8，或用 --encoding 指定编码',
  };
}

/** `--encoding NAME` → an encoding, or undefined for a name not known. */
export function parseEncoding(name: string): Encoding | undefined {
  return ENCODING_NAMES[name.trim().toLowerCase()];
}
