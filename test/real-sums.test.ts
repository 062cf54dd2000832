// numbers/sum on breakdowns real reports write without the textbook cue words: a whole named by the
// kinds 分别 spreads over, parts listed on the lines after the total, and a noun's own 总量 that is
// no list's total. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const sums = (text: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === 'numbers/sum')
    .map((f) => f.message);

describe('real text: breakdowns without 共 or 其中 (numbers/sum)', () => {
  it('a whole followed by three kinds and 分别为 is their total (粮食面积…，水稻、小麦、油菜分别为…)', () => {
    const text = '一、农业生产\n全乡农作物播种面积5.2万亩，水稻、小麦、油菜分别为2.6、1.5、0.9万亩，总产稳定。';
    assert.deepEqual(sums(text), ['2.6+1.5+0.9=5，与“5.2万亩”不符。']);
  });

  it('the same when the sum is right, or when only two kinds are named (they may be the main ones)', () => {
    assert.deepEqual(sums('全乡农作物播种面积5.2万亩，水稻、小麦、油菜分别为2.6、1.5、1.1万亩。'), []);
    assert.deepEqual(sums('全乡农作物播种面积5.2万亩，水稻、小麦分别为2.6、1.5万亩。'), []);
  });

  it('parts listed one per line after 共…，情况如下： are summed', () => {
    const text = [
      '### 3. 招生工作',
      '全校今年共录取新生 860 人，生源情况如下：',
      '- 本市生源 412 人；',
      '- 省内其他地市 301 人；',
      '- 省外生源 127 人。',
      '',
      '新生报到率 98%。',
    ].join('\n');
    assert.deepEqual(sums(text, 'markdown'), ['412+301+127=840，与“共860 人”不符。']);
  });

  it('no sum when a listed item holds two figures or none, or the list adds up', () => {
    const ok = ['全校今年共录取新生 840 人，生源情况如下：', '', '- 本市生源 412 人；', '- 省内其他地市 301 人；', '- 省外生源 127 人。'].join('\n');
    assert.deepEqual(sums(ok, 'markdown'), []);
    const mixed = ['全校今年共录取新生 860 人，情况如下：', '', '- 本市生源 412 人，其中男生 200 人；', '- 省内其他地市 301 人；', '- 省外生源 127 人。'].join(
      '\n',
    );
    assert.deepEqual(sums(mixed, 'markdown'), []);
  });

  it("a noun's own 总量 after a row of other products is not their total", () => {
    assert.deepEqual(sums('全年粮食总产18.2万吨，蔬菜总产6.4万吨，水果总量为3.1万吨。'), []);
    // …while 两项总量 does sum them.
    assert.deepEqual(sums('全年粮食总产18.2万吨、蔬菜总产6.4万吨，两项总量为25.1万吨。').length, 1);
  });

  it('a whole followed by its main kinds only (far below it) is no slip: 工业总产值…，电子、机械、化工分别为…', () => {
    assert.deepEqual(sums('全市规上工业总产值500亿元，电子、机械、化工分别为120、90、60亿元。'), []);
    // …while parts over the whole are wrong however many kinds there are.
    assert.equal(sums('全市规上工业总产值500亿元，电子、机械、化工分别为220、190、160亿元。').length, 1);
  });

  it('a list announced as the main items (主要有：) is a selection, not the whole', () => {
    const text = ['全年共培训干部 860 人次，主要有：', '', '- 政策解读 412 人次；', '- 业务技能 301 人次。'].join('\n');
    assert.deepEqual(sums(text, 'markdown'), []);
  });
});
