// What held-out round 11 showed outside the arithmetic (issue 13): 5xx and 小区名 are no blanks, 174个网点次 is a
// figure, 3要提高… is item 3 with its stop left out, （一） under #### 2. is upside down, 工作谋划 names the plans.
// Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const found = (text: string, id: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => `${text.slice(0, f.start).split('\n').length}:${text.slice(f.start, f.end)}`);

describe('held-out round 11', () => {
  it('5xx and 4xx are HTTP status classes; 20xx年 and xx万元 are still blanks', () => {
    assert.deepEqual(found('网关 5xx 错误率由 0.35% 降至 0.08%，4xx 告警减少一半。', 'text/placeholder'), []);
    assert.deepEqual(found('20xx年完成投资xx万元。', 'text/placeholder'), ['1:xx', '1:xx']);
  });

  it('小区名、街巷名 are names; 174个网点次 is a figure; 培训入党积极分子名 is a blank', () => {
    assert.deepEqual(found('用脚本抓取了小区名，地区，详细地址，并识别街巷名，门牌号。', 'text/placeholder'), []);
    assert.deepEqual(found('全年开展暗访检查174个网点次，平均得分由92.6分提高到95.1分。', 'text/placeholder'), []);
    assert.equal(found('上半年共培训入党积极分子名。', 'text/placeholder').length, 1);
  });

  it('3要提高大局观 between 2. and 4. is item 3 with its stop left out; 3人获得表彰 is a sentence', () => {
    const list = (third: string) => ['三、工作目标', '1.要提高工作的主动性。', '2.工作要注重实效。', third, '4.精细化工作方式的思考和实践。'].join('\n');
    assert.deepEqual(found(list('3要提高大局观，多想想别人的工作。'), 'outline/sequence'), []);
    assert.deepEqual(found(list('3要提高大局观，多想想别人的工作。'), 'outline/style'), ['4:3']);
    // A sentence that opens with a figure is no item: the next number is then a skip.
    assert.equal(found(list('3人获得年度优秀员工表彰。'), 'outline/sequence').length, 1);
  });

  it('（一） under a heading numbered 2. is a level slip, each of them', () => {
    const text = [
      '# 2025 年度述职',
      '',
      '#### 1. 数据开发',
      '',
      '全年上线任务 320 个。',
      '',
      '#### 2. 数据质量',
      '',
      '（一）规则覆盖：覆盖率从 54% 提升到 93%。',
      '（二）问题闭环：工单平均关闭时长缩短到 1.2 天。',
    ].join('\n');
    assert.deepEqual(
      found(text, 'outline/level', 'markdown').map((s) => s.split(':')[0]),
      ['9', '10'],
    );
    // Under a heading numbered 二、 the （一） is where it belongs.
    assert.deepEqual(found(text.replace('#### 2. 数据质量', '#### 二、数据质量'), 'outline/level', 'markdown'), []);
  });

  it('三、2026年工作谋划 is the plans part', () => {
    const text = [
      '一、主要工作完成情况',
      '全年完成固定资产投资12亿元。',
      '二、存在的问题',
      '产业层次不高。',
      '三、2026年工作谋划',
      '（一）做强主导产业。',
    ].join('\n');
    assert.deepEqual(found(text, 'structure/missing-section'), []);
  });
});
