// What the fifty-sixth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 56: an address written out', () => {
  it("https://mp.weixin.qq.com/s?__biz=…: the __ is the address's own, no blank", () => {
    const text = '### 参考资料\n\n1. https://mp.weixin.qq.com/s?__biz=MzA3NTYz&mid=265&idx=1\n2. https://example.org/a__b/xx\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), []);
  });
  it('…while 负责人：__ in prose is still a blank', () => {
    assert.equal(hits('### 分工\n\n本周负责人为__，下周轮换。\n', 'text/placeholder', 'markdown').length, 1);
  });
});

describe('round 56: a length of time before a list', () => {
  it('平均每个渠道用时 12 个工作日： then three channels: the days are no count of the items', () => {
    const text = '## 接入\n\n全年接入 5 个渠道，平均每个渠道用时 12 个工作日：\n\n- 数字人民币\n- 两家银行快捷支付\n- 跨境收单\n';
    assert.deepEqual(hits(text, 'numbers/count', 'markdown'), []);
  });
  it('…while 分 4 个阶段： over three items is still one short', () => {
    const text = '## 接入\n\n迁移分 4 个阶段：\n\n- 评审\n- 联调\n- 上线\n';
    assert.equal(hits(text, 'numbers/count', 'markdown').length, 1);
  });
});

describe('round 56: a rate over two grades of one list', () => {
  const text = (rate: string) => `一、主要工作\n开展民主评议党员，评定优秀党员8名、合格党员42名，优秀率${rate}。\n`;
  it('优秀党员8名、合格党员42名，优秀率16%: 8 of the 50 graded', () => {
    assert.deepEqual(hits(text('16%'), 'numbers/percent'), []);
  });
  it('…while 优秀率22% fits neither 8 of 50 nor 8 of 42', () => {
    assert.deepEqual(hits(text('22%'), 'numbers/percent'), ['22%']);
  });
});

describe('round 56: a list closed by the rest of the kinds', () => {
  const text = (total: string) => `一、主要工作\n全县共有各类养老服务机构${total}，其中公办养老院4个、民办养老院7个、日间照料中心23个、其他机构5个。\n`;
  it('4+7+23+5=39, not 37: a list ending in 其他机构 covers the whole', () => {
    assert.deepEqual(hits(text('37个'), 'numbers/sum'), ['37个']);
  });
  it('…and 39 adds up', () => {
    assert.deepEqual(hits(text('39个'), 'numbers/sum'), []);
  });
});

describe('round 56: a share of the whole before 其中, an aside in brackets between', () => {
  const text = (rate: string) => `一、基本情况\n支部现有党员40名（年初44名，年内4名调出），其中女党员14名，占${rate}；35岁以下党员12名。\n`;
  it("14 of the 40 there are now is 35%, not 31.8% (14 of the 44 at the year's start)", () => {
    assert.deepEqual(hits(text('31.8%'), 'numbers/percent'), ['31.8%']);
  });
  it('…and 35% agrees', () => {
    assert.deepEqual(hits(text('35%'), 'numbers/percent'), []);
  });
});

describe("round 52: an item's ordinal copula names no measure", () => {
  it('第二是投资12万元种树…；第三是投资近60万元，建展馆: two outlays, not 是投资 stated twice', () => {
    const text =
      '一、主要成绩\n主要成绩有：第一是发动师生参与设计；第二是投资12万元在主干道两侧种植果树300多棵；第三是投资近60万元，在学校设立了校史展览馆。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});

describe("round 56: a table row's change restated in prose", () => {
  const text = (reached: string, aim = '') =>
    `## 概览\n\n- 查询接口 P95 延迟从 360ms 降到 ${reached}${aim}；\n\n## 压测\n\n| 指标 | 优化前 | 优化后 |\n|---|---|---|\n| P95 延迟 | 360ms | 150ms |\n| 峰值 QPS | 5,200 | 9,800 |\n`;
  it("the overview says 360ms → 140ms, the table 360ms → 150ms: the table's cell is reported", () => {
    assert.deepEqual(hits(text('140ms'), 'numbers/conflict', 'markdown'), ['150ms']);
  });
  it('…no alarm when they agree', () => {
    assert.deepEqual(hits(text('150ms'), 'numbers/conflict', 'markdown'), []);
  });
  it('…nor for an aim (降到 140ms 以下)', () => {
    assert.deepEqual(hits(text('140ms', ' 以下'), 'numbers/conflict', 'markdown'), []);
  });
});
