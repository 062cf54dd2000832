// The npm package as a user gets it: `npm pack` (prepack builds dist/), installed into an
// empty project with no network (--offline: the package needs nothing from the registry),
// then `npx shengao check` and `npx shengao-language-server --stdio` run from there.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

describe('npm package: pack, install offline, run', function () {
  this.timeout(180_000);
  let dir = '';
  let project = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'shengao-pack-'));
    const packed = spawnSync('npm', ['pack', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(packed.status, 0, packed.stderr);
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    assert.ok(tgz, 'npm pack made no tarball');
    project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'review-drafts', version: '1.0.0', private: true }));
    const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    const installed = spawnSync('npm', ['install', '--offline', join(dir, tgz)], { cwd: project, encoding: 'utf8', env });
    assert.equal(installed.status, 0, installed.stderr);
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('the tarball holds dist/, the packs and the docs, and none of the sources', () => {
    const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const list = spawnSync('tar', ['-tzf', join(dir, tgz)], { encoding: 'utf8' }).stdout.split('\n');
    for (const f of [
      'dist/cli.js',
      'dist/check-worker.js',
      'dist/server.js',
      'dist/server-main.js',
      'dist/server-main.js.cache',
      'dist/code-cache.js',
      'dist/builtin-packs.json',
      'dist/jieba-ts.bin',
      'rules/work-summary.yaml',
      'rules/schema.json',
      'docs/rules.md',
      'bin/shengao.js',
      'README.md',
    ]) {
      assert.ok(list.includes(`package/${f}`), `${f} missing from the tarball`);
    }
    assert.ok(!list.some((f) => /^package\/(server|test|eval|client)\//.test(f)), 'sources in the tarball');
  });

  it('npx shengao check finds the skipped number and the placeholder in a draft', () => {
    writeFileSync(
      join(project, '科室总结.txt'),
      '一、履行职责情况\n（一）完成年度文稿起草任务。\n（三）加强理论学习，由XX同志负责。\n二、存在的问题\n（一）调研不够深入。\n三、下步工作打算\n（一）每季度开展一次专题调研。\n',
    );
    const r = spawnSync('npx', ['--offline', 'shengao', 'check', '科室总结.txt'], { cwd: project, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /3:1 +warning +编号跳号.*outline\/sequence/);
    assert.match(r.stdout, /占位符“XX”尚未填写/);
  });

  it('npx shengao-language-server --stdio answers initialize', async () => {
    const child = spawn('npx', ['--offline', 'shengao-language-server', '--stdio'], { cwd: project });
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no reply to initialize: ${out}`)), 60_000);
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (/"id":1/.test(out) && /"capabilities"/.test(out)) {
            clearTimeout(timer);
            resolve(out);
          }
        });
        child.on('error', reject);
        const msg = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(msg)}\r\n\r\n${msg}`);
      });
      assert.match(reply, /"textDocumentSync"/);
    } finally {
      child.kill();
    }
  });
});
