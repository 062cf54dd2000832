// plans/measurable: next-steps items that promise action (尽快、进一步加强、适时) with no target,
// figure or deadline; items that give any of those, and the other sections, pass.
import { strict as assert } from 'node:assert';
import { byRule, check } from './helpers';

function flagged(text: string, kind: 'text' | 'markdown' = 'text'): string[] {
  return byRule(check(text, { kind, only: ['plans/measurable'] }).findings, 'plans/measurable').map((f) => text.slice(f.start, f.end));
}

const DONE = '一、主要工作\n全年开展网格走访1.2万户次，化解矛盾纠纷312起。\n二、存在的问题\n进一步加强队伍建设的措施还不够有力。\n';

describe('plans/measurable', () => {
  it('reports 一是/二是 items with only 尽快 / 进一步加强, not the ones with a deadline or figure', () => {
    const text = `${DONE}三、下步工作打算\n一是尽快完善网格化管理制度；二是进一步加强网格员队伍建设；三是6月底前完成智慧社区平台验收；四是全年轮训网格员2期。`;
    assert.deepEqual(flagged(text), ['尽快', '进一步加强']);
  });

  it('reads numbered items with their paragraphs: a target in the body counts', () => {
    const text = [
      DONE + '三、下步工作打算',
      '（一）适时开展居民议事会。',
      '（二）持续加强环境整治。',
      '对背街小巷实行包保，年底前实现垃圾分类小区全覆盖。',
      '（三）积极推进老旧小区改造。力争完成改造三个小区。',
    ].join('\n');
    assert.deepEqual(flagged(text), ['适时']);
  });

  it('an item marked （待定） leaves its time open on purpose; the same item without the mark is flagged', () => {
    const plan = (s: string) => flagged(`${DONE}三、下步工作打算\n（一）${s}\n（二）年底前完成智慧社区平台验收。`);
    assert.deepEqual(plan('社区卫生服务站扩建（待定）：视区卫健局批复情况适时启动。'), []);
    assert.deepEqual(plan('社区卫生服务站扩建：视区卫健局批复情况适时启动。'), ['适时']);
  });

  it('checks the next-steps section only, in Markdown as in plain text', () => {
    const md = [
      '# 2024年工作总结',
      '',
      '## 一、主要工作',
      '',
      '进一步加强党建引领，完成换届选举。',
      '',
      '## 二、下步打算',
      '',
      '1. 进一步提升服务水平。',
      '2. 2025年3月前上线“一网通办”社区端。',
    ].join('\n');
    assert.deepEqual(flagged(md, 'markdown'), ['进一步提升']);
  });
});
