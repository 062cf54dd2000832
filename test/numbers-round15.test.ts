// numbers/* on the ways of writing that round fifteen of the evaluation showed the engine misread.
// Sentences are made up; each class has the trap it must pass and the slip nearby it must still find.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const txt = (text: string, rule: string, kind: 'text' | 'markdown' = 'text') => run(text, rule, { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: four digits in another order are a slip of the keys', () => {
  it('one measure under two items, its digits swapped, is found whatever the items are titled', () => {
    const text = [
      '城关镇卫生院2025年工作总结',
      '（一）业务指标',
      '全年门诊量6.2万人次；住院手术1473台次，同比增长4.1%。',
      '（二）医疗质量',
      '全年住院手术1437台次，无重大医疗差错。',
    ].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), ['1437台次']);
  });

  it('three digits in another order under two fields stay two measures', () => {
    const text = ['县水利局2025年工作总结', '（一）城区供水', '全年新建供水管网126公里。', '（二）农村供水', '全年新建供水管网162公里。'].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), []);
  });

  it('four digits in another order whose sentences each name another place stay two measures', () => {
    const text = ['县住建局2025年工作总结', '（一）城区改造', '城区全年新建雨污管网2365米。', '（二）乡镇改造', '集镇全年新建雨污管网2356米。'].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), []);
  });

  it('the year’s whole restated later with its thing in brief is found', () => {
    const text = ['- 全年共受理投诉工单 2,356 件，按期办结率 98%。', '', '回顾这一年，系统上线后 2,365 件工单都能在线追踪进度。'].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict', 'markdown'), ['2,365 件']);
  });

  it('the doing restated without its object, in a sentence naming the thing, is found', () => {
    const text = [
      '一、工作完成情况',
      '全年新增手机银行客户5170户，完成年度任务的108%。',
      '二、存在的问题',
      '一是手机银行客户质量不高，新增5710户中月活跃客户占比仅为46%。',
    ].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), ['5710户']);
  });
});

describe('numbers/conflict: kinds of a thing joined before a figure count those kinds only', () => {
  it('the members visited are not all the members', () => {
    const text = [
      '县税务局第一党支部2025年度工作总结',
      '今年以来，第一党支部认真落实从严治党责任。支部共有党员42名，其中预备党员3名，女党员15名。',
      '一、工作开展情况',
      '（三）加强党员教育管理',
      '全年开展谈心谈话48人次，走访慰问困难党员、老党员9名，发放慰问金3600元。',
    ].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), []);
  });

  it('two things named together and restated together still conflict', () => {
    const text = ['全年开展新技术、新项目15项，其中微创类6项、介入类9项。', '2025年全院共开展新技术新项目13项。'].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), ['13项']);
  });
});

describe('numbers/conflict: numbered paragraphs after a lead announcing parts are its parts', () => {
  it('an item counting some of the projects is no second count of them', () => {
    const text = [
      '（二）重点项目建设',
      '全年实施项目12个，完成投资3.1亿元，其中：',
      '1. 污水处理厂提标改造工程。完成投资1.2亿元。',
      '2. 城区道路提升及其他5个项目。完成投资0.8亿元。',
    ].join('\n');
    assert.deepEqual(txt(text, 'numbers/conflict'), []);
  });
});

describe('numbers/sum: the whole a share is taken of is no part', () => {
  it('占…的 names what the share divides by', () => {
    assert.deepEqual(txt('学校有教职工210人，其中“双师型”教师64人，占专任教师171人的37.4%。', 'numbers/sum'), []);
  });

  it('parts short of the total are still found', () => {
    assert.deepEqual(txt('全院职工420人，其中医生150人、护士236人、药剂及医技人员24人。', 'numbers/sum'), ['420人']);
  });
});

describe('numbers/count: N大 after an organisation’s name is its congress', () => {
  it('the congresses of two bodies are no count', () => {
    assert.deepEqual(txt('集中学习总书记在全国妇联十三大、中国作协十大开幕式上的重要讲话。', 'numbers/count'), []);
  });

  it('a count after an organisation’s name that lists too few is still found', () => {
    assert.deepEqual(txt('今年协会实施三大工程：健身步道建设、社区赛事推广。', 'numbers/count'), ['三大工程']);
  });
});

describe('numbers/percent: times in 分钟, 秒, 毫秒 and ms are levels', () => {
  it('a fall written as what is left of the old level is found', () => {
    assert.deepEqual(txt('- 支付接口 P95 延迟从 1200ms 降到 300ms，下降了 25%。', 'numbers/percent', 'markdown'), ['25%']);
    assert.deepEqual(txt('群众办事平均等候时间从40分钟降到10分钟，下降了25%。', 'numbers/percent'), ['25%']);
  });

  it('the right fall is left alone', () => {
    assert.deepEqual(txt('- 支付接口 P95 延迟从 1200ms 降到 300ms，下降了 75%。', 'numbers/percent', 'markdown'), []);
    assert.deepEqual(txt('首页加载时间由2.4秒降至1.8秒，下降25%。', 'numbers/percent'), []);
    assert.deepEqual(txt('首页加载时间由2.4秒降至1.8秒，下降40%。', 'numbers/percent'), ['40%']);
  });
});
