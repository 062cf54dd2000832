// Emacs 28 + eglot (Debian emacs-nox + elpa-eglot), batch: a third independent LSP client. Eglot starts
// `shengao-language-server --stdio`, answers workspace/configuration from eglot-workspace-configuration,
// and flymake shows the findings; we read flymake's own positions (Emacs counts characters, not UTF-16
// units) and the text under each. Negative control: shengao.enable = false → nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { columns, editorResult, ensureBuilt, findTool, fixture, FIXTURES, removeScratch, requireTools, scratch } from './e2e/util';

const EL = join(ROOT, 'test', 'e2e', 'emacs.el');
const SERVER_CMD = [process.execPath, join(ROOT, 'bin', 'shengao-language-server.js'), '--stdio'];

interface EmacsResult {
  emacs?: string;
  mode?: string;
  published: { uri: string; count: number; diagnostics: { code: string; line: number; character: number }[] }[];
  flymake?: { line: number; char: number; text: string; type: string; message: string }[];
  errors: string[];
}

function runEmacs(emacs: string, draft: string, enable = true): EmacsResult {
  const { dir, env } = scratch('emacs');
  const home = join(dir, 'home');
  mkdirSync(home);
  const file = join(dir, draft);
  copyFileSync(join(FIXTURES, draft), file);
  const out = join(dir, 'result.json');
  // Not -Q: Debian's site-start puts elpa-eglot on the load path. --batch reads no init file.
  const r = spawnSync(emacs, ['--batch', '-l', EL], {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      HOME: home,
      SHENGAO_EMACS_FILE: file,
      SHENGAO_EMACS_OUT: out,
      SHENGAO_EMACS_CMD: JSON.stringify(SERVER_CMD),
      SHENGAO_EMACS_ENABLE: String(enable),
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return editorResult<EmacsResult>('Emacs', r, out);
}

describe('real editor: Emacs 28 + eglot (batch) as LSP client', function () {
  this.timeout(180_000);
  let emacs: string;

  before(function () {
    const found = findTool('SHENGAO_EMACS', 'emacs');
    const eglot = found && spawnSync(found, ['--batch', '--eval', "(require 'eglot)"], { encoding: 'utf8', timeout: 30_000 }).status === 0;
    requireTools(this, found ? (eglot ? [] : ['eglot (elpa-eglot)']) : ['Emacs (emacs-nox)']);
    emacs = found!;
    ensureBuilt();
  });

  after(() => removeScratch());

  it('shows shengao findings in flymake at the right characters past a non-BMP character', function () {
    const lines = fixture('summary.md').split('\n');
    const r = runEmacs(emacs, 'summary.md');
    assert.equal(r.mode, 'markdown-mode');
    const fm = r.flymake ?? [];
    assert.ok(fm.length >= 5, JSON.stringify(r));
    for (const d of fm) assert.match(d.message, /^shengao \[[a-z]+\/[a-z-]+\]: /);

    const first = lines.findIndex((l) => l.startsWith('1、'));
    const style = fm.find((d) => d.line === first + 1 && d.text === '1、');
    assert.ok(style, `outline/style on “1、” in ${JSON.stringify(fm)}`);
    assert.match(style.message, /outline\/style/);
    assert.equal(style.type, 'eglot-warning');

    const lnum = lines.findIndex((l) => l.includes('𬘭'));
    for (const [needle, rule, type] of [
      ['布署', 'terms/preferred', 'eglot-warning'],
      ['XX', 'text/placeholder', 'eglot-error'],
    ] as const) {
      const c = columns(lines[lnum]!, needle);
      assert.equal(c.utf16, c.codePoints + 1, 'one non-BMP character before the finding');
      const sent = r.published[r.published.length - 1]!.diagnostics.find((d) => d.code === rule);
      assert.deepEqual(sent && { line: sent.line, character: sent.character }, { line: lnum, character: c.utf16 }, 'server: UTF-16');
      const d = fm.find((x) => x.text === needle);
      assert.ok(d, `${rule} on “${needle}” in ${JSON.stringify(fm)}`);
      assert.equal(d.line, lnum + 1);
      assert.equal(d.char, c.codePoints, 'Emacs: characters');
      assert.equal(d.type, type);
      assert.ok(d.message.includes(rule), d.message);
    }
  });

  it('negative control: with shengao.enable = false (eglot-workspace-configuration) flymake gets nothing', function () {
    const r = runEmacs(emacs, 'summary.md', false);
    assert.ok(r.published.length > 0, 'the server answered');
    assert.ok(
      r.published.every((p) => p.count === 0),
      JSON.stringify(r.published),
    );
    assert.deepEqual(r.flymake, []);
  });
});
