// numbers/* on the ways of writing that round twenty-eight of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const counts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/count', { kind }).map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: rungs of a title conferred on some of a whole named by another noun', () => {
  it('教学班 split into 省级/市级/县级示范班 picks some out: quiet', () => {
    assert.deepEqual(sums('全校现有教学班48个，其中省级示范班3个、市级示范班8个、县级示范班12个。'), []);
  });

  it('a whole of the title itself, split by its rungs, still adds up or not', () => {
    assert.deepEqual(sums('全县共有示范校32所，其中省级示范校2所、市级示范校6所、县级示范校11所。'), ['32所']);
  });
});

describe('numbers/count: the list before a count', () => {
  it('a rule’s name whose words hold verbs (车辆使用管理办法) is an item, not a verb taking the count', () => {
    const text = '对照审计整改要求，修订了公务接待管理制度、车辆使用管理办法、财务报销审批规程四项制度，印发全局执行。';
    assert.deepEqual(counts(text), ['四项制度']);
    assert.deepEqual(counts(text.replace('四项制度', '三项制度')), []);
  });

  it('doings of four characters, verbs only (督促整改、跟踪回访), are the names of the practices counted', () => {
    const text = '建立了问题收集、督促整改、督查督办、跟踪回访三项机制，确保群众诉求件件有着落。';
    assert.deepEqual(counts(text), ['三项机制']);
    assert.deepEqual(counts(text.replace('三项机制', '四项机制')), []);
  });

  it('a verb taking the count as its object after a list of people stays quiet', () => {
    assert.deepEqual(counts('今年组织党员、干部开展三项活动，参与人数较上年明显增加。'), []);
  });

  it('a quoted count, the object of a verb after a verb and its quoted object, is not the list’s head', () => {
    assert.deepEqual(counts('各校坚持开展“阳光大课间”、落实“三项制度”专项行动，学生体质持续向好。'), []);
  });

  it('a quoted count right after a real list of its items is still checked', () => {
    assert.deepEqual(counts('全区学校落实晨午检、消毒通风、健康台账“四项制度”，防控有力。'), ['“四项制度”']);
  });
});

describe('numbers/count: a lead that says how the headings after it are laid out', () => {
  // (四件事, not 两件事: the segmenter reads 两件事 as one word, no count of its own.)
  const doc = (n: string) =>
    `# 2025年个人总结\n\n## 一、工作回顾\n\n今年主要做了${n}件事，按轻重缓急排列如下。\n\n### 1. 支付链路改造\n\n完成核心链路迁移。\n\n### 2. 监控告警治理\n\n告警降噪明显。\n\n### 3. 新人带教\n\n带教两名新人。\n\n## 二、不足\n\n文档写得少。\n`;

  it('四件事 over three headings is reported', () => {
    assert.deepEqual(counts(doc('四'), 'markdown'), ['四件事']);
  });

  it('三件事 over three headings is quiet', () => {
    assert.deepEqual(counts(doc('三'), 'markdown'), []);
  });
});

describe('numbers/percent: a rate compared with another, the rate named again as the subject', () => {
  it('增幅比全县平均高出2.1% is a difference of two rates in %', () => {
    assert.deepEqual(percents('一季度全镇农民人均可支配收入同比增长7.2%，增幅比全县平均高出2.1%。'), ['2.1%']);
  });

  it('against another time, or written in points, is quiet', () => {
    assert.deepEqual(percents('一季度全镇农民人均可支配收入同比增长7.2%，增幅比上年同期高出2.1%。'), []);
    assert.deepEqual(percents('一季度全镇农民人均可支配收入同比增长7.2%，增幅比全县平均高出2.1个百分点。'), []);
  });
});

describe('numbers/conflict: this year’s level restated as the base of next year’s plan', () => {
  const doc = (base: string) =>
    `某镇2025年工作总结\n一、主要工作\n全年新建村级文化广场26个，覆盖全镇所有行政村。\n二、存在的问题\n部分广场设施维护不及时。\n三、2026年工作计划\n一是在${base}的基础上，2026年计划新建村级文化广场20个。\n二是做好设施日常管护。\n`;

  it('在今年建成24个的基础上 after 全年新建26个 is reported', () => {
    assert.deepEqual(conflicts(doc('今年建成24个')), ['24个']);
  });

  it('the plan year’s year before, written out (2025年), is this year too', () => {
    assert.deepEqual(conflicts(doc('2025年建成24个')), ['24个']);
  });

  it('the same value, or a year before this one, is quiet', () => {
    assert.deepEqual(conflicts(doc('今年建成26个')), []);
    assert.deepEqual(conflicts(doc('2024年建成24个')), []);
  });
});

describe('numbers/conflict: events counted with the doing after the figure', () => {
  const doc = (tail: string) =>
    `# 园区消防改造复盘\n\n## 做了什么\n\n1. **演练**：共组织疏散演练8次，其中夜间演练3次。\n\n## 问题\n\n- 演练仍然偏少：整个项目只做了${tail}，覆盖的场景不全。\n`;

  it('只做了7次疏散演练 after 共组织疏散演练8次 is reported', () => {
    assert.deepEqual(conflicts(doc('7次疏散演练'), 'markdown'), ['7次']);
  });

  it('the same count, or a count naming no doing, is quiet', () => {
    assert.deepEqual(conflicts(doc('8次疏散演练'), 'markdown'), []);
    assert.deepEqual(conflicts(doc('7次'), 'markdown'), []);
  });
});
