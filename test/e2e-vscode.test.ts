// VS Code itself: the packaged .vsix installed into code-server (VS Code 1.139 in the browser, from npm)
// and driven like a user with playwright-core + Debian's chromium — open a draft, see shengao's findings
// in the Problems panel, apply a quick fix with Ctrl+., insert a standard section by its snippet prefix.
// Negative control: the same code-server and workspace without the extension shows no findings.
// Screenshots: test-artifacts/vscode-*.png.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './helpers';
import { CodeServer, openBrowser, type Browser } from './e2e/code-server';
import { ARTIFACTS, columns, findTool, fixture, FIXTURES, removeScratch, requireTools, scratch } from './e2e/util';

const WAIT = 90_000; // per wait: the workbench needs ~10–30 s on 2 busy cores, the first diagnostics ~10 s more
const DRAFTS = ['summary.md', 'missing-problems.md', 'missing-next.md'];

// Messages the shengao server gives for the fixtures (asserted against the CLI's wording in other tests).
const STYLE_1 = '应写作“1.”，不用“1、”';
const STYLE_2 = '应写作“2.”，不用“2、”';
const PLACEHOLDER = '占位符“XX”尚未填写';
const MISSING = '缺少“存在的问题”部分';
const MISSING_NEXT = '缺少“下步工作打算”部分';

function workspace(): string {
  const { dir } = scratch('ws');
  const ws = join(dir, 'drafts');
  mkdirSync(ws);
  for (const f of DRAFTS) copyFileSync(join(FIXTURES, f), join(ws, f));
  return ws;
}

async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `vscode-${name}.png`);
  await page.screenshot({ path });
  return path;
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).allInnerTexts()).join('\n');
}

/** Waits until the text of `selector` satisfies `pred`; the error shows what was there. */
async function until(page: Page, selector: string, pred: (t: string) => boolean, what: string, timeout = WAIT): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await text(page, selector).catch(() => '');
    if (pred(last)) return last;
    await page.waitForTimeout(250);
  }
  await shot(page, `failed-${what.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
  throw new Error(`timed out (${timeout} ms) waiting for ${what}; ${selector} had:\n${last.slice(0, 2000)}`);
}

/** The active editor's visible lines, in order (Monaco renders them absolutely positioned). */
async function editorLines(page: Page): Promise<string[]> {
  // A string, not a function: the test's tsconfig has no DOM types.
  return page.evaluate<string[]>(`(() => {
    const view = document.querySelector('.part.editor .editor-group-container.active .monaco-editor .view-lines');
    if (!view) return [];
    return Array.from(view.querySelectorAll('.view-line'))
      .map((l) => ({ top: parseFloat(l.style.top || '0'), text: l.innerText.replace(/\\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  })()`);
}

async function workbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: WAIT });
  await page.waitForSelector('.part.activitybar, .part.sidebar', { timeout: WAIT });
}

/** Opens a quick input with `key` (Ctrl+P, F1, Ctrl+G), retrying if the keystroke went astray. */
async function quickInput(page: Page, key: string): Promise<void> {
  const input = page.locator('.quick-input-widget input').first();
  for (let i = 0; ; i++) {
    await page.keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: i < 2 ? 10_000 : WAIT });
      return;
    } catch (e) {
      if (i >= 2) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, 'Control+P');
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator('.part.editor .tab.active', { hasText: name }).waitFor({ timeout: WAIT });
  await page.waitForSelector('.part.editor .editor-group-container.active .monaco-editor .view-lines', { timeout: WAIT });
}

/** Ctrl+G "line:column" — puts the cursor at a 1-based position and focuses the editor. */
async function gotoLine(page: Page, line: number, column = 1): Promise<void> {
  await quickInput(page, 'Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: WAIT });
}

/** Ctrl+S, then wait until the tab is no longer dirty. */
async function save(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.part.editor .tab.active:not(.dirty)', { hasText: name }).waitFor({ timeout: WAIT });
}

async function problems(page: Page): Promise<void> {
  if (
    !(await page
      .locator('.markers-panel')
      .isVisible()
      .catch(() => false))
  )
    await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout: WAIT });
}

function tools(ctx: Mocha.Context): { codeServer: string; chromium: string } {
  const codeServer = findTool('SHENGAO_CODE_SERVER', 'code-server');
  const chromium = findTool('SHENGAO_CHROMIUM', 'chromium');
  const missing = [!codeServer && 'code-server (SHENGAO_CODE_SERVER)', !chromium && 'chromium'].filter((x): x is string => !!x);
  requireTools(ctx, missing);
  return { codeServer: codeServer!, chromium: chromium! };
}

/** Seconds from opening summary.md to its first shengao finding in the Problems panel (for the control). */
let firstFindingMs = 0;

describe('real editor: VS Code (code-server) with the packaged .vsix', function () {
  this.timeout(600_000);
  let cs: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let vsix: string;
  let ws: string;

  before(async function () {
    const t = tools(this);
    const { dir } = scratch('vsix');
    vsix = join(dir, 'shengao.vsix');
    const r = spawnSync('npm', ['run', 'package', '--', '-o', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    assert.ok(existsSync(vsix));
    ws = workspace();
    cs = new CodeServer({ bin: t.codeServer, workspace: ws, vsix });
    await cs.start();
    browser = await openBrowser(t.chromium, cs.url(), cs.env);
    page = browser.page;
    await workbench(page);
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    await cs?.stop();
    removeScratch();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await shot(page, `failed-${this.currentTest.title.slice(0, 30).replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);

      console.log(`code-server log (tail):\n${cs?.log.slice(-3000)}\nbrowser console (errors):\n${browser?.console.slice(-20).join('\n')}`);
    }
  });

  it('installs the packaged extension with code-server --install-extension', function () {
    const list = cs!.listExtensions();
    assert.ok(
      list.some((l) => /^shengao\.shengao@0\.1\.0$/.test(l.trim())),
      `installed: ${list.join(', ')}`,
    );
  });

  it('shows shengao findings for the draft in the Problems panel', async function () {
    const t0 = Date.now();
    await openFile(page, 'summary.md');
    await problems(page);
    const panel = await until(page, '.markers-panel', (t) => t.includes(STYLE_1) && t.includes(PLACEHOLDER), 'shengao findings in the Problems panel');
    firstFindingMs = Date.now() - t0;
    assert.ok(panel.includes(STYLE_2), panel);
    // Rule ids are shown as the diagnostic code, with the server's source name.
    assert.match(panel, /outline\/style/);
    assert.match(panel, /text\/placeholder/);
    assert.match(panel, /shengao/);
    // VS Code places the placeholder after “𬘭” (non-BMP) where the fixture has it: UTF-16 column + 1.
    const lines = fixture('summary.md').split('\n');
    const lnum = lines.findIndex((l) => l.includes('𬘭'));
    const col = columns(lines[lnum]!, 'XX');
    assert.equal(col.utf16, col.codePoints + 1);
    assert.match(panel, new RegExp(`${PLACEHOLDER}[^\\[]*\\[Ln ${lnum + 1}, Col ${col.utf16 + 1}\\]`));
    // Squiggles in the editor itself (warning + error decorations).
    await page.waitForSelector('.part.editor .monaco-editor .squiggly-warning', { timeout: WAIT });
    await page.waitForSelector('.part.editor .monaco-editor .squiggly-error', { timeout: WAIT });
    // The status bar item of the extension shows the pack in use.
    await until(page, '.statusbar', (t) => t.includes('审稿'), 'the 审稿 status bar item');
    await shot(page, 'problems');
  });

  it('applies a quick fix with Ctrl+. (“1、” → “1.”) and the finding goes', async function () {
    const before = await editorLines(page);
    const row = before.findIndex((l) => l.startsWith('1、'));
    assert.ok(row >= 0, `a “1、” line in the editor: ${before.join(' | ')}`);
    const item = page.locator('.action-widget .monaco-list-row', { hasText: '改为“1.”' }).first();
    // The quick-fix menu lists what the server answered when Ctrl+. was pressed; on a loaded
    // machine that can be before the diagnostics reached the editor, so ask again (at most 4 times).
    for (let attempt = 1; ; attempt++) {
      await gotoLine(page, row + 1, 1);
      await page.keyboard.press('Control+.');
      try {
        await item.waitFor({ timeout: attempt < 4 ? WAIT / 4 : WAIT });
        break;
      } catch (e) {
        if (attempt >= 4) throw e;
        await page.keyboard.press('Escape');
      }
    }
    await shot(page, 'quickfix-menu');
    await item.click();
    await until(
      page,
      '.part.editor .editor-group-container.active .monaco-editor .view-lines',
      (t) => t.includes('1.强化理论武装'),
      'the fixed line in the editor',
    );
    // Save, and compare what VS Code wrote with the fixture: exactly that marker changed.
    await save(page, 'summary.md');
    const original = fixture('summary.md');
    assert.equal(readFileSync(join(ws, 'summary.md'), 'utf8'), original.replace('\n1、', '\n1.'));
    await until(page, '.markers-panel', (t) => !t.includes(STYLE_1) && t.includes(STYLE_2), 'the “1、” finding to go while “2、” stays');
    await shot(page, 'quickfix-applied');
  });

  it('inserts the standard “存在的问题” section by typing its snippet prefix, and the missing-section finding goes', async function () {
    await openFile(page, 'missing-problems.md');
    await until(page, '.markers-panel', (t) => t.includes(MISSING), 'the missing-section finding');
    const lines = await editorLines(page);
    const next = lines.findIndex((l) => l.includes('下步工作打算'));
    assert.ok(next > 0, lines.join(' | '));
    await gotoLine(page, next + 1, 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('shengao-problems');
    await page.keyboard.press('Control+Space');
    // The snippet is the focused (first) suggestion; Enter accepts it.
    const suggestion = page.locator('.editor-widget.suggest-widget .monaco-list-row.focused', { hasText: 'shengao-problems' }).first();
    await suggestion.waitFor({ timeout: WAIT });
    await shot(page, 'snippet-suggest');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const view = '.part.editor .editor-group-container.active .monaco-editor .view-lines';
    await until(page, view, (t) => t.includes('存在的问题') && t.includes('（一）问题一'), 'the inserted section');
    await save(page, 'missing-problems.md');
    const saved = readFileSync(join(ws, 'missing-problems.md'), 'utf8').split('\n');
    const original = fixture('missing-problems.md').split('\n');
    // The snippet's lines sit just before “下步工作打算”; the rest of the draft is untouched.
    assert.deepEqual(saved.slice(next, next + 3), ['二、存在的问题', '（一）问题一。具体表现。', '（二）问题二。具体表现。'], saved.join('\n'));
    assert.deepEqual(saved.slice(0, next), original.slice(0, next));
    assert.deepEqual(
      saved.slice(-original.length + next).filter((l) => l),
      original.slice(next).filter((l) => l),
    );
    await until(page, '.markers-panel', (t) => !t.includes(MISSING), 'the missing-section finding to go');
    await shot(page, 'snippet-inserted');
  });

  // code-server has no Chinese language pack offline, so VS Code runs in English and the command shows its
  // package.nls.json title “shengao: Insert a standard section…” (package.nls.zh-cn.json: “审稿：插入标准章节…”).
  it('runs the command “审稿：插入标准章节…” and picks 打算 from the pack: the section lands and its finding goes', async function () {
    await openFile(page, 'missing-next.md');
    await until(page, '.markers-panel', (t) => t.includes(MISSING_NEXT), 'the missing “下步工作打算” finding');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await quickInput(page, 'F1');
    await page.keyboard.type('shengao: Insert a standard section');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'shengao: Insert a standard section' }).first().waitFor({ timeout: WAIT });
    await page.keyboard.press('Enter');
    // The extension asks the server for the pack's sections and shows them in a quick pick.
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: '下步工作打算' }).first();
    await pick.waitFor({ timeout: WAIT });
    const offered = await text(page, '.quick-input-list');
    assert.ok(offered.includes('存在的问题') && offered.includes('履行职责情况'), offered);
    await shot(page, 'insert-section-pick');
    await pick.click();
    await page.keyboard.press('Escape');
    await save(page, 'missing-next.md');
    const saved = readFileSync(join(ws, 'missing-next.md'), 'utf8');
    const original = fixture('missing-next.md');
    assert.ok(saved.startsWith(original), 'the draft itself is untouched');
    // The server numbers the inserted title after the last top-level one (二、 → 三、).
    assert.match(saved.slice(original.length), /^\n*三、下步工作打算\n一是/);
    await until(page, '.markers-panel', (t) => !t.includes(MISSING_NEXT), 'the missing “下步工作打算” finding to go');
    await shot(page, 'insert-section-done');
  });

  it('restarts a language server that dies, and findings come back', async function () {
    const serverPids = () =>
      (spawnSync('pgrep', ['-f', 'shengao\\.shengao-[0-9.]+/dist/server\\.js'], { encoding: 'utf8' }).stdout ?? '').split('\n').filter(Boolean).map(Number);
    const before = serverPids();
    assert.ok(before.length >= 1, 'the extension started its server');
    for (const pid of before) process.kill(pid, 'SIGKILL');
    // The client notices the crash and starts a new server process…
    const deadline = Date.now() + WAIT;
    let after: number[] = [];
    while (Date.now() < deadline) {
      after = serverPids().filter((p) => !before.includes(p));
      if (after.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(after.length >= 1, `no new server process after killing ${before.join(', ')}`);
    // …which checks what the writer types next.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('某某同志负责督导。');
    await until(page, '.markers-panel', (t) => t.includes('“某某”是占位写法'), 'a finding from the restarted server');
    await shot(page, 'server-restarted');
  });
});

describe('real editor: VS Code (code-server) negative control — no extension', function () {
  this.timeout(600_000);
  let cs: CodeServer | undefined;
  let browser: Browser | undefined;

  before(async function () {
    const t = tools(this);
    cs = new CodeServer({ bin: t.codeServer, workspace: workspace() });
    await cs.start();
    browser = await openBrowser(t.chromium, cs.url(), cs.env);
    await workbench(browser.page);
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    await cs?.stop();
    removeScratch();
  });

  it('shows no shengao findings for the same draft', async function () {
    const page = browser!.page;
    assert.deepEqual(cs!.listExtensions(), [], 'no extensions installed');
    await openFile(page, 'summary.md');
    await problems(page);
    // Wait longer than the extension needed for its first finding, then look.
    const wait = Math.max(20_000, firstFindingMs + 10_000);
    await page.waitForTimeout(wait);
    const lines = await editorLines(page);
    assert.ok(
      lines.some((l) => l.startsWith('1、')),
      'the draft is open',
    );
    const panel = await text(page, '.markers-panel');
    assert.match(panel, /No problems have been detected|未检测到问题/, 'the Problems panel rendered, empty');
    assert.ok(!panel.includes(STYLE_1) && !panel.includes('shengao') && !panel.includes('outline/style'), panel);
    assert.equal(await page.locator('.part.editor .monaco-editor .squiggly-warning, .part.editor .monaco-editor .squiggly-error').count(), 0);
    await shot(page, 'negative-control');
  });
});
