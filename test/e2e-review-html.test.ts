// The HTML review report in headless Debian chromium (playwright-core): the page renders
// without console errors, every finding's highlight pieces sit exactly on the finding's
// text (UTF-16 offsets from the engine, compared with the page's own text), clicking a
// highlight selects its explanation, and screenshots are kept in test-artifacts/.
// Skips locally without chromium; fails under SHENGAO_E2E=1 (CI, .ci/setup-chromium.sh).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './helpers';
import { ARTIFACTS, CHROMIUM_FLAGS, findTool, requireTools } from './e2e/util';
import { cli } from '../server/src/cli/cli';
import { checkFiles } from '../server/src/project/check-files';

const DRAFTS = join(ROOT, 'test', 'fixtures', 'review');
const PAIR = join(ROOT, 'test', 'fixtures', 'trace', '06-it');

interface Scan {
  text: string;
  items: { i: string; rule: string; start: number; end: number }[];
  pieces: { f: string[]; start: number; text: string }[];
}

// Runs in the page. A string body, so the test runner's transpiler adds no helpers to it.
const SCAN = new Function(
  'sec',
  `
  var pre = sec.querySelector('pre.text');
  var pieces = [];
  var pos = 0;
  var text = '';
  (function walk(n) {
    if (n.nodeType === 3) {
      var el = n.parentElement;
      if (el.classList.contains('pt')) return;
      if (el.classList.contains('hl')) pieces.push({ f: el.dataset.f.split(' '), start: pos, text: n.textContent });
      pos += n.textContent.length;
      text += n.textContent;
      return;
    }
    n.childNodes.forEach(walk);
  })(pre);
  var items = Array.prototype.map.call(sec.querySelectorAll('li.finding'), function (li) {
    return { i: li.dataset.f, rule: li.dataset.rule, start: Number(li.dataset.start), end: Number(li.dataset.end) };
  });
  return { text: text, items: items, pieces: pieces };
`,
) as (sec: unknown) => Scan;

async function runCli(argv: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await cli(argv, { cwd, env: { NO_COLOR: '1' }, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stderr };
}

describe('HTML review report in chromium (e2e)', function () {
  this.timeout(120_000);
  let ctx: BrowserContext | undefined;
  let page: Page;
  const errors: string[] = [];
  let out: string;

  before(async function () {
    const chromium = findTool('SHENGAO_CHROMIUM', 'chromium');
    requireTools(this, chromium ? [] : ['chromium (apt-get install chromium)']);
    const { chromium: pw } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'shengao-review-'));
    out = join(dir, 'review.html');
    const r = await runCli(['check', DRAFTS, '--format', 'html', '--output', out], ROOT);
    assert.equal(r.code, 1, `errors in the drafts make check exit 1: ${r.stderr}`);
    ctx = await pw.launchPersistentContext(join(dir, 'profile'), {
      executablePath: chromium,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    page = await ctx.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) errors.push(`network request: ${req.url()}`);
    });
    await page.goto(pathToFileURL(out).href);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    await ctx?.close();
  });

  it('renders every draft with no console errors and no network requests', async () => {
    await page.screenshot({ path: join(ARTIFACTS, 'review-overview.png') });
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('section.draft').count(), 3);
    // Sorted by what needs most attention: the draft with most errors first.
    const order = await page.locator('table.drafts tbody tr td:nth-child(2) > a').allTextContents();
    assert.match(order[0], /街道办/);
    assert.match(order[2], /团委/);
    // The text of the draft with a <script> in it is shown as text, not run.
    assert.equal(await page.locator('section.draft script').count(), 0);
    assert.ok((await page.locator('section.draft pre.text').first().textContent())!.includes('<script>alert(1)</script>'));
  });

  it('puts each finding’s highlight exactly on its text', async () => {
    const run = await checkFiles([DRAFTS], { cwd: ROOT });
    let checked = 0;
    for (const f of run.files) {
      const section = page.locator(`section.draft[data-path="${f.path}"]`);
      assert.equal(await section.count(), 1, f.path);
      const found = await section.evaluate(SCAN);
      assert.equal(found.text, f.text, `${f.path}: the page shows the draft's exact text`);
      assert.equal(found.items.length, f.findings.length, f.path);
      for (const x of f.findings) {
        const item = found.items.find((it) => it.rule === x.ruleId && it.start === x.start && it.end === x.end);
        assert.ok(item, `${f.path}: no explanation for ${x.ruleId} at ${x.start}`);
        const mine = found.pieces.filter((p) => p.f.includes(item.i));
        if (x.end > x.start) {
          assert.ok(mine.length, `${f.path}: ${x.ruleId} has no highlight`);
          assert.equal(mine[0].start, x.start, `${f.path}: ${x.ruleId} highlight starts at the finding`);
          assert.equal(mine.map((p) => p.text).join(''), f.text.slice(x.start, x.end), `${f.path}: ${x.ruleId} highlight covers the finding's text`);
          // Contiguous pieces.
          for (let k = 1; k < mine.length; k++) assert.equal(mine[k].start, mine[k - 1].start + mine[k - 1].text.length);
        }
        checked++;
      }
    }
    assert.ok(checked >= 8, `checked ${checked} findings`);
  });

  it('explains numbers findings with their arithmetic, and clicking a highlight selects its explanation', async () => {
    const sum = page.locator('li.finding[data-rule="numbers/sum"]');
    assert.equal(await sum.count(), 1);
    assert.match((await sum.locator('.math').textContent())!, /120人次 \+ 540人次 \+ 150人次 = 810人次，合计写的是 860人次/);
    const i = await sum.getAttribute('data-f');
    const section = page.locator('section.draft', { has: sum });
    const hl = section.locator(`.hl[data-f~="${i}"]`).first();
    assert.equal(await hl.textContent(), '860人次');
    await hl.click();
    assert.match((await sum.getAttribute('class'))!, /\bactive\b/);
    // The parts of the sum are marked as related, and light up with it.
    const parts = section.locator(`[data-r~="${i}"]`);
    assert.deepEqual(await parts.allTextContents(), ['120人次', '540人次', '150人次']);
    for (const k of [0, 1, 2]) assert.match((await parts.nth(k).getAttribute('class'))!, /\bactive-rel\b/);
    await section.screenshot({ path: join(ARTIFACTS, 'review-draft.png') });
    assert.deepEqual(errors, []);
  });

  it('has a 数据核对表 with every figure, sortable, filterable, each row linked to its figure in the text', async () => {
    const run = await checkFiles([DRAFTS], { cwd: ROOT, ledger: true });
    const expected = run.files.flatMap((f) => (f.model.ledger ?? []).map((r) => ({ path: f.path, raw: r.raw })));
    assert.ok(expected.length >= 15, `${expected.length} figures`);
    const sec = page.locator('#figures');
    assert.equal(await page.locator('nav.toc a[href="#figures"]').textContent(), '数据核对表');
    const rows = sec.locator('table.ledger tbody tr');
    assert.equal(await rows.count(), expected.length);
    // Every row's link lands on its own figure: the pieces marked with its data-q spell the figure as written.
    const links = await sec.locator('a.figlink').evaluateAll(
      new Function(
        'as',
        `return as.map(function (a) {
        var t = document.getElementById(a.dataset.fig); var d = t.closest('section.draft');
        var k = t.dataset.q; var text = Array.prototype.map.call(d.querySelectorAll('[data-q="' + k + '"]'), function (e) { return e.textContent; }).join('');
        var tr = a.closest('tr'); return { path: d.dataset.path, text: text, raw: tr.cells[3].textContent, rowPath: tr.cells[0].textContent };
      });`,
      ) as (as: unknown[]) => { path: string; text: string; raw: string; rowPath: string }[],
    );
    for (const l of links) {
      assert.equal(l.text, l.raw);
      assert.equal(l.path, l.rowPath);
    }
    assert.deepEqual(links.map((l) => `${l.path} ${l.raw}`).sort(), expected.map((e) => `${e.path} ${e.raw}`).sort());

    // Sort by value: ascending, then descending.
    const values = async () =>
      await sec
        .locator('table.ledger tbody tr td:nth-child(5)')
        .evaluateAll(new Function('tds', 'return tds.map(function (t) { return Number(t.dataset.v); })') as (x: unknown[]) => number[]);
    await sec.locator('th[data-key="value"] button').click();
    const up = await values();
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a - b),
    );
    assert.equal(await sec.locator('th[data-key="value"]').getAttribute('aria-sort'), 'ascending');
    await sec.locator('th[data-key="value"] button').click();
    const down = await values();
    assert.deepEqual(down, [...up].reverse());

    // Filter: only the figures a check found wrong (the sum of 860人次 and its three parts, 三项 of numbers/count).
    await sec.locator('select.ledger-verdict').selectOption('mismatch');
    const visible = sec.locator('table.ledger tbody tr:visible');
    assert.deepEqual((await visible.locator('td:nth-child(4)').allTextContents()).sort(), ['120人次', '150人次', '540人次', '860人次', '三项']);
    assert.equal(await sec.locator('.ledger-count').textContent(), `5 / ${expected.length} 行`);
    await sec.locator('input.ledger-filter').fill('科级');
    assert.deepEqual(await visible.locator('td:nth-child(4)').allTextContents(), ['540人次']);
    await sec.screenshot({ path: join(ARTIFACTS, 'review-figures.png') });

    // Following the link lights the figure up in its draft's text and scrolls it into view.
    await visible.locator('a.figlink').click();
    const target = page.locator('.active-fig');
    assert.equal(await target.count(), 1);
    assert.equal(await target.textContent(), '540人次');
    assert.ok(await target.isVisible());
    assert.ok(
      await target.evaluate(
        new Function('e', 'var r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;') as (e: unknown) => boolean,
      ),
      'the figure is scrolled into view',
    );
    await sec.locator('input.ledger-filter').fill('');
    await sec.locator('select.ledger-verdict').selectOption('');
    assert.equal(await visible.count(), expected.length);
    assert.deepEqual(errors, []);
  });

  it('prints: the print stylesheet drops the navigation and unclips the text', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('nav.toc').isVisible(), false);
    const overflow = await page
      .locator('pre.text')
      .first()
      .evaluate(new Function('e', 'return getComputedStyle(e).overflow') as (e: unknown) => string);
    assert.equal(overflow, 'visible');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the plan follow-through as a section (shengao trace --format html)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shengao-trace-'));
    const file = join(dir, 'trace.html');
    const r = await runCli(['trace', join(PAIR, 'last.txt'), join(PAIR, 'this.txt'), '--format', 'html', '--output', file], ROOT);
    assert.equal(r.code, 0, r.stderr);
    const p = await ctx!.newPage();
    const errs: string[] = [];
    p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
    p.on('pageerror', (e) => errs.push(e.message));
    await p.goto(pathToFileURL(file).href);
    const rows = p.locator('#trace table.trace tbody tr');
    assert.equal(await rows.count(), 4);
    assert.equal(await rows.nth(0).getAttribute('data-status'), 'followed');
    assert.equal(await rows.nth(2).getAttribute('data-status'), 'unmatched');
    assert.match((await rows.nth(2).textContent())!, /建设政务数据中台/);
    assert.ok((await rows.nth(0).locator('mark.kw').count()) > 3, 'matched words are marked');
    await p.locator('#trace').screenshot({ path: join(ARTIFACTS, 'review-trace.png') });
    assert.deepEqual(errs, []);
    assert.ok(readFileSync(file, 'utf8').length > 1000);
    await p.close();
  });
});
