// numbers/count and numbers/conflict on the ways of writing that round twenty of the evaluation showed the engine
// misread. Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const counts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/count', { kind }).map((f) => flagged(text, f));

describe('numbers/count: a spaced count that announces nested bullets (一共做了 4 项：)', () => {
  const doc = (n: number) =>
    `# 年终总结\n\n## 一、工作\n\n- 接口性能优化一共做了 ${n} 项：\n  - 慢查询加索引，平均耗时从 420ms 降到 90ms；\n  - 热点数据加缓存；\n  - 列表接口分页改造。\n- 全年上线版本 26 个。\n`;

  it('counts the nested items, not the bullets around them', () => {
    assert.deepEqual(counts(doc(4), 'markdown'), ['4 项']);
    assert.deepEqual(counts(doc(3), 'markdown'), []);
  });

  it('a spaced count that announces nothing is not read (手机银行、门户等 3 个渠道)', () => {
    assert.deepEqual(counts('# 总结\n\n- 手机银行、网上银行等 3 个渠道全年交易 1.2 亿笔。\n', 'markdown'), []);
  });
});

describe('numbers/count: a count after the noun it counts, then 分别为', () => {
  it('counts the names that follow', () => {
    const text = '年内新制定安全管理制度四项，分别为《消防安全管理规定》《用电安全管理办法》《危化品存放规程》。全年开展检查12次。';
    assert.deepEqual(counts(text), ['四项']);
    assert.deepEqual(counts(text.replace('四项', '三项')), []);
  });

  it('a breakdown by figures is not a list of names (获奖3项，分别为一等奖1项、二等奖2项)', () => {
    assert.deepEqual(counts('全年获得市级奖项3项，分别为一等奖1项、二等奖2项。'), []);
  });

  it('a ；-list after it runs on into what came of them', () => {
    assert.deepEqual(counts('新开通公交线路4条，分别为环城线、工业园线、高铁站线和大学城线；早高峰平均候车时间由12分钟降至8分钟。'), []);
  });
});

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: nouns the segmenter tags as verbs (诉求, 需求)', () => {
  const text =
    '一、主要工作\n全年走访企业46家，收集企业诉求158件，办结率100%。\n二、存在的问题\n服务企业还不够精准。从全年收集的185件诉求看，融资类问题占比近三成。';

  it('a restatement of what was collected, by the noun after the figure', () => {
    assert.deepEqual(conflicts(text), ['185件']);
    assert.deepEqual(conflicts(text.replace('185件', '158件')), []);
  });

  it('needs counted under another verb are another measure', () => {
    assert.deepEqual(conflicts('全年梳理业务需求86条。\n全年完成需求开发64条，其余纳入明年计划。'), []);
  });
});

describe('numbers/conflict: the year’s whole restated in the problems part with its digits transposed', () => {
  const text = [
    '一、主要工作',
    '（一）文旅市场',
    '1.接待情况。全年客流368万人次，同比增长5.2%。',
    '二、存在的问题',
    '一是景区停车位紧张，全年客流量达386万人次，节假日拥堵明显。',
  ].join('\n');

  it('量 after the measure names no other measure, and only the clauses opening with the year are compared', () => {
    assert.deepEqual(conflicts(text), ['386万人次']);
    assert.deepEqual(conflicts(text.replace('386万', '368万')), []);
  });

  it('a clause that does not open with the year keeps the whole sentence’s words', () => {
    assert.deepEqual(conflicts(text.replace('全年客流量达386万人次', '周末客流量全年达386万人次')), []);
  });
});

describe('numbers/conflict: a table of kinds with a column counting people (上线人数)', () => {
  const md = (n: number) =>
    [
      '# 县第二中学2025届高考工作总结',
      '',
      '## 一、高考成绩',
      '',
      '2025届考生共412人。',
      '',
      '| 批次 | 上线人数 | 上线率 |',
      '|---|---|---|',
      '| 重点线 | 236 | 57.3% |',
      '| 专科线 | 398 | 96.6% |',
      '',
      '## 二、2026年打算',
      '',
      `1. 在今年重点线上线${n}人的基础上，力争2026届本科上线突破260人。`,
      '',
    ].join('\n');

  it('the row’s kind and the column’s stem name the cell, as the prose does (线上 across two words is no scope)', () => {
    assert.deepEqual(conflicts(md(263), 'markdown'), ['263人']);
    assert.deepEqual(conflicts(md(236), 'markdown'), []);
  });

  it('a table with a year or plan column is not read this way', () => {
    const planned = md(263).replace('| 批次 | 上线人数 | 上线率 |', '| 批次 | 上线人数 | 目标 |');
    assert.deepEqual(conflicts(planned, 'markdown'), []);
  });

  it('a scope word written as a word of its own still sets the figure apart', () => {
    assert.deepEqual(conflicts('全年办理业务1260件。\n其中线上办理业务1620件，占比过半。', 'text'), []);
  });
});
