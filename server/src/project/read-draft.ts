// A draft file's bytes → the text the engine reads, whatever the file is: a plain-text
// draft in any of the encodings decode.ts knows, or a Word document (.docx) whose
// paragraphs, tables and footnotes become Markdown. One entry point for `shengao
// check`, `shengao trace` and the language server's workspace check.
import { compoundFileProblem, DocxError, readDocx, type SourceSpan } from '../docx/index.js';
import { decodeBytes, type Encoding } from './decode.js';

export type SkipKind = 'binary' | 'encoding' | 'format';

export interface DraftText {
  text: string;
  bom: boolean;
  encoding: Encoding;
  /** Set for a Word document: its text is Markdown whatever the file's name. */
  docx?: { spans: SourceSpan[] };
}

export type DraftRead = DraftText | { skip: SkipKind; message: string };

/** Word and WPS formats that are not .docx: named so the writer knows to save as .docx. */
const LEGACY = /\.(doc|dot|wps|wpt)$/i;

import { isDocxPath } from './files.js';

export { isDocxPath };

/** Reads a draft's bytes; `encoding` forces the encoding of a plain-text draft. */
export function readDraft(file: string, bytes: Uint8Array, encoding?: Encoding): DraftRead {
  if (isDocxPath(file)) {
    try {
      const { text, spans } = readDocx(bytes);
      return { text, bom: false, encoding: 'utf-8', docx: { spans } };
    } catch (e) {
      if (e instanceof DocxError) return { skip: 'format', message: e.message };
      throw e;
    }
  }
  if (LEGACY.test(file)) {
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    return { skip: 'format', message: ole ? compoundFileProblem(bytes) : `不是 .docx 格式的文档，无法读取：请在 Word 或 WPS 中打开，另存为 .docx 后再检查` };
  }
  return decodeBytes(bytes, encoding);
}
