// Every file shengao reads on a user's behalf (drafts, packs, ignore files) comes
// through here, because a workspace is untrusted input: git stores symlinks, so a
// repository can point `team.yaml` at /dev/zero (an endless read), at a FIFO (a read
// that never returns), or a draft at a file outside the tree (whose text would then
// appear in a report). A read here is of a regular file only, sized before it is read,
// and, when roots are given, only of a file whose real path lies inside one of them.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * Largest draft read, in bytes: the engine reads at most 500,000 characters (≈ 1.5 MB of UTF-8)
 * and notes the rest as unchecked; a file far past that is no draft (a log, a dump, /dev/zero).
 */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

export type RefusalCode = 'missing' | 'not-regular' | 'too-large' | 'outside' | 'unreadable';

export interface Refusal {
  code: RefusalCode;
  /** Chinese, for the user: what the file is and what to do. */
  message: string;
}

export type ReadResult = { ok: true; bytes: Buffer; realPath: string } | ({ ok: false } & Refusal);

export interface ReadLimits {
  /** Largest size read, in bytes. */
  maxBytes: number;
  /** When given, the file's real path (symlinks resolved) must lie inside one of these folders. */
  within?: readonly string[];
}

function kindOf(mode: number): string {
  const t = mode & constants.S_IFMT;
  if (t === constants.S_IFCHR) return '字符设备';
  if (t === constants.S_IFBLK) return '块设备';
  if (t === constants.S_IFIFO) return '命名管道（FIFO）';
  if (t === constants.S_IFSOCK) return '套接字';
  if (t === constants.S_IFDIR) return '文件夹';
  return '特殊文件';
}

/** Human size: 1.5 MB, 300 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** True when `path` is `root` or below it (both real, absolute paths). */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function realRoots(roots: readonly string[]): string[] {
  return roots.flatMap((r) => {
    try {
      return [realpathSync(r)];
    } catch {
      return [];
    }
  });
}

/** Where `path` really is, or why it may not be read; no bytes are read. */
export function checkPath(path: string, limits: ReadLimits): { ok: true; realPath: string } | ({ ok: false } & Refusal) {
  let real: string;
  try {
    lstatSync(path);
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, code: 'missing', message: '文件不存在（或是指向不存在文件的符号链接）' };
    if (code === 'ELOOP') return { ok: false, code: 'not-regular', message: '符号链接成环，无法读取' };
    return { ok: false, code: 'unreadable', message: `无法读取（${code ?? (e as Error).message}）` };
  }
  if (limits.within?.length) {
    const roots = realRoots(limits.within);
    if (!roots.some((r) => isInside(real, r))) {
      return { ok: false, code: 'outside', message: `是指向检查范围之外（${real}）的符号链接，为免泄露范围外的内容，不读取` };
    }
  }
  return { ok: true, realPath: real };
}

/**
 * Reads a regular file of at most `maxBytes`. Opened non-blocking (a FIFO would otherwise
 * block the open itself), then judged by fstat of what was opened, so a file swapped for a
 * device between the check and the read is still refused; the read stops one byte past the
 * cap, so a file that grows while read cannot grow the buffer.
 */
export function readRegularFile(path: string, limits: ReadLimits): ReadResult {
  const where = checkPath(path, limits);
  if (!where.ok) return where;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, code: 'missing', message: '文件不存在' };
    if (code === 'EISDIR') return { ok: false, code: 'not-regular', message: '是文件夹，不是文件' };
    return { ok: false, code: 'unreadable', message: `无法读取（${code ?? (e as Error).message}）` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, code: 'not-regular', message: `不是普通文件，而是${kindOf(st.mode)}，不读取` };
    if (st.size > limits.maxBytes)
      return { ok: false, code: 'too-large', message: `文件过大（${formatBytes(st.size)}），超过上限 ${formatBytes(limits.maxBytes)}` };
    // Sized by fstat, grown (up to one byte past the cap) only if the file grows while read.
    let buf = Buffer.allocUnsafe(Math.min(st.size, limits.maxBytes) + 1);
    let got = 0;
    for (;;) {
      if (got === buf.length) {
        if (got > limits.maxBytes) return { ok: false, code: 'too-large', message: `文件在读取时变大，超过上限 ${formatBytes(limits.maxBytes)}` };
        const bigger = Buffer.allocUnsafe(Math.min(limits.maxBytes + 1, buf.length * 2 + 4096));
        buf.copy(bigger, 0, 0, got);
        buf = bigger;
      }
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: buf.subarray(0, got), realPath: where.realPath };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, code: 'unreadable', message: `读取失败（${code ?? (e as Error).message}）` };
  } finally {
    closeSync(fd);
  }
}

/** The same, as UTF-8 text (a leading BOM dropped); for packs, ignore files and configs. */
export function readRegularText(path: string, limits: ReadLimits): { ok: true; text: string; realPath: string } | ({ ok: false } & Refusal) {
  const r = readRegularFile(path, limits);
  if (!r.ok) return r;
  return { ok: true, text: r.bytes.toString('utf8').replace(/^\uFEFF/, ''), realPath: r.realPath };
}
