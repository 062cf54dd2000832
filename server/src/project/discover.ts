// Which files a `check` run reads: explicit files as given, folders and globs
// expanded to drafts (.md/.markdown/.txt/.docx, any case), never node_modules, never .git, and
// never what a .gitignore or .shengaoignore (from the repository root down) or the
// --ignore-path file ignores.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { readRegularText } from './safe-read.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
// `import = require` so esbuild bundles tinyglobby's CommonJS build: its ESM build (via fdir) needs import.meta.url.
import tinyglobby = require('tinyglobby');
import ignore, { type Ignore } from 'ignore';

import { DRAFT_EXTENSIONS } from './files.js';

export { DRAFT_EXTENSIONS };
export const DEFAULT_PATTERNS = [`**/*.{${DRAFT_EXTENSIONS.join(',')}}`];
// ~$name.docx: the lock file Word keeps beside an open document (not a document).
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/~$*'];
/** An ignore file larger than this is not read (a symlink to /dev/zero would never end). */
const MAX_IGNORE_BYTES = 1024 * 1024;

export interface Discovery {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Arguments that named nothing (no such file, or a glob that matched no draft). */
  unmatched: string[];
  /** The folders the run may read drafts from: cwd and each folder named (a file's own folder); symlinks out of them are refused. */
  roots: string[];
  /** Files named as such on the command line: one that cannot be read fails the run. */
  named: Set<string>;
  /** Folders named on the command line that hold no draft (also in `unmatched`). */
  emptyFolders: string[];
}

/** The --ignore-path file could not be read. */
export class IgnoreFileError extends Error {}

function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** Answers "does git ignore this file?" from every .gitignore between the repository root and the file. */
export class GitIgnores {
  private readonly perDir = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string | null>();

  constructor(private readonly cwd: string) {}

  private rootOf(dir: string): string | null {
    const hit = this.roots.get(dir);
    if (hit !== undefined) return hit;
    let root: string | null;
    if (existsSync(join(dir, '.git'))) root = dir;
    else {
      const up = dirname(dir);
      root = up === dir ? null : this.rootOf(up);
    }
    this.roots.set(dir, root);
    return root;
  }

  private rulesIn(dir: string): Ignore | null {
    let ig = this.perDir.get(dir);
    if (ig === undefined) {
      // At a repository root, .git/info/exclude comes first (lower priority), then .gitignore.
      // .shengaoignore (same syntax) keeps drafts out of shengao's checks only, not out of git.
      const texts = [this.roots.get(dir) === dir ? join(dir, '.git', 'info', 'exclude') : '', join(dir, '.gitignore'), join(dir, '.shengaoignore')].flatMap(
        (f) => {
          if (!f) return [];
          const r = readRegularText(f, { maxBytes: MAX_IGNORE_BYTES });
          return r.ok ? [r.text] : [];
        },
      );
      ig = texts.length ? ignore().add(texts.join('\n')) : null;
      this.perDir.set(dir, ig);
    }
    return ig;
  }

  ignores(file: string): boolean {
    const dir = dirname(file);
    // Outside a repository, .gitignore files still count from the folder being checked down.
    const top = this.rootOf(dir) ?? (isInside(file, this.cwd) ? this.cwd : dir);
    const chain: string[] = [];
    for (let d = dir; ; d = dirname(d)) {
      chain.unshift(d);
      if (d === top || dirname(d) === d) break;
    }
    let ignored = false;
    for (const d of chain) {
      const ig = this.rulesIn(d);
      if (!ig) continue;
      const r = ig.test(toPosix(relative(d, file)));
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

export function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function inSkippedDir(file: string): boolean {
  return toPosix(file)
    .split('/')
    .some((part) => part === 'node_modules' || part === '.git');
}

/**
 * Expands `patterns` (files, folders, globs) relative to `cwd`. No patterns: every draft under `cwd`.
 * A file named explicitly is always checked (even when git ignores it); what a folder or glob finds is filtered.
 */
export async function discover(patterns: string[], cwd: string, opts: { ignorePath?: string } = {}): Promise<Discovery> {
  const root = resolve(cwd);
  const gi = new GitIgnores(root);
  // --ignore-path: patterns relative to cwd, as ESLint reads it. A file that cannot be read is an error, not silence.
  let extra: Ignore | undefined;
  if (opts.ignorePath !== undefined) {
    const r = readRegularText(resolve(root, opts.ignorePath), { maxBytes: MAX_IGNORE_BYTES });
    if (!r.ok) throw new IgnoreFileError(`--ignore-path ${opts.ignorePath}：${r.message}`);
    extra = ignore().add(r.text);
  }
  const extraIgnores = (f: string) => {
    if (!extra) return false;
    const rel = relative(root, f);
    return !rel.startsWith('..') && !isAbsolute(rel) && extra.ignores(toPosix(rel));
  };
  const found = new Set<string>();
  const unmatched: string[] = [];
  const roots = [root];
  const named = new Set<string>();
  const emptyFolders: string[] = [];
  const expand = async (pats: string[], base: string): Promise<string[]> => {
    // Symlinked folders are not entered: a link back up (a loop) would list drafts twice, a link
    // elsewhere would read outside the tree. Symlinked files are listed; reading them checks where they lead.
    // Case-insensitive: Windows tools save 总结.TXT and 报告.DOCX.
    const hits = await tinyglobby.glob(pats, {
      cwd: base,
      absolute: true,
      dot: false,
      onlyFiles: true,
      ignore: ALWAYS_SKIPPED,
      expandDirectories: false,
      followSymbolicLinks: false,
      caseSensitiveMatch: false,
    });
    return hits.map((h) => resolve(h)).filter((f) => !inSkippedDir(relative(base, f)) && !gi.ignores(f) && !extraIgnores(f));
  };

  if (!patterns.length) {
    for (const f of await expand(DEFAULT_PATTERNS, root)) found.add(f);
    return { files: [...found].sort(), unmatched, roots, named, emptyFolders };
  }
  for (const p of patterns) {
    const abs = resolve(root, p);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    let hits: string[];
    // A named path that exists but is no regular file (a device, a FIFO, a dangling link) goes on to
    // the read, which says what it is; only a path that is not there at all is "not found".
    const isNamed = stat?.isFile() || (!stat?.isDirectory() && exists(abs));
    if (isNamed) {
      hits = [abs];
      roots.push(dirname(abs));
      named.add(abs);
    } else if (stat?.isDirectory()) {
      hits = await expand(DEFAULT_PATTERNS, abs);
      roots.push(abs);
      if (!hits.length) emptyFolders.push(p);
    } else if (tinyglobby.isDynamicPattern(p)) hits = await expand([toPosix(p)], root);
    else hits = [];
    if (!hits.length) unmatched.push(p);
    for (const h of hits) found.add(h);
  }
  return { files: [...found].sort(), unmatched, roots, named, emptyFolders };
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
