// `npm run hostile`: the attacks of an untrusted workspace (issue 17), each run against the
// built CLI in a throw-away folder with a wall-clock and memory guard, and its result
// (time, peak memory, exit code, whether the outcome is the safe one) printed as a table.
// `--cli PATH` runs another build (the "before" column of RELIABILITY.md came from one);
// `--markdown FILE` writes the table there. Exit 1 when any attack's outcome is unsafe.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { lspRows } from './hostile-lsp';

interface Outcome {
  ms: number;
  peakMb: number;
  code: number | null;
  killed: string | undefined;
  stdout: string;
  stderr: string;
}

interface Attack {
  id: string;
  what: string;
  /** Builds the workspace; returns the CLI arguments (run with the workspace as cwd). */
  setup(dir: string): string[];
  /** Undefined when the outcome is safe, else why not. */
  verdict(o: Outcome, dir: string): string | undefined;
  limitMs?: number;
}

const MEM_LIMIT_MB = 1500;
const args = process.argv.slice(2);
const cliArg = args.indexOf('--cli');
const CLI = resolve(cliArg >= 0 ? args[cliArg + 1] : join(__dirname, '..', 'bin', 'shengao.js'));
const mdArg = args.indexOf('--markdown');
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--cli' && args[i - 1] !== '--markdown');

const DRAFT = '一、主要工作\n全年完成培训3场。\n二、存在问题\n宣传不够。\n三、下步打算\n继续做好培训。\n';

function write(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

/** Runs the CLI, polling its resident memory; kills it past the wall-clock or memory limit. */
function run(argv: string[], cwd: string, limitMs: number): Promise<Outcome> {
  return new Promise((done) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    let killed: string | undefined;
    child.stdout.on('data', (d: Buffer) => (stdout += d.length < 1e6 && stdout.length < 1e6 ? d.toString() : ''));
    child.stderr.on('data', (d: Buffer) => (stderr += stderr.length < 1e6 ? d.toString() : ''));
    const poll = setInterval(() => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited */
      }
      if (peakKb / 1024 > MEM_LIMIT_MB && !killed) {
        killed = `> ${MEM_LIMIT_MB} MB`;
        child.kill('SIGKILL');
      } else if (Date.now() - t0 > limitMs && !killed) {
        killed = `> ${limitMs / 1000} s`;
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('close', (code) => {
      clearInterval(poll);
      done({ ms: Date.now() - t0, peakMb: Math.round(peakKb / 1024), code, killed, stdout, stderr });
    });
  });
}

const exits = (want: number) => (o: Outcome) => (o.killed ? `killed (${o.killed})` : o.code === want ? undefined : `exit ${o.code}, want ${want}`);
const within = (ms: number) => (o: Outcome) =>
  o.killed
    ? `killed (${o.killed})`
    : o.code! >= 2 && !/超时|未检查|纯文本/.test(o.stdout + o.stderr)
      ? `exit ${o.code}: ${o.stderr.slice(0, 120)}`
      : o.ms > ms
        ? `took ${o.ms} ms (limit ${ms})`
        : undefined;
const packRefused = (o: Outcome) => exits(2)(o) ?? (/:\d+:\d+/.test(o.stderr + o.stdout) ? undefined : 'no position in the message');

function pack(dir: string, body: string): void {
  write(dir, '.shengao.yaml', body);
  write(dir, 'a.txt', DRAFT);
}

const ATTACKS: Attack[] = [
  {
    id: 'extends-dev-zero',
    what: '`extends:` a symlink to /dev/zero',
    setup(dir) {
      symlinkSync('/dev/zero', join(dir, 'team.yaml'));
      pack(dir, 'extends: ./team.yaml\n');
      return ['check', 'a.txt'];
    },
    verdict: exits(2),
  },
  {
    id: 'draft-dev-zero',
    what: 'a draft that is a symlink to /dev/zero',
    setup(dir) {
      symlinkSync('/dev/zero', join(dir, 'zero.md'));
      return ['check', 'zero.md'];
    },
    verdict: exits(2),
  },
  {
    id: 'extends-fifo',
    what: '`extends:` a FIFO',
    setup(dir) {
      execFileSync('mkfifo', [join(dir, 'team.yaml')]);
      pack(dir, 'extends: ./team.yaml\n');
      return ['check', 'a.txt'];
    },
    verdict: exits(2),
  },
  {
    id: 'redos-alternation',
    what: 'placeholder pattern `(某|某)*同志` on 30 某',
    setup(dir) {
      pack(dir, "placeholders:\n  patterns:\n    - pattern: '(某|某)*同志'\n");
      write(dir, 'a.txt', DRAFT + '某'.repeat(30) + '！\n');
      return ['check', 'a.txt'];
    },
    verdict: (o) => within(5000)(o) ?? (o.code === 2 && !/:\d+:\d+/.test(o.stderr + o.stdout) ? 'refused without a position' : undefined),
  },
  {
    id: 'redos-optional',
    what: 'placeholder pattern `(a|a?)+b` on 30 a',
    setup(dir) {
      pack(dir, "placeholders:\n  patterns:\n    - pattern: '(a|a?)+b'\n");
      write(dir, 'a.txt', DRAFT + 'a'.repeat(30) + '！\n');
      return ['check', 'a.txt'];
    },
    verdict: within(5000),
  },
  {
    id: 'redos-cubic',
    what: 'pattern `X*X*同志` on a 4,000-character paragraph',
    setup(dir) {
      pack(dir, "placeholders:\n  patterns:\n    - pattern: 'X*X*同志'\n");
      write(dir, 'a.txt', DRAFT + 'X'.repeat(4000) + '！\n');
      return ['check', 'a.txt'];
    },
    verdict: within(5000),
  },
  {
    id: 'percent-words-redos',
    what: '`numbers/percent` increaseWords `(a+)+b`',
    setup(dir) {
      pack(dir, "rules:\n  numbers/percent:\n    options:\n      increaseWords: ['(a+)+b']\n");
      write(dir, 'a.txt', DRAFT + '收入' + 'a'.repeat(40) + '12%。\n');
      return ['check', 'a.txt'];
    },
    verdict: within(5000),
  },
  {
    id: 'percent-words-broken',
    what: '`numbers/percent` increaseWords `(`',
    setup(dir) {
      pack(dir, "rules:\n  numbers/percent:\n    options:\n      increaseWords: ['(']\n");
      write(dir, 'a.txt', DRAFT + '收入增长12%。\n');
      return ['check', 'a.txt'];
    },
    // Either the word is taken literally (exit 0/1, no internal error) or the pack is refused with a position.
    verdict: (o) =>
      o.killed
        ? `killed (${o.killed})`
        : /内部出错|出错，已跳过/.test(o.stderr + o.stdout)
          ? 'a check failed and the run still looked clean'
          : o.code! >= 2
            ? packRefused(o)
            : undefined,
  },
  {
    id: 'symlink-outside',
    what: 'a draft symlinked to a file outside the tree, SARIF output',
    setup(dir) {
      const outside = mkdtempSync(join(tmpdir(), 'shengao-secret-'));
      write(outside, 'secret.md', '# 密钥\n\nAPI_KEY=sk-live-9b1c 由XX同志保管\n');
      mkdirSync(join(dir, 'docs'));
      symlinkSync(join(outside, 'secret.md'), join(dir, 'docs', 'leak.md'));
      write(join(dir, 'docs'), 'a.txt', DRAFT);
      return ['check', 'docs', 'docs/leak.md', '--format', 'sarif'];
    },
    verdict: (o) => (o.killed ? `killed (${o.killed})` : /sk-live|XX同志/.test(o.stdout) ? 'the outside file’s text is in the report' : exits(2)(o)),
  },
  {
    id: 'symlink-loop',
    what: 'a symlinked folder pointing back up (loop)',
    setup(dir) {
      mkdirSync(join(dir, 'docs'));
      write(join(dir, 'docs'), 'a.txt', DRAFT.replace('3场', 'XX场'));
      symlinkSync('..', join(dir, 'docs', 'up'));
      return ['check', '.', '--format', 'json'];
    },
    verdict: (o) => {
      if (o.killed) return `killed (${o.killed})`;
      const n = (o.stdout.match(/"filePath"|"path"/g) ?? []).length;
      return n > 1 ? `the draft is reported ${n} times` : undefined;
    },
  },
  {
    id: 'md-brackets',
    what: '190k characters of `[`…`]` (Markdown)',
    setup(dir) {
      write(dir, 'b.md', '['.repeat(95_000) + ']'.repeat(95_000) + '\n');
      return ['check', 'b.md'];
    },
    verdict: within(5000),
    limitMs: 150_000,
  },
  {
    id: 'md-emphasis',
    what: '80k characters of `*_`…`_*` (Markdown)',
    setup(dir) {
      write(dir, 'e.md', '*_'.repeat(20_000) + '字' + '_*'.repeat(20_000) + '\n');
      return ['check', 'e.md'];
    },
    verdict: within(5000),
    limitMs: 90_000,
  },
  {
    id: 'long-line',
    what: 'one 300k-character line of `XX，`',
    setup(dir) {
      write(dir, 'l.txt', 'XX，'.repeat(100_000) + '\n');
      return ['check', 'l.txt', '--format', 'json'];
    },
    verdict: within(5000),
    limitMs: 120_000,
  },
  {
    id: 'allow-150k',
    what: 'a 150,000-entry `allow:` list',
    setup(dir) {
      const words = Array.from({ length: 150_000 }, (_, i) => `  - 词${i}\n`).join('');
      pack(dir, `allow:\n${words}`);
      return ['check', 'a.txt'];
    },
    // Taken (exit 0/1) or refused with a position (exit 2); never a stack overflow.
    verdict: (o) =>
      o.killed
        ? `killed (${o.killed})`
        : /Maximum call stack|RangeError/.test(o.stderr + o.stdout)
          ? 'stack overflow'
          : o.code! >= 2
            ? packRefused(o)
            : undefined,
  },
];

async function main(): Promise<void> {
  const rows: string[] = [];
  let unsafe = 0;
  for (const a of ATTACKS) {
    if (only.length && !only.includes(a.id)) continue;
    const dir = mkdtempSync(join(tmpdir(), `shengao-hostile-${a.id}-`));
    try {
      const argv = a.setup(dir);
      const o = await run(argv, dir, a.limitMs ?? 30_000);
      const bad = a.verdict(o, dir);
      if (bad) unsafe++;
      const first = (o.stderr.trim() || o.stdout.trim()).split('\n')[0]?.slice(0, 90) ?? '';
      rows.push(
        `| ${a.id} | ${a.what} | ${(o.ms / 1000).toFixed(1)} s | ${o.peakMb} MB | ${o.killed ? `killed ${o.killed}` : o.code} | ${bad ? `✗ ${bad}` : '✓'} | ${first.replace(/\|/g, '\\|')} |`,
      );
      console.log(rows[rows.length - 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // The language server's share: how long a pathological draft blocks its answers (the server next to the CLI's build).
  {
    const lsp = await lspRows(only, cliArg >= 0 ? join(dirname(CLI), '..', 'dist', 'server.js') : undefined);
    rows.push(...lsp.rows);
    unsafe += lsp.unsafe;
  }
  const table = ['| attack | what | time | peak memory | exit | safe? | first line of output |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
  if (mdArg >= 0) writeFileSync(args[mdArg + 1], table + '\n');
  console.log(`\n${unsafe ? `${unsafe} attack(s) not handled safely` : 'every attack handled safely'} (CLI: ${CLI})`);
  process.exitCode = unsafe ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
