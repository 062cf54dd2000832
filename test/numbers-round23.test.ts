// numbers/* on the ways of writing that round twenty-three of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/count: things counted by 款', () => {
  const text = '面向个体工商户，我行上线了三款线上信贷产品，分别是“商户贷”“税信贷”和“流水贷”，全年累计放款2.1亿元。';

  it('a count in 款 is held against the quoted names that follow', () => {
    assert.deepEqual(counts(text), []);
    assert.deepEqual(counts(text.replace('三款', '四款')), ['四款线上信贷']);
  });

  it('an ordinal 款 (第三款) counts nothing', () => {
    assert.deepEqual(counts('依照《办法》第十二条第三款规定，办理了“商户贷”“税信贷”的展期手续。'), []);
  });
});

describe('numbers/count: a quoted grade of a scale (“五星”) before the grades listed', () => {
  it('is no count of the items when each item names its own grade', () => {
    assert.deepEqual(counts('全面推进“五星”党组织评定，全区46个村党组织中评出五星组织8个、四星组织21个、三星组织17个。'), []);
  });

  it('a quoted count whose items name the head without a grade is still held against them', () => {
    assert.deepEqual(counts('认真落实“三到位”要求，做到责任到位、人员到位。'), ['“三到位”']);
    assert.deepEqual(counts('认真落实“三到位”要求，做到责任到位、人员到位、措施到位。'), []);
  });
});

describe('numbers/percent: an approximate rate of change between two exact levels', () => {
  const text = '- 优化订单列表的分页查询，接口平均耗时从 640ms 降到 410ms，下降约 45%。\n';

  it('about X% is X rounded to tens at the coarsest: (640−410)÷640 ≈ 35.9% is not about 45%', () => {
    assert.deepEqual(percents(text, 'markdown'), ['约 45%']);
  });

  it('about 36% or about 40% is right', () => {
    assert.deepEqual(percents(text.replace('约 45%', '约 36%'), 'markdown'), []);
    assert.deepEqual(percents(text.replace('约 45%', '约 40%'), 'markdown'), []);
  });

  it('near (近) or over (超过) says nothing of rounding and keeps its own bounds', () => {
    assert.deepEqual(percents(text.replace('约 45%', '近 40%'), 'markdown'), []);
    assert.deepEqual(percents('首页加载时间由5.2秒缩短到2.9秒，下降超过30%。'), []);
  });

  it('a small rate keeps the ±15% that 约 gives it', () => {
    assert.deepEqual(percents('全年综合能耗由1.00万吨标准煤降到0.95万吨，下降约8%。'), ['约8%']);
  });
});

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: a bracket holding a ； is part of the sentence around it', () => {
  const text =
    '3.村级集体经济。按全部56个村（社区）统计，村集体经济总收入2680.4万元，同比增长12.6%，经营性收入1530.2万元，同比增长9.8%（按43个行政村统计，村集体经济总收入1902.7万元，增长15.1%；经营性收入1126.5万元，增长11.3%）。';

  it('the same measure on two bases within one sentence is a comparison, not a conflict', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('the same measure restated with another value in a sentence of its own still conflicts', () => {
    const later = `${text}\n4.存在问题。全年经营性收入1350.2万元，增收渠道单一。`;
    assert.deepEqual(conflicts(later), ['1350.2万元']);
  });
});

describe('numbers/conflict: a batch newly built (新建) restated as built (建成的…) under the plans', () => {
  const text =
    '一、主要工作\n全年新建高标准农田3.6万亩，完成投资5400万元，亩均投入1500元。\n二、下一步工作计划\n（一）抓好农田管护。对今年建成的3.4万亩高标准农田逐块落实管护责任，计划明年再新建3万亩。';

  it('is the same measure: 新建 and 建成 report one deed, and 逐块 after the thing is no part of its name', () => {
    assert.deepEqual(conflicts(text), ['3.4万亩']);
    assert.deepEqual(conflicts(text.replace('3.4万亩', '3.6万亩')), []);
  });

  it('a batch of another deed is another measure', () => {
    assert.deepEqual(conflicts(text.replace('全年新建高标准农田', '全年改造提升高标准农田')), []);
  });
});

describe('numbers/conflict: the year’s whole of one noun, its digits in another order, in two items', () => {
  const dues =
    '## 一、主要工作\n\n### 1. 规范会员管理\n\n- 新发展会员12名，全年收缴会费4.58万元，按季度足额入账。\n\n### 2. 加强作风建设\n\n开展警示教育2轮。全年会费4.85万元全部按时入账，未发现违规收费问题。\n';

  it('is a slip of the keys whatever the items are titled', () => {
    assert.deepEqual(conflicts(dues, 'markdown'), ['4.85万元']);
    assert.deepEqual(conflicts(dues.replace('4.85万元', '4.58万元'), 'markdown'), []);
  });

  it('another value, not transposed, is told apart by the items as before', () => {
    assert.deepEqual(conflicts(dues.replace('4.85万元', '4.21万元'), 'markdown'), []);
  });

  it('items titled alike, one field qualified two ways, part the measure', () => {
    const parts = '## 一、主要工作\n\n### 1. 城区供水\n\n全年新建供水管网238公里。\n\n### 2. 农村供水\n\n全年新建供水管网283公里。\n';
    assert.deepEqual(conflicts(parts, 'markdown'), []);
  });

  it('a clause naming another kind of the noun is another measure', () => {
    assert.deepEqual(conflicts(dues.replace('全年会费4.85万元', '全年团体会员会费4.85万元'), 'markdown'), []);
  });

  const loans =
    '一、主要工作\n（一）服务实体\n普惠小微贷款余额36.2亿元，较年初增长14.1%；全年新增首贷户546户。\n二、工作特色\n回顾全年普惠工作，有两点体会：一是扩面，全年新增首贷户564户，创历史新高；二是提质，不良率保持低位。';

  it('the same measure, verb and noun, under another part', () => {
    assert.deepEqual(conflicts(loans), ['564户']);
    assert.deepEqual(conflicts(loans.replace('564户', '546户')), []);
    assert.deepEqual(conflicts(loans.replace('564户', '601户')), []);
  });
});

describe('numbers/conflict: 工单, a noun the segmenter cuts across the words next to it', () => {
  const text =
    '## 一、主要工作\n\n### 3. 值班支持\n\n- 参与值班 8 周，处理线上工单 52 个，平均响应时间 9 分钟。\n\n## 二、不足\n\n1. 值班期间经手的 47 个工单里，有 5 个因不熟悉业务升级给导师处理。\n';

  it('is the thing counted on both sides (线/上工/单 and 个工/单里)', () => {
    assert.deepEqual(conflicts(text, 'markdown'), ['47 个']);
    assert.deepEqual(conflicts(text.replace('47 个', '52 个'), 'markdown'), []);
  });

  it('a restatement of another thing is another measure', () => {
    assert.deepEqual(conflicts(text.replace('47 个工单里', '47 个需求里'), 'markdown'), []);
  });

  it('the words the cut ran into name nothing else (共处理工单 read as 共处/理工/单)', () => {
    const year = '- 建立值班工单系统，全年共处理工单 2,316 个。\n\n### 复盘\n\n回头看，最满意的是工单系统：上线后 2,136 个工单全部可追溯。\n';
    assert.deepEqual(conflicts(year, 'markdown'), ['2,136 个']);
    assert.deepEqual(conflicts(year.replace('2,136', '2,316'), 'markdown'), []);
  });
});
