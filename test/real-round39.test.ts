// What the thirty-ninth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 39: a TODO pointed at where it stands', () => {
  const blank = (s: string) => hits(`# 2025 总结\n\n## 计划\n\n${s}\n`, 'text/placeholder', 'markdown');

  it('即上面脚本里的 TODO names a to-do in the code; TODO：补充… is one left in the text', () => {
    assert.deepEqual(blank('1. 告警规则迁到新平台（即上面脚本里的 TODO）。'), []);
    assert.deepEqual(blank('1. 告警规则迁到新平台（代码中的FIXME另行处理）。'), []);
    assert.deepEqual(blank('1. TODO：补充三季度告警数据。'), ['TODO']);
  });
});

describe('round 39: terms', () => {
  const term = (s: string) => hits(`一、主要工作\n${s}\n`, 'terms/preferred');

  it('以习近平为核心, 心里健康, 熔入, 终生发展, 一层不变, 层度', () => {
    assert.deepEqual(term('紧密团结在以习近平为核心的党中央周围。'), ['习近平为核心']);
    assert.deepEqual(term('开展心里健康教育，帮助新生熔入集体，为终生发展奠基。'), ['心里健康', '熔入', '终生发展']);
    assert.deepEqual(term('工作一层不变，也不知道到了什么层度。'), ['一层不变', '层度']);
    assert.deepEqual(term('紧密团结在以习近平同志为核心的党中央周围，开展心理健康教育，为终身发展奠基。'), []);
  });
});

describe('round 39: plans told in the prose of an engineer’s review', () => {
  const missing = (body: string) =>
    check(
      `# 2025 年终总结\n\n## 成长\n\n${'这一年换了新的工作节奏，每天早起跑步，晚上读书写作，周末陪孩子去公园。'.repeat(24)}\n\n## 跑步\n\n全年跑量 1800 公里，比去年多 300 公里。\n\n## 读书\n\n读了 12 本书，比较懒，看得太少。\n\n${body}\n\n## 工作\n\n带团队上线了 3 个产品。\n`,
      {
        kind: 'markdown',
        only: ['structure/missing-section'],
      },
    ).findings.map((f) => f.message);

  it('2026 年，公众号还会继续更新 and 立几个 Flag say what comes next; 不适合立 flag does not', () => {
    assert.deepEqual(missing('## 公众号\n\n2026 年，公众号还会继续更新。'), []);
    assert.deepEqual(missing('## 跑步目标\n\n2026，还是立几个 Flag 吧：跑量 2000 公里。'), []);
    assert.equal(missing('## 感想\n\n我就不适合立 flag，随缘吧。').length, 1);
  });
});
