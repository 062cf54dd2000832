// lintDrafts: a run's drafts share one watchdog, and a draft the shared call's time runs
// out in is linted again on its own — the outcomes are those of drafts linted one by one.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { loadPack } from '../server/src/packs/loader';
import { nodeHost } from '../server/src/packs/host';
import { loadSegmenter } from '../server/src/segmenters/index';
import { vmDeadline, clock } from '../server/src/project/deadline';
import { lintDraft, type DraftJob } from '../server/src/project/lint-draft';
import { lintDrafts } from '../server/src/project/lint-batch';
import { DeadlineExceeded, type Bounds, type Deadline } from '../server/src/engine/index';

const ROOT = join(__dirname, '..');

/** A township's work summary; `k` changes its figures so no two drafts are alike. */
function draft(k: number): string {
  return `# 青石镇2024年工作总结

一、主要工作及成效

（一）产业发展。全年新建高标准农田${1200 + k}亩，引进农业企业${3 + (k % 4)}家，带动${260 + k}户农户增收，户均增收${4 + (k % 3)}千元。

（二）民生保障。新增就业岗位${410 + k}个，其中公益性岗位${60 + k}个、企业岗位${350 + (k % 2) * 5}个，发放临时救助金${18 + k}万元，覆盖困难群众${120 + k}人次。

（三）基层治理。调解矛盾纠纷${95 + k}起，调解成功率达${90 + (k % 9)}%，开展安全生产检查${40 + k}次，整改隐患${130 + k}处。

二、存在的问题

（一）村级集体经济底子薄，${k % 5}个村年收入不足10万元。

三、下步工作打算

（一）认真布署集体经济“清零”行动，力争年底前所有村集体收入超过15万元。
`;
}

describe('lint batch: drafts under one watchdog', () => {
  const config = loadPack('work-summary', ROOT, nodeHost({ builtinDir: join(ROOT, 'rules') })).config;
  const segmenter = loadSegmenter();
  const jobs: DraftJob[] = Array.from({ length: 60 }, (_, k) => ({ file: `/tmp/draft-${k}.md`, kind: 'markdown', text: draft(k), bom: false, fix: false }));

  function counting(budgets: Bounds['budgets']): { bounds: Bounds; calls: () => number } {
    let n = 0;
    const deadline: Deadline = (fn, ms) => {
      n++;
      return vmDeadline(fn, ms);
    };
    return { bounds: { deadline, budgets, clock }, calls: () => n };
  }

  it('gives every draft the outcome it gets linted alone, with far fewer timed calls', () => {
    const one = counting({ parseMs: 60_000, checkMs: 60_000 });
    const alone = jobs.map((job) => lintDraft(job, config, segmenter, one.bounds));
    assert.ok(one.calls() >= 2 * jobs.length, `one by one: a timed parse and a timed run of checks per draft (${one.calls()})`);
    const batch = counting({ parseMs: 60_000, checkMs: 60_000 });
    const batched = lintDrafts(
      jobs.map((job) => ({ job, config })),
      segmenter,
      batch.bounds,
    );
    assert.equal(batch.calls(), 1, 'one call covers the whole run when nothing comes near a budget');
    assert.deepEqual(batched, alone);
    assert.ok(
      alone.some((o) => o.findings.length > 0),
      'the drafts have findings to compare',
    );
  });

  it('lints a draft again on its own when the shared call runs out of time in it', () => {
    // The shared call's time runs out while draft 30 is being read — simulated, since a real timeout
    // depends on the machine's speed: the first read of its text throws what the watchdog throws.
    // Drafts 0–29 keep their results, draft 30 is linted alone, and a new shared call carries on.
    const budgets = { parseMs: 60_000, checkMs: 60_000 };
    const alone = jobs.map((job) => lintDraft(job, config, segmenter, { deadline: vmDeadline, budgets, clock }));
    let reads = 0;
    const stopped: DraftJob = { ...jobs[30] };
    Object.defineProperty(stopped, 'text', {
      get: () => {
        if (reads++ === 0) throw new DeadlineExceeded(budgets.parseMs);
        return jobs[30].text;
      },
    });
    const batch = counting(budgets);
    const batched = lintDrafts(
      jobs.map((job, k) => ({ job: k === 30 ? stopped : job, config })),
      segmenter,
      batch.bounds,
    );
    // One shared call up to draft 30, draft 30 alone (a parse and a run of checks), one shared call after it.
    assert.equal(batch.calls(), 4, `timed calls: ${batch.calls()}`);
    assert.deepEqual(
      batched.map((o) => o.findings),
      alone.map((o) => o.findings),
    );
    assert.ok(batched.every((o) => o.failures.length === 0));
  });

  it('never runs a draft whose fixes are written back twice: it is linted on its own', () => {
    const fixing: DraftJob = { ...jobs[0], fix: true, dryRun: true };
    const batch = counting({ parseMs: 60_000, checkMs: 60_000 });
    const out = lintDrafts(
      [jobs[1], fixing, jobs[2]].map((job) => ({ job, config })),
      segmenter,
      batch.bounds,
    );
    // Draft 1 in a shared call, the fixing draft alone (a parse and a run of checks per pass), draft 2 in another shared call.
    assert.ok(batch.calls() >= 4, `the fixing draft ran under its own deadlines (${batch.calls()} calls)`);
    assert.deepEqual(out[1], lintDraft(fixing, config, segmenter, { deadline: vmDeadline, budgets: { parseMs: 60_000, checkMs: 60_000 }, clock }));
  });
});
