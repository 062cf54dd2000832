// Neovim 0.7 (Debian) as an independent LSP client: it starts `shengao-language-server --stdio`
// itself (vim.lsp.start_client), and we read back what Neovim made of the diagnostics — its own
// byte columns and the text under each squiggle — then apply a quick fix through Neovim's
// workspace-edit code. Negative control: the same harness with `shengao.enable: false` gets nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { columns, editorResult, ensureBuilt, findTool, fixture, FIXTURES, removeScratch, requireTools, scratch } from './e2e/util';

const LUA = join(ROOT, 'test', 'e2e', 'nvim.lua');
const SERVER_CMD = [process.execPath, join(ROOT, 'bin', 'shengao-language-server.js'), '--stdio'];

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source?: string;
  code?: string;
  text?: string;
}
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface NvimResult {
  nvim: string;
  filetype: string;
  publishes: { at_ms: number; params: { uri: string; diagnostics: { code?: string; range: LspRange; message: string }[] } }[];
  diagnostics: NvimDiagnostic[];
  after_fix?: NvimDiagnostic[];
  lines_after_fix?: string[];
  action?: { title: string; kind: string };
  errors: string[];
  elapsed_ms: Record<string, number>;
}

function runNvim(nvim: string, draft: string, opts: { settings?: unknown; fix?: string } = {}): NvimResult {
  const { dir, env } = scratch('nvim');
  const file = join(dir, draft);
  copyFileSync(join(FIXTURES, draft), file);
  const out = join(dir, 'result.json');
  const r = spawnSync(nvim, ['--headless', '-n', '-i', 'NONE', '-u', LUA, file], {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      SHENGAO_NVIM_OUT: out,
      SHENGAO_NVIM_CMD: JSON.stringify(SERVER_CMD),
      SHENGAO_NVIM_SETTINGS: JSON.stringify(opts.settings ?? { shengao: { enable: true } }),
      ...(opts.fix ? { SHENGAO_NVIM_FIX: opts.fix } : {}),
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return editorResult<NvimResult>('Neovim', r, out);
}

describe('real editor: Neovim 0.7 headless as LSP client', function () {
  this.timeout(180_000);
  let nvim: string;

  before(function () {
    const found = findTool('SHENGAO_NVIM', 'nvim');
    requireTools(this, found ? [] : ['Neovim (nvim)']);
    nvim = found!;
    ensureBuilt();
  });

  after(() => removeScratch());

  it('receives shengao diagnostics at the right places on a line with a non-BMP character, and applies a quick fix', function () {
    const text = fixture('summary.md');
    const lines = text.split('\n');
    const r = runNvim(nvim, 'summary.md', { fix: 'outline/style' });
    assert.equal(r.filetype, 'markdown');
    assert.match(r.nvim, /^0\.\d+\.\d+$/);

    // Every diagnostic is shengao's and carries its rule id.
    assert.ok(r.diagnostics.length >= 5, JSON.stringify(r.diagnostics, null, 1));
    for (const d of r.diagnostics) {
      assert.equal(d.source, 'shengao');
      assert.match(d.code ?? '', /^[a-z]+\/[a-z-]+$/);
    }
    const find = (code: string, lnum: number, needle: string) => r.diagnostics.find((d) => d.code === code && d.lnum === lnum && d.text === needle);

    // “1、” “2、” “3、” at the start of lines 4–6 → outline/style, squiggle over the marker.
    for (const n of ['1', '2', '3']) {
      const lnum = lines.findIndex((l) => l.startsWith(`${n}、`));
      const d = find('outline/style', lnum, `${n}、`);
      assert.ok(d, `outline/style on “${n}、” (line ${lnum + 1}) in ${JSON.stringify(r.diagnostics)}`);
      assert.equal(d.col, 0);
      assert.match(d.message, new RegExp(`${n}\\.`));
    }

    // Line 6 has “𬘭” (U+2C62D, two UTF-16 units) before the term and the placeholder.
    const lnum = lines.findIndex((l) => l.includes('𬘭'));
    const line = lines[lnum]!;
    for (const [code, needle, severity] of [
      ['terms/preferred', '布署', 2],
      ['text/placeholder', 'XX', 1],
    ] as const) {
      const c = columns(line, needle);
      assert.equal(c.utf16, c.codePoints + 1, 'the fixture has one non-BMP character before the finding');
      // What the server sent: UTF-16 columns.
      const last = r.publishes[r.publishes.length - 1]!.params;
      const sent = last.diagnostics.find((d) => d.code === code);
      assert.ok(sent, `${code} published`);
      assert.deepEqual(sent.range, { start: { line: lnum, character: c.utf16 }, end: { line: lnum, character: c.utf16 + needle.length } });
      // What Neovim made of it: byte columns, and the text under the squiggle.
      const d = find(code, lnum, needle);
      assert.ok(d, `${code} on “${needle}” in ${JSON.stringify(r.diagnostics)}`);
      assert.equal(d.col, c.bytes);
      assert.equal(d.end_col, c.bytes + Buffer.byteLength(needle));
      assert.equal(d.severity, severity, `${code} severity (1 = error, 2 = warning)`);
    }

    // The quick fix went through Neovim's own apply_workspace_edit: “1、” became “1.”, its finding went.
    assert.equal(r.action?.kind, 'quickfix');
    const first = lines.findIndex((l) => l.startsWith('1、'));
    assert.ok(r.lines_after_fix, 'buffer after the fix');
    assert.equal(r.lines_after_fix[first], lines[first]!.replace(/^1、/, '1.'));
    assert.deepEqual(
      r.lines_after_fix.filter((_, i) => i !== first),
      lines.slice(0, r.lines_after_fix.length).filter((_, i) => i !== first),
      'nothing else changed',
    );
    const styleAfter = (r.after_fix ?? []).filter((d) => d.code === 'outline/style');
    assert.deepEqual(
      styleAfter.map((d) => d.text),
      ['2、', '3、'],
    );
    assert.ok(
      r.after_fix!.some((d) => d.code === 'text/placeholder' && d.text === 'XX'),
      'other findings stay',
    );
  });

  it('lints plain text drafts too (filetype text → languageId plaintext)', function () {
    const lines = fixture('summary.txt').split('\n');
    const r = runNvim(nvim, 'summary.txt');
    assert.equal(r.filetype, 'text');
    const lnum = lines.findIndex((l) => l.startsWith('（一）、'));
    assert.ok(lnum > 0, 'fixture has “（一）、”');
    const d = r.diagnostics.find((x) => x.code === 'outline/style' && x.lnum === lnum);
    assert.ok(d, `outline/style on “（一）、” in ${JSON.stringify(r.diagnostics)}`);
    assert.ok(d.text?.startsWith('（一）'), d.text);
    assert.ok(
      r.diagnostics.some((x) => x.code === 'text/placeholder' && x.text === '某某'),
      'placeholder 某某',
    );
  });

  it('negative control: the same harness with shengao.enable = false receives no diagnostics', function () {
    const r = runNvim(nvim, 'summary.md', { settings: { shengao: { enable: false } } });
    assert.ok(r.publishes.length > 0, 'the server answered (published at least once)');
    assert.deepEqual(r.diagnostics, []);
    assert.ok(r.publishes.every((p) => p.params.diagnostics.length === 0));
  });
});
