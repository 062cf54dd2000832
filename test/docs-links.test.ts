// Rule documentation that opens: no placeholder web address anywhere; SARIF and the
// editor link to docs/rules.md as installed (or a configured address); the HTML report
// explains each rule itself, once; `shengao explain`; "did you mean" for typos.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, ROOT } from './helpers';
import { cli } from '../server/src/cli/cli';
import { RULES } from '../server/src/engine/index';
import { sarifRule } from '../server/src/cli/formatters/sarif';
import { renderHtmlReport } from '../server/src/report/html';
import { ruleDocsHref } from '../server/src/rule-links';

async function call(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { cwd, env, stdout: { write: (x: string) => (stdout += x), isTTY: false }, stderr: { write: (x: string) => (stderr += x) } });
  return { code, stdout, stderr };
}

/** A draft with a skipped number, a placeholder and a stray * (a one-character finding). */
const DRAFT = `2024年度区统计局工作总结
一、履行职责情况
（一）完成第五次全国经济普查入户登记，共登记单位3260家*。
（三）按月发布统计快报12期，由XX同志负责审核。
二、存在的问题
（一）基层统计力量薄弱。
三、下步工作打算
（一）开展统计业务培训2期。
`;

describe('rule documentation that opens', () => {
  it("SARIF helpUri and the editor link point at docs/rules.md as installed, at the rule's own heading", () => {
    const docs = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const r of RULES) {
      const uri = sarifRule(r).helpUri!;
      assert.match(uri, /^file:\/\//, r.id);
      const [file, anchor] = uri.split('#');
      assert.ok(existsSync(fileURLToPath(file)), uri);
      assert.ok(docs.includes(`<a id="${anchor}"></a>`), `${r.id}: no heading #${anchor} in docs/rules.md`);
    }
    // A configured address wins.
    const saved = process.env.SHENGAO_DOCS_URL;
    process.env.SHENGAO_DOCS_URL = 'https://wiki.our-team.cn/shengao/rules.html';
    try {
      assert.equal(ruleDocsHref('outline/style'), 'https://wiki.our-team.cn/shengao/rules.html#outline-style');
    } finally {
      if (saved === undefined) delete process.env.SHENGAO_DOCS_URL;
      else process.env.SHENGAO_DOCS_URL = saved;
    }
  });

  it('no placeholder domain in the package or its bundles', () => {
    for (const f of ['package.json', 'dist/cli.js', 'dist/server.js', 'dist/client.js', 'docs/rules.md', 'README.md']) {
      const p = join(ROOT, f);
      if (!existsSync(p)) continue;
      assert.doesNotMatch(readFileSync(p, 'utf8'), /example\.invalid/, f);
    }
  });

  it('the HTML report explains each rule found once, inside itself; one-character highlights are boxed; 数据项 is explained; the time is localised', () => {
    const { model, findings } = check(DRAFT);
    assert.ok(findings.some((f) => f.ruleId === 'outline/sequence'));
    const html = renderHtmlReport([{ path: '统计局.txt', text: DRAFT, model, findings }], {
      generatedAt: '2025-01-10 09:00 UTC',
      generatedAtIso: '2025-01-10T09:00:00.000Z',
    });
    const seq = RULES.find((r) => r.id === 'outline/sequence')!;
    assert.match(html, /<div class="ruledoc" id="rule-outline-sequence">/);
    assert.equal(html.split(seq.rationale).length - 1, 1, 'the rationale appears once');
    assert.match(html, /<a class="rule" href="#rule-outline-sequence"/);
    assert.doesNotMatch(html, /https?:\/\/[^"']*rules\.md/);
    assert.doesNotMatch(html, /class="why"/);
    assert.match(html, /数据项：文中识别出的/);
    assert.match(html, /<time datetime="2025-01-10T09:00:00.000Z">2025-01-10 09:00 UTC<\/time>/);
    assert.match(html, /toLocaleString\('zh-CN'/);
    // Every highlight of one character carries the boxed style.
    const singles = [...html.matchAll(/<span class="hl ([^"]*)"[^>]*>([^<]*)<\/span>/g)].filter((m) => [...m[2].replace(/&[a-z#0-9]+;/g, 'x')].length === 1);
    assert.ok(singles.length > 0, 'the fixture has a one-character finding');
    for (const m of singles) assert.match(m[1], /\bshort\b/, m[0]);
    // With a configured docs address the links go there and the report carries no copy.
    const linked = renderHtmlReport([{ path: '统计局.txt', text: DRAFT, model, findings }], { rulesDoc: 'https://wiki.our-team.cn/rules.html' });
    assert.match(linked, /href="https:\/\/wiki\.our-team\.cn\/rules\.html#outline-sequence"/);
    assert.doesNotMatch(linked, /id="rules"/);
  });

  it("shengao explain RULE prints the rule's doc, rationale and before/after; a typo gets the nearest id", async () => {
    const r = await call(['explain', 'outline/sequence']);
    assert.equal(r.code, 0);
    const meta = RULES.find((x) => x.id === 'outline/sequence')!;
    assert.ok(r.stdout.includes(meta.rationale));
    assert.ok(r.stdout.includes('改前 before:') && r.stdout.includes('改后 after:'));
    assert.ok(r.stdout.includes(meta.example!.good.split('\n')[0]));
    assert.match(r.stdout, /文档：file:\/\/.*docs\/rules\.md#outline-sequence/);
    const typo = await call(['explain', 'outline/sequnce']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /没有规则“outline\/sequnce”，是否是 outline\/sequence？/);
    assert.match((await call(['explain'])).stdout, /text\/placeholder/);
  });

  it('did you mean: commands, flags, built-in pack names and rule ids in a config — never "npm install" for a typo', async () => {
    assert.match((await call(['chek'])).stderr, /是否是 shengao check？/);
    assert.match((await call(['check', '--fomat', 'json'])).stderr, /是否是 --format？/);
    const dir = mkdtempSync(join(tmpdir(), 'shengao-typo-'));
    try {
      writeFileSync(join(dir, '总结.txt'), DRAFT);
      const pack = await call(['check', '--pack', 'work-sumary', '总结.txt'], dir);
      assert.equal(pack.code, 2);
      assert.match(pack.stderr, /是否是内置包 work-summary？/);
      assert.doesNotMatch(pack.stderr, /npm install/);
      writeFileSync(join(dir, '.shengao.yaml'), 'rules:\n  outline/sequnce: off\n');
      assert.match((await call(['check', '总结.txt'], dir)).stderr, /未知的规则编号“outline\/sequnce”（是否是 outline\/sequence？）/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
