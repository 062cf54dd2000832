// Language-server latency bench: drives the built server (node dist/server.js
// --stdio) through a scripted editing session and measures time to diagnostics.
//
//   1. spawn → initialize → open a 10k draft: time from spawn to first diagnostics;
//   2. wait for the segmenter (shengao/status reports it), then 200 small edits
//      (typing and deleting inside paragraphs), each waiting for its diagnostics;
//   3. a burst of rapid typing (no waiting): only the last version may be published;
//   4. a paste of 50k characters;
//   5. open a 100k draft and edit it: time to diagnostics after the debounce;
//   6. RSS of the server with the segmenter loaded: right after the last edit (with the
//      garbage of that lint not yet collected), peak, and at rest (IDLE_MS later, after V8's
//      memory reducer has run — what the server holds while the writer reads or thinks).
//
// Latencies "after the debounce" are (diagnostics received − edit sent − DEBOUNCE_MS).
// `npm run bench:lsp` runs this alone and updates the LSP section of BENCHMARKS.md.
// SHENGAO_BENCH_PROF=DIR also writes a CPU profile of the server into DIR.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadFixtures, generateDraft, rng } from './generate';
import { ROOT, median, percentile } from './lib';
import { DEBOUNCE_MS } from '../server/src/lsp/server';

export const LSP_START = '<!-- lsp:start -->';
export const LSP_END = '<!-- lsp:end -->';

export interface LspResult {
  debounceMs: number;
  firstDiagnosticsMs: number;
  firstSegmenter: string;
  segmenterReadyMs: number;
  edits: number[];
  burst: { edits: number; published: number; lastLatency: number };
  paste: number;
  pasteChars: number;
  big: number[];
  bigChars: number;
  rssMb: number;
  peakRssMb: number;
  /** Where the resident memory is, read just after `rssMb` (MB). */
  breakdown?: MemoryBreakdown;
  /** RSS at rest: IDLE_MS after the last edit, both drafts still open (MB). */
  idleRssMb: number;
  idleMs: number;
  idleBreakdown?: MemoryBreakdown;
  budgets: { what: string; value: string; limit: string; ok: boolean }[];
}

type Json = Record<string, unknown>;

export interface MemoryBreakdown {
  rss: number;
  /** Mapped files: the node binary, shared libraries, jieba's .node. */
  files: number;
  /** V8's heap, resident, by space (new_space, old_space, large_object_space, code_space…). */
  v8: number;
  v8Spaces: Record<string, number>;
  v8Used: number;
  /** Buffers and ArrayBuffers (outside the V8 heap). */
  arrayBuffers: number;
  /** The rest of the anonymous memory: malloc arenas, thread stacks (and a native segmenter's dictionary, if one is loaded). */
  native: number;
  /** What loading the default segmenter adds to a bare node process (measured separately). */
  jieba?: number;
}

/** RSS that loading the default segmenter (and tagging one sentence) adds to a fresh node process, as the server does. */
function jiebaDictMb(): number | undefined {
  const script = [
    "const fs = require('fs');",
    "const rss = () => Number(/VmRSS:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;",
    "const { loadSegmenter } = require('./server/src/segmenters/index.ts');",
    'gc(); const before = rss();',
    "const seg = loadSegmenter(); seg.tag('全面推进各项工作'); gc();",
    'console.log(rss() - before);',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--expose-gc', '-r', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  const mb = Number(r.stdout.trim().split('\n').pop());
  return r.status === 0 && Number.isFinite(mb) ? mb : undefined;
}

const MB = 1024 * 1024;
/** How long the server is left alone before its memory is read "at rest". */
const IDLE_MS = 15_000;

/** Resident memory of mapped files (the rest of RSS is anonymous memory). */
function fileBackedMb(pid: number): number {
  let kb = 0;
  let file = false;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (head) file = head[1].startsWith('/');
    else if (file && line.startsWith('Rss:')) kb += Number(/(\d+)/.exec(line)![1]);
  }
  return kb / 1024;
}

/** The server's own account (`shengao/memory`) plus /proc: what the RSS is made of. */
async function memoryBreakdown(client: Client, pid: number): Promise<MemoryBreakdown | undefined> {
  try {
    const r = (await client.request('shengao/memory', {})).result as
      { rss: number; heapUsed: number; arrayBuffers: number; spaces: Record<string, number> } | undefined;
    if (!r) return undefined;
    const files = fileBackedMb(pid);
    const v8Spaces = Object.fromEntries(Object.entries(r.spaces).map(([k, v]) => [k, v / MB]));
    const v8 = Object.values(v8Spaces).reduce((a, b) => a + b, 0);
    const rss = r.rss / MB;
    const arrayBuffers = r.arrayBuffers / MB;
    return { rss, files, v8, v8Spaces, v8Used: r.heapUsed / MB, arrayBuffers, native: rss - files - v8 - arrayBuffers, jieba: jiebaDictMb() };
  } catch {
    return undefined;
  }
}

/** Minimal LSP client over stdio: Content-Length framing, requests, notifications. */
class Client {
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (r: Json) => void>();
  private listeners: ((method: string, params: Json) => void)[] = [];
  constructor(private proc: ChildProcessWithoutNullStreams) {
    proc.stdout.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const head = this.buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: *(\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
        if (this.buf.length < head + 4 + len) return;
        const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8')) as Json;
        this.buf = this.buf.subarray(head + 4 + len);
        this.dispatch(msg);
      }
    });
  }
  private dispatch(msg: Json): void {
    if ('id' in msg && !('method' in msg)) {
      this.pending.get(msg.id as number)?.(msg);
      this.pending.delete(msg.id as number);
    } else if ('method' in msg && 'id' in msg) {
      // Server → client request (configuration, registerCapability…): answer empty.
      this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? [] : null });
    } else if ('method' in msg) {
      for (const l of this.listeners) l(msg.method as string, (msg.params ?? {}) as Json);
    }
  }
  private send(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  request(method: string, params: Json): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }
  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }
  on(l: (method: string, params: Json) => void): void {
    this.listeners.push(l);
  }
  off(l: (method: string, params: Json) => void): void {
    this.listeners.splice(this.listeners.indexOf(l), 1);
  }
  /** Resolves with the time of the first notification matching `pred` (or rejects after `timeoutMs`). */
  waitFor(pred: (method: string, params: Json) => boolean, timeoutMs = 20000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for the language server')), timeoutMs);
      const l = (m: string, p: Json) => {
        if (!pred(m, p)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(l), 1);
        resolve(performance.now());
      };
      this.listeners.push(l);
    });
  }
}

function rssOf(pid: number): { rss: number; hwm: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s*(\\d+)`).exec(s)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An open document mirrored on the client side, edited with incremental changes. */
class Doc {
  doc: TextDocument;
  constructor(
    private client: Client,
    readonly uri: string,
    text: string,
  ) {
    this.doc = TextDocument.create(uri, 'markdown', 1, text);
  }
  open(): void {
    this.client.notify('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: 'markdown', version: 1, text: this.doc.getText() } });
  }
  /** Replaces [from, to) with `text`; returns the new version. */
  edit(from: number, to: number, text: string): number {
    const range = { start: this.doc.positionAt(from), end: this.doc.positionAt(to) };
    const version = this.doc.version + 1;
    this.doc = TextDocument.update(this.doc, [{ range, text }], version);
    this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version }, contentChanges: [{ range, text }] });
    return version;
  }
  diagnosed(version: number): (m: string, p: Json) => boolean {
    return (m, p) => m === 'textDocument/publishDiagnostics' && p.uri === this.uri && (p.version === undefined || (p.version as number) >= version);
  }
}

/** A place inside a paragraph (not a heading, not a marker) to type at. */
function typingSpot(text: string, r: () => number): number {
  for (;;) {
    const at = Math.floor(r() * text.length);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (line.length > 40 && !line.startsWith('#') && at - lineStart > 12) return at;
  }
}

const TYPED = ['进一步', '加强', '全面', '扎实', '推进', '落实', '有效', '持续', '完善', '提升'];

export async function runLspBench(opts: { quick?: boolean; log?: (s: string) => void } = {}): Promise<LspResult> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const server = process.env.SHENGAO_BENCH_SERVER ?? join(ROOT, 'dist/server.js');
  if (!existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const fx = loadFixtures();
  const dir = mkdtempSync(join(tmpdir(), 'shengao-lsp-'));
  const r = rng(42);
  const edits = opts.quick ? 20 : 200;
  const bigEdits = opts.quick ? 5 : 30;

  const t0 = performance.now();
  const proc = spawn(
    process.execPath,
    [...(process.env.SHENGAO_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.SHENGAO_BENCH_PROF] : []), server, '--stdio'],
    { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  proc.stderr.on('data', () => {});
  const client = new Client(proc);
  let segmenter = 'basic';
  let segmenterReady = NaN;
  client.on((m, p) => {
    if (m === 'shengao/status' && typeof p.segmenter === 'string') {
      segmenter = p.segmenter;
      if (segmenter !== 'basic' && Number.isNaN(segmenterReady)) segmenterReady = performance.now() - t0;
    }
  });
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'bench' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    client.notify('initialized', {});

    // 1. Open a 10k draft.
    const file = join(dir, '2024年工作总结.md');
    const text = generateDraft(fx, { chars: 10_000, seed: 10_001 });
    writeFileSync(file, text);
    const doc = new Doc(client, pathToFileURL(file).toString(), text);
    const first = client.waitFor(doc.diagnosed(1));
    doc.open();
    const firstDiagnosticsMs = (await first) - t0;
    const firstSegmenter = segmenter;
    log(`  first diagnostics ${firstDiagnosticsMs.toFixed(0)} ms after spawn (segmenter: ${firstSegmenter})`);

    // 2. Wait for the dictionary, then edit one keystroke-sized change at a time.
    const deadline = performance.now() + 20000;
    while (segmenter === 'basic' && performance.now() < deadline) await sleep(20);
    if (segmenter === 'basic') throw new Error('the segmenter never loaded');
    await sleep(50);
    const editLat: number[] = [];
    for (let i = 0; i < edits; i++) {
      const cur = doc.doc.getText();
      const at = typingSpot(cur, r);
      const del = i % 4 === 3;
      const word = TYPED[i % TYPED.length];
      const wait = client.waitFor(doc.diagnosed(doc.doc.version + 1));
      const sent = performance.now();
      if (del) doc.edit(at, at + 2, '');
      else doc.edit(at, at, word);
      editLat.push((await wait) - sent - DEBOUNCE_MS);
    }
    log(`  ${edits} edits: p50 ${median(editLat).toFixed(1)} ms, p95 ${percentile(editLat, 95).toFixed(1)} ms after the debounce`);

    // 3. Rapid typing: 40 keystrokes 25 ms apart; count what gets published.
    let published = 0;
    const counter = (m: string, p: Json) => {
      if (m === 'textDocument/publishDiagnostics' && p.uri === doc.uri) published++;
    };
    client.on(counter);
    const burstEdits = 40;
    let burstLast = 0;
    let burstSent = 0;
    for (let i = 0; i < burstEdits; i++) {
      const at = typingSpot(doc.doc.getText(), r);
      burstSent = performance.now();
      burstLast = doc.edit(at, at, '抓');
      await sleep(25);
    }
    const burstDone = await client.waitFor(doc.diagnosed(burstLast));
    await sleep(DEBOUNCE_MS + 100);
    const burst = { edits: burstEdits, published, lastLatency: burstDone - burstSent - DEBOUNCE_MS };
    client.off(counter);
    log(`  burst of ${burstEdits} keystrokes: ${published} publication(s)`);

    // 4. Paste 50k characters at the end of a paragraph in the middle.
    const paste = '\n\n' + generateDraft(fx, { chars: 50_000, seed: 50_001 }).replace(/^#.*\n+/, '');
    const pasteAt = doc.doc.getText().indexOf('\n\n', Math.floor(doc.doc.getText().length / 2));
    const pw = client.waitFor(doc.diagnosed(doc.doc.version + 1));
    const ps = performance.now();
    doc.edit(pasteAt, pasteAt, paste);
    const pasteLat = (await pw) - ps - DEBOUNCE_MS;
    log(`  paste of ${paste.length} chars: ${pasteLat.toFixed(1)} ms after the debounce`);

    // 5. A 100k draft: open it, then edit.
    const bigText = generateDraft(fx, { chars: 100_000, seed: 100_001 });
    const bigFile = join(dir, '2024年工作总结-汇编.md');
    writeFileSync(bigFile, bigText);
    const big = new Doc(client, pathToFileURL(bigFile).toString(), bigText);
    const bo = client.waitFor(big.diagnosed(1));
    big.open();
    await bo;
    const bigLat: number[] = [];
    for (let i = 0; i < bigEdits; i++) {
      const at = typingSpot(big.doc.getText(), r);
      const w = client.waitFor(big.diagnosed(big.doc.version + 1));
      const s = performance.now();
      big.edit(at, at, TYPED[i % TYPED.length]);
      bigLat.push((await w) - s - DEBOUNCE_MS);
    }
    log(`  100k draft, ${bigEdits} edits: p50 ${median(bigLat).toFixed(1)} ms, p95 ${percentile(bigLat, 95).toFixed(1)} ms after the debounce`);

    // 6. Memory, with the segmenter loaded and both drafts open: right after the last edit,
    // then at rest. V8 shrinks its heap on its own once the process stops allocating
    // (its memory reducer starts ~8 s after activity ends), so IDLE_MS waits past that.
    const mem = rssOf(proc.pid!);
    const breakdown = await memoryBreakdown(client, proc.pid!);
    await sleep(IDLE_MS);
    const idle = rssOf(proc.pid!);
    const idleBreakdown = await memoryBreakdown(client, proc.pid!);
    await client.request('shutdown', {});
    client.notify('exit', {});

    const budgets = [
      { what: 'LSP: spawn → first diagnostics, 10k draft', value: `${firstDiagnosticsMs.toFixed(0)} ms`, limit: '≤ 500 ms', ok: firstDiagnosticsMs <= 500 },
      {
        what: 'LSP: 100k draft, edit → diagnostics after the debounce (p50)',
        value: `${median(bigLat).toFixed(0)} ms`,
        limit: '≤ 100 ms',
        ok: median(bigLat) <= 100,
      },
      {
        what: `LSP: RSS with the segmenter loaded, at rest (${IDLE_MS / 1000} s after the last edit)`,
        value: `${idle.rss.toFixed(0)} MB`,
        limit: '≤ 150 MB',
        ok: idle.rss <= 150,
      },
      { what: 'LSP: rapid typing publishes only the settled version', value: `${burst.published} of ${burstEdits}`, limit: '≤ 2', ok: burst.published <= 2 },
    ];
    return {
      debounceMs: DEBOUNCE_MS,
      firstDiagnosticsMs,
      firstSegmenter,
      segmenterReadyMs: segmenterReady,
      edits: editLat,
      burst,
      paste: pasteLat,
      pasteChars: paste.length,
      big: bigLat,
      bigChars: bigText.length,
      rssMb: mem.rss,
      peakRssMb: Math.max(mem.hwm, idle.hwm),
      breakdown,
      idleRssMb: idle.rss,
      idleMs: IDLE_MS,
      idleBreakdown,
      budgets,
    };
  } finally {
    // Give the server a moment to exit on its own (a --cpu-prof run writes its profile then).
    if (process.env.SHENGAO_BENCH_PROF) await new Promise((r) => setTimeout(r, 1500));
    proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function breakdownMarkdown(b: MemoryBreakdown, when = 'read right after'): string {
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  const spaces = Object.entries(b.v8Spaces)
    .filter(([, v]) => v >= 0.5)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k.replace(/_space$/, '')} ${mb(v)}`)
    .join(', ');
  return (
    `Where it is (${when}, from the server's \`shengao/memory\` and /proc): RSS ${mb(b.rss)} = mapped files (node binary, libraries) ${mb(b.files)}` +
    ` + V8 heap ${mb(b.v8)} (${spaces}; ${mb(b.v8Used)} in use, live or not yet collected) + Buffers ${mb(b.arrayBuffers)}` +
    ` + other native memory ${mb(b.native)} (malloc arenas, thread stacks, libraries' own data).` +
    (b.jieba === undefined ? '' : ` Loading the segmenter alone (its dictionary, in Buffers and the heap) adds ${mb(b.jieba)} to a fresh node.`)
  );
}

export function lspMarkdown(r: LspResult): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return [
    '## Language server (scripted editing session over stdio)',
    '',
    `\`node dist/server.js --stdio\`, push diagnostics; debounce ${r.debounceMs} ms. Latencies after an edit are measured from the \`didChange\` to the matching \`publishDiagnostics\`, minus the debounce.`,
    '',
    '| Step | p50 | p95 | |',
    '|---|---:|---:|---|',
    `| Spawn → first diagnostics, 10k draft | ${ms(r.firstDiagnosticsMs)} | | first run with the \`${r.firstSegmenter}\` segmenter; jieba ready after ${ms(r.segmenterReadyMs)} |`,
    `| ${r.edits.length} small edits, 10k draft | ${ms(median(r.edits))} | ${ms(percentile(r.edits, 95))} | typing and deleting inside paragraphs |`,
    `| Rapid typing, ${r.burst.edits} keystrokes 25 ms apart | ${ms(r.burst.lastLatency)} | | ${r.burst.published} publication(s): stale runs never published |`,
    `| Paste of ${r.pasteChars} characters | ${ms(r.paste)} | | |`,
    `| ${r.big.length} edits, ${Math.round(r.bigChars / 1000)}k draft | ${ms(median(r.big))} | ${ms(percentile(r.big, 95))} | |`,
    '',
    `Server RSS with the segmenter loaded and both drafts open: **${r.idleRssMb.toFixed(0)} MB at rest** (${r.idleMs / 1000} s after the last edit); ${r.rssMb.toFixed(0)} MB right after the last edit, before V8 has collected that lint's garbage; peak ${r.peakRssMb.toFixed(0)} MB.`,
    '',
    ...(r.idleBreakdown ? [breakdownMarkdown(r.idleBreakdown, `at rest`), ''] : []),
    ...(r.breakdown ? [breakdownMarkdown(r.breakdown, 'right after the last edit'), ''] : []),
    ...r.budgets.map((b) => `- ${b.ok ? '✅' : '❌'} ${b.what}: ${b.value} (${b.limit})`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const r = await runLspBench({ quick });
  const section = lspMarkdown(r);
  console.log(section);
  for (const b of r.budgets) console.log(`  ${b.ok ? 'ok  ' : 'FAIL'} ${b.what}: ${b.value} (${b.limit})`);
  const file = join(ROOT, 'BENCHMARKS.md');
  if (existsSync(file)) {
    const md = readFileSync(file, 'utf8');
    const a = md.indexOf(LSP_START);
    const b = md.indexOf(LSP_END);
    if (a >= 0 && b > a) {
      writeFileSync(file, md.slice(0, a + LSP_START.length) + '\n' + section + md.slice(b));
      console.log('updated the language-server section of BENCHMARKS.md');
    }
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
