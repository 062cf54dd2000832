// numbers/sum, numbers/count, numbers/percent and numbers/conflict on the ways of writing that round eighteen of
// the evaluation showed the engine misread. Sentences are made up; each class has the defect it must find and the
// trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
const counts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/count', { kind }).map((f) => flagged(text, f));

describe('numbers/count: headings after a sentence that first names a list of duties', () => {
  const text = (lead: string) =>
    [
      '二、工作开展情况',
      lead,
      '（一）社会事务。全年办理各类事项1200件。',
      '（二）民政工作。发放低保金320万元。',
      '（三）退役军人服务。走访慰问退役军人86人次。',
      '（四）信访工作。接待来访群众140人次。',
      '（五）包联村庄。到包联村走访调研40次。',
      '三、存在的不足',
      '一是学习不够深入。',
    ].join('\n');

  it('take up the duties, not the villages counted last', () => {
    assert.deepEqual(counts(text('本人分管社会事务、民政、退役军人服务和信访工作，包联4个村庄。')), []);
  });

  it('a colon after the count still announces them', () => {
    assert.deepEqual(counts(text('本人分管社会事务、民政、退役军人服务和信访工作，重点抓了四个方面：')), ['四个方面']);
  });

  it('a sentence of one count still announces its headings', () => {
    assert.deepEqual(counts(text('本人重点抓了四项工作。')), ['四项工作']);
  });
});

describe('numbers/sum: parts labelled by the kinds the total itself names', () => {
  const text = '今年新认定市级示范家庭农场和农民合作社示范社72家，其中家庭农场45家、农民合作社21家。';

  it('split that whole, whichever way they miss it', () => {
    // 45+21 = 66, short of 72; 45+29 = 74, over it.
    assert.deepEqual(sums(text), ['72家']);
    assert.deepEqual(sums(text.replace('21家', '29家')), ['72家']);
    assert.deepEqual(sums(text.replace('21家', '27家')), []);
  });

  it('parts naming only one of the kinds, or cutting across them, are not the split', () => {
    assert.deepEqual(sums('今年新认定示范家庭农场和农民合作社72家，其中家庭农场45家。'), []);
    assert.deepEqual(sums('培训村干部和驻村队员120人，其中女村干部45人、青年队员21人。'), []);
  });
});

describe('numbers/sum: 分别用于 spreading a stated sum over the uses it names', () => {
  const text = '全年投入教学设备资金共计380万元，分别用于物联网实训室150万元、烹饪实训室120万元、财会实训室90万元。';

  it('the uses are the whole sum', () => {
    // 150+120+90 = 360.
    assert.deepEqual(sums(text), ['380万元']);
    assert.deepEqual(sums(text.replace('380万元', '360万元')), []);
  });

  it('without a figure to each use, nothing is spread', () => {
    assert.deepEqual(sums('全年投入教学设备资金共计380万元，分别用于物联网、烹饪和财会实训室建设，新增工位120个。'), []);
  });
});

describe('numbers/percent: a rate of any name over the group its sentence counts out (N个…中，M个…)', () => {
  it('is the second count over the first', () => {
    // 39÷46 = 84.8%.
    const text = '全县46个村中，已有39个村完成卫生室标准化改造，改造率达到87.0%。';
    assert.deepEqual(percents(text), ['87.0%']);
    assert.deepEqual(percents(text.replace('87.0%', '84.8%')), []);
    assert.deepEqual(percents('年内应换届的46个村党组织中，已按期完成39个，按期换届率87.0%。'), ['87.0%']);
  });

  it('a rate named by another measure, or the rest left counted, is not that share', () => {
    assert.deepEqual(percents('全县46个村中，已有39个村完成卫生室标准化改造，户厕普及率达到92.0%。'), []);
    assert.deepEqual(percents('全县46个村中，尚有7个村未完成卫生室改造，改造率84.8%。'), []);
  });
});

describe('numbers/percent: a rate raised to a level with 了 (提到了71%)', () => {
  it('still moves in points', () => {
    assert.deepEqual(percents('支付模块测试覆盖率从 54% 提到了 71%，提升了 17%。'), ['17%']);
    assert.deepEqual(percents('支付模块测试覆盖率从 54% 提到了 71%，提升了 17 个百分点。'), []);
  });
});

describe('numbers/conflict: the change of a balance since the start of the year, 净 said or not', () => {
  const text = (later: string) =>
    [
      '城西支行2025年工作总结',
      '一、主要指标',
      '各项存款余额32.6亿元，较年初增加3.15亿元，增幅10.7%；其中储蓄存款24.1亿元，占比73.9%。',
      '二、存在的不足',
      later,
    ].join('\n');

  it('较年初增加 after the level and 较年初净增 after the name of the balance are one measure', () => {
    assert.deepEqual(conflicts(text('一是存款结构有待优化，全年存款较年初净增2.84亿元，定期存款占比偏高。')), ['2.84亿元']);
    assert.deepEqual(conflicts(text('一是存款结构有待优化，全年存款较年初净增3.15亿元，定期存款占比偏高。')), []);
  });

  it('another balance, or a change on last year, is another measure', () => {
    assert.deepEqual(conflicts(text('一是存款结构有待优化，储蓄存款较年初净增2.84亿元，定期存款占比偏高。')), []);
    assert.deepEqual(conflicts(text('一是存款结构有待优化，全年存款较上年增加2.84亿元，定期存款占比偏高。')), []);
  });
});

describe('numbers/conflict: a restatement in a report for part of the year, counted in households', () => {
  const text = (title: string, later: string) =>
    [
      title,
      '一、主要工作',
      '1.办理居民用气报装业务1846户，其中工商用户42户，居民用户1804户；平均接气时间压缩至3.5个工作日。',
      '2.完成老旧管网改造12公里。',
      later,
    ].join('\n');
  const later = '3.上半年报装的1864户用户累计新增用气量86万立方米，预计全年带来新增收入约300万元。';

  it('the period the title names tells the batch restated from none, and the doing is the measure', () => {
    assert.deepEqual(conflicts(text('市燃气公司2025年上半年工作总结', later)), ['1864户']);
    assert.deepEqual(conflicts(text('市燃气公司2025年上半年工作总结', later.replace('1864户', '1846户'))), []);
  });

  it('in a yearly report the half year is a part; under another doing, another batch', () => {
    assert.deepEqual(conflicts(text('市燃气公司2025年工作总结', later)), []);
    assert.deepEqual(conflicts(text('市燃气公司2025年上半年工作总结', later.replace('报装的', '走访的'))), []);
  });

  it('two figures of their own keep the period that one of them names', () => {
    const report = [
      '区市场监管局2025年第三季度工作总结',
      '一、主要工作',
      '1.三季度新登记各类经营主体4126户，其中企业1389户、个体工商户2737户。',
      '2.完成抽查任务63批次，抽查经营主体1508户，结果公示率100%。',
    ].join('\n');
    assert.deepEqual(conflicts(report), []);
  });
});

describe('numbers/conflict: one rate come to two levels', () => {
  const text = (first: string, later: string) =>
    ['2025年，公司全年实现售气量2.15亿立方米，同比增长4.2%；' + first, '一、主要工作', '（一）管网改造', later].join('\n');
  const later = '1.管网漏损率由上年的4.1%降至3.6%，下降0.5个百分点，减少漏失气量约80万立方米。';

  it('the rate named in full, and in brief, where it came to', () => {
    assert.deepEqual(conflicts(text('供气管网漏损率降至3.2%。', later)), ['3.6%']);
    assert.deepEqual(conflicts(text('供气管网漏损率降至3.6%。', later)), []);
  });

  it('another rate, a target, another period or a rate named in three characters is not that level', () => {
    assert.deepEqual(conflicts(text('老旧小区管网漏损率降至3.2%。', later.replace('管网漏损率', '城区管网漏损率'))), []);
    assert.deepEqual(conflicts(text('力争供气管网漏损率降至3.2%。', later)), []);
    assert.deepEqual(conflicts(text('上半年供气管网漏损率降至3.2%。', later)), []);
    assert.deepEqual(conflicts(text('漏损率降至3.2%。', later.replace('管网漏损率', '漏损率'))), []);
  });
});

describe('numbers/conflict: what was done against a target, and a level reached short of it', () => {
  const md = (kr: string, problem: string) =>
    [
      '## 一、OKR 完成情况',
      '',
      '### O2 保障质量',
      '',
      '- KR1：接口平均响应时间降到 200 毫秒以内 —— 实际 180 毫秒，达成。',
      `- ${kr}`,
      '',
      '## 二、问题与反思',
      '',
      `1. ${problem}`,
      '',
    ].join('\n');
  const kr = 'KR2：E2E 用例数达到 500 条 —— 实际 438 条，完成 88%。';
  const problem = 'E2E 用例只写到 483 条，离 500 条的目标还差 17 条，回归仍依赖人工。';

  it('实际 after the target counts its measure, and 只写到 restates it', () => {
    assert.deepEqual(conflicts(md(kr, problem), 'markdown'), ['483 条']);
    assert.deepEqual(conflicts(md(kr, problem.replace('483 条', '438 条').replace('17 条', '62 条')), 'markdown'), []);
  });

  it('a target without what was done, or another measure reached short, is no restatement', () => {
    assert.deepEqual(conflicts(md('KR2：E2E 用例数达到 500 条。', problem), 'markdown'), []);
    assert.deepEqual(conflicts(md(kr, problem.replace('E2E 用例', '接口文档')), 'markdown'), []);
  });
});
