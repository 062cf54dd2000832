// Writing a fixed draft back without ever losing it. Overwriting in place leaves a
// truncated file for as long as the write takes (0.75 s for 150 MB; a 0-byte file if the
// process is killed then) and a half-written one on a full disk. Here the new text goes to
// a temporary file in the same folder, is flushed to disk, and is renamed over the draft:
// a reader — or a crash — sees the old file or the new one, never a part. A lock file keeps
// two `--fix` runs from interleaving, and the draft is compared with what was checked just
// before the rename, so an edit made meanwhile (by a person or another run) is never lost.
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefused';
  }
}

/** The file system calls used, replaceable in tests (a full disk, a crash mid-write). */
export interface WriteFs {
  openSync: typeof openSync;
  writeSync: (fd: number, buf: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
}

const REAL_FS: WriteFs = { openSync, writeSync: (fd, buf, off, len) => writeSync(fd, buf, off, len), fsyncSync, closeSync, renameSync, unlinkSync };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<draft>.shengao-lock` (O_EXCL); a lock left by a process that no longer runs is taken over. */
function lock(target: string): () => void {
  const path = `${target}.shengao-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(readFileSync(path, 'utf8').trim());
      } catch {
        /* unreadable: treat as held */
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
        try {
          unlinkSync(path);
        } catch {
          /* someone else took it over */
        }
        continue;
      }
      throw new WriteRefused(`另一个审稿进程${Number.isInteger(holder) ? `（${holder}）` : ''}正在修复这个文件，未写回；请稍后再运行 --fix`);
    }
  }
  throw new WriteRefused('无法取得修复锁，未写回；请稍后再运行 --fix');
}

function sameBytes(path: string, expected: Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return false;
  }
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size !== expected.length) return false;
    const buf = Buffer.allocUnsafe(expected.length);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    return got === expected.length && buf.equals(expected);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `file` with `data`, atomically, keeping its mode. `expected`: the bytes the new
 * text was computed from; when the file no longer holds them, nothing is written. Throws
 * WriteRefused (or the file system's error) with the draft untouched.
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected: Uint8Array | undefined, fs: WriteFs = REAL_FS): void {
  // A symlinked draft stays a symlink: the file it points to is replaced.
  const target = lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  const mode = statSync(target).mode & 0o7777;
  const unlock = lock(target);
  const tmp = join(dirname(target), `.${basename(target)}.shengao-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let renamed = false;
  try {
    if (expected && !sameBytes(target, expected)) throw new WriteRefused('文件在检查之后被改动过，未写回修复；请重新运行 --fix');
    fd = fs.openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    for (let off = 0; off < data.length;) off += fs.writeSync(fd, data, off, data.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    chmodSync(tmp, mode); // the umask may have narrowed the mode given to open
    fs.renameSync(tmp, target);
    renamed = true;
    try {
      // The rename itself reaches the disk once the folder is flushed.
      const dfd = openSync(dirname(target), constants.O_RDONLY);
      try {
        fsyncSync(dfd);
      } finally {
        closeSync(dfd);
      }
    } catch {
      /* not every file system lets a folder be flushed */
    }
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    if (!renamed) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
    unlock();
  }
}
