// Packaging: the .vsix holds the bundles, packs, snippets and the jieba segmenter
// (with its native binary) and nothing of the sources or tests; the packaged
// server starts on its own and segments with jieba.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { extractZip, listZip } from './zip';
import { TestClient, uriOf } from './lsp-client';
import { RULES } from '../server/src/engine/checks/index';

describe('packaging (.vsix)', function () {
  this.timeout(240000);
  let tmp: string;
  let vsix: string;
  let names: string[];

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'shengao-vsix-'));
    vsix = join(tmp, 'shengao.vsix');
    // Exactly what a user runs (the script builds, then packages with the extension's own README).
    const r = spawnSync('npm', ['run', 'package', '--', '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    names = listZip(readFileSync(vsix)).map((e) => e.name);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('contains what the extension needs', () => {
    for (const f of [
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.zh-cn.json',
      'extension/readme.md',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/server-main.js',
      'extension/dist/builtin-packs.json',
      'extension/rules/base.yaml',
      'extension/rules/work-summary.yaml',
      'extension/rules/terms.yaml',
      'extension/rules/schema.json',
      'extension/snippets/markdown.json',
      'extension/snippets/plaintext.json',
      'extension/dist/jieba-ts.bin',
      'extension.vsixmanifest',
    ]) {
      assert.ok(names.includes(f), `${f} missing; has: ${names.join(', ')}`);
    }
    // The segmenter is JS (jieba-ts): no native binary, so the package is the same for every platform.
    assert.ok(!names.some((n) => /\.node$/.test(n)), 'no native binary');
  });

  it('contains nothing of the sources, tests, benchmarks or other dependencies', () => {
    const bad = names.filter(
      (n) =>
        /\.(ts|map)$/.test(n) ||
        n === 'extension/dist/compile-packs.js' ||
        /^extension\/(server|client|test|bench|scripts|examples|\.ci)\//.test(n) ||
        // Of docs/, only the rule reference (the editor's rule links open it), not the screenshots.
        (n.startsWith('extension/docs/') && n !== 'extension/docs/rules.md') ||
        n.startsWith('extension/node_modules/') ||
        /\.vsix$/.test(n) ||
        /tsconfig|mocharc|package-lock/.test(n),
    );
    assert.deepEqual(bad, []);
    assert.ok(names.length < 40, `${names.length} files`);
  });

  it('declares activation, commands, settings, snippets, schema validation and limited untrusted support', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.main, './dist/client.js');
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown') && pkg.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/.shengao.yaml'));
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['shengao.pack']);
    const zh = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
    const titles = pkg.contributes.commands.map((c: { title: string }) => zh[c.title.slice(1, -1)]);
    assert.deepEqual(titles, [
      '审稿：检查工作区全部文稿',
      '审稿：插入标准章节…',
      '审稿：显示当前规则包',
      '审稿：重启服务',
      '审稿：对照去年的工作打算',
      '审稿：检查 Word 文档',
    ]);
    // The Word command is offered on .docx files in the Explorer.
    assert.deepEqual(
      pkg.contributes.menus['explorer/context'].map((m: { command: string; when: string }) => [
        m.command,
        new RegExp(m.when.match(/=~ \/(.*)\/i$/)![1], 'i').test('.DOCX'),
      ]),
      [['shengao.checkWordDocument', true]],
    );
    // Every %key% in package.json has a zh-CN and an English string.
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) assert.ok(zh[k] && en[k], `nls key ${k}`);
    for (const s of ['enable', 'pack', 'run', 'rules', 'focus', 'locale', 'languages']) assert.ok(pkg.contributes.configuration.properties[`shengao.${s}`], s);
    assert.equal(pkg.contributes.yamlValidation[0].url, './rules/schema.json');
    // The disable-comment snippet offers every rule id there is.
    for (const f of ['markdown', 'plaintext']) {
      const snip = JSON.parse(readFileSync(join(ROOT, 'snippets', `${f}.json`), 'utf8'));
      const choice = /\$\{1\|([^|]+)\|\}/.exec(snip['停用下一段的规则'].body[0])![1].split(',');
      assert.deepEqual(choice.sort(), RULES.map((r) => r.id).sort(), `${f} snippet choices are stale: run npx tsx scripts/gen-snippets.ts`);
      assert.ok(Object.values(snip).some((s) => (s as { body: string[] }).body.join('\n').includes('存在的问题')));
    }
  });

  it('the packaged server starts alone, loads jieba and reports findings', async () => {
    const dir = join(tmp, 'x');
    extractZip(vsix, dir);
    const ext = join(dir, 'extension');
    const ws = mkdtempSync(join(tmpdir(), 'shengao-vsix-ws-'));
    const client = new TestClient({ serverPath: join(ext, 'dist', 'server.js'), cwd: ws, root: ws, env: { NODE_PATH: '' } });
    try {
      await client.initialize();
      const uri = uriOf(join(ws, '述职报告.md'));
      client.open(uri, '# 2024年度述职报告\n\n## 一、履行职责情况\n\n全年组织专题培训XX期，作了布署。\n\n## 二、下步工作打算\n\n一是加强学习。\n');
      const d = await client.diagnostics(uri);
      assert.ok(d.some((x) => x.code === 'text/placeholder'));
      assert.ok(
        d.some((x) => x.code === 'terms/preferred'),
        'terms from the packaged rules/terms.yaml',
      );
      const st = await client.until(
        () => client.notifications.map((n) => n.params as { segmenter?: string }).find((p) => p.segmenter === 'jieba-ts'),
        'jieba loaded from the package',
        30000,
      );
      assert.equal(st.segmenter, 'jieba-ts');
      assert.ok(!/无法加载分词器|分词器加载失败/.test(JSON.stringify(client.notifications)));
    } finally {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
