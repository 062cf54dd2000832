// A draft file's bytes → the text the engine reads, whatever the file is: a plain-text
// draft in any of the encodings decode.ts knows. One entry point for `shengao check`,
// `shengao trace` and the language server's workspace check.
import { decodeBytes, type DecodeFailure, type Encoding } from './decode.js';

export type DraftRead = { text: string; bom: boolean; encoding: Encoding } | DecodeFailure;

/** Reads a draft's bytes; `encoding` forces the encoding of a plain-text draft. */
export function readDraft(file: string, bytes: Uint8Array, encoding?: Encoding): DraftRead {
  void file;
  return decodeBytes(bytes, encoding);
}
