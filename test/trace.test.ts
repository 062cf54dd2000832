// Plan follow-through on the hand-written pairs in test/fixtures/trace (gold labels in
// gold.json). The thresholds are what scripts/trace-eval.ts measured; a change that
// makes the matching worse fails here.
import assert from 'node:assert/strict';
import { check } from './helpers';
import { runPairs, score } from '../scripts/trace-eval';
import { tracePlans, GENERIC_WORDS } from '../server/src/trace/trace';

describe('trace: last year’s plans against this year’s duties', () => {
  const pairs = runPairs();

  it('reads the items of every plans section as the gold labels count them', () => {
    assert.ok(pairs.length >= 8, `${pairs.length} pairs`);
    assert.deepEqual(score(pairs).itemCountMismatches, []);
  });

  it('meets the measured precision/recall on the pairs', () => {
    const s = score(pairs);
    assert.ok(s.plans >= 30, `${s.plans} plans`);
    // Measured: dropped precision 1.0 (11/11), recall 0.917 (11/12); matching 1.0 (26/26); status 0.895 (34/38).
    assert.ok(s.dropped.precision >= 0.9, `dropped precision ${s.dropped.precision}`);
    assert.ok(s.dropped.recall >= 0.9, `dropped recall ${s.dropped.recall}`);
    assert.ok(s.matching.accuracy >= 0.95, `matching ${s.matching.accuracy}`);
    assert.ok(s.status.accuracy >= 0.85, `status ${s.status.accuracy}`);
  });

  it('splits an inline 一是……；二是…… enumeration into plans', () => {
    const p = pairs.find((x) => x.name === '03-hospital')!;
    assert.deepEqual(
      p.result.plans.map((x) => x.marker),
      ['一是', '二是', '三是'],
    );
    assert.match(p.result.plans[0].text, /^完善胸痛中心建设/);
  });

  it('takes unmarked paragraphs as plans and skips the lead-in sentence', () => {
    const p = pairs.find((x) => x.name === '07-hr')!;
    assert.equal(p.result.plans.length, 3);
    assert.match(p.result.plans[0].text, /^围绕全局人才需求/);
  });

  it('ignores generic report words and shows the words that matched', () => {
    const last = check(
      '一、主要工作\n完成任务。\n二、存在的问题\n不足。\n三、下步工作打算\n一是进一步加强推进工作落实，不断提升工作水平。\n二是建设农村污水处理设施，完成管网铺设20公里。\n',
    ).model;
    const cur = check(
      '一、主要工作\n（一）持续加强推进工作落实，工作水平不断提升。\n（二）建成农村污水处理站3座，铺设管网22公里。\n二、存在的问题\n不足。\n',
    ).model;
    const r = tracePlans(last, cur);
    assert.equal(r.plans.length, 2);
    assert.deepEqual(r.plans[0].keywords, [], 'a plan made only of generic words has no keywords');
    assert.equal(r.plans[0].status, 'unmatched');
    assert.equal(r.plans[1].status, 'followed');
    assert.equal(r.plans[1].candidates[0].item, 1);
    for (const w of ['污水处理', '管网']) assert.ok(r.plans[1].candidates[0].words.includes(w), w);
    for (const k of r.plans[1].keywords) assert.ok(!GENERIC_WORDS.has(k.word), k.word);
  });
});
