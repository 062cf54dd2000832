// The editor's quick fix "allow this word": adds it to `allow:` of the project's
// .shengao.yaml (creating one at the workspace folder when there is none), keeping the
// file's comments and layout, reading it safely and replacing it atomically.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { findConfig } from '../packs/loader.js';
import { MAX_PACK_BYTES, type PackHost } from '../packs/host.js';
import { readRegularFile } from './safe-read.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Adds `word` to `allow:` of the nearest .shengao.yaml at or above `dir`, creating
 * `<root>/.shengao.yaml` when there is none. Comments and layout are kept.
 * Returns the file written.
 */
export function addAllowWord(dir: string, root: string | undefined, word: string, host: PackHost): { file: string; created: boolean; changed: boolean } {
  const found = findConfig(dir, host);
  const file = found ?? join(root ?? dir, '.shengao.yaml');
  if (!found || !existsSync(file)) {
    const text = `# 审稿 shengao 项目配置（不写 extends 时以 work-summary 为基础）\n# 团队允许的写法：不再按术语或占位符报出\nallow:\n  - ${JSON.stringify(word)}\n`;
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' }); // never over a file created meanwhile
    return { file, created: true, changed: true };
  }
  const read = readRegularFile(file, { maxBytes: MAX_PACK_BYTES });
  if (!read.ok) throw new Error(`${file} ${read.message}，未能写入`);
  const source = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(`${file} 有 YAML 语法错误，未能写入：${doc.errors[0].message.split('\n')[0]}`);
  const node = doc.get('allow', true);
  if (isSeq(node)) {
    if (node.items.some((i) => String((i as { value?: unknown }).value ?? i) === word)) return { file, created: false, changed: false };
    node.add(doc.createNode(word));
  } else {
    doc.set('allow', doc.createNode([word]));
  }
  // Atomically, and only over the text just read (an edit made meanwhile is not lost).
  writeFileAtomic(file, Buffer.from(String(doc), 'utf8'), read.bytes);
  return { file, created: false, changed: true };
}
