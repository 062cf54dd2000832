// numbers/* on the ways of writing that round twenty-four of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { buildModel } from '../server/src/engine/model';
import { EMPTY_CONFIG } from '../server/src/engine/config';
import { loadSegmenter } from '../server/src/segmenters/index';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: 分别投向, a sum of money spread over the fields it went to', () => {
  const text = '全年累计发放创业担保贷款1.36亿元，分别投向个体工商户0.58亿元、小微企业0.49亿元、农民专业合作社0.26亿元。';

  it('parts that fall short of the total are reported', () => {
    assert.deepEqual(sums(text), ['1.36亿元']);
  });

  it('parts that add up are not', () => {
    assert.deepEqual(sums(text.replace('0.26亿元', '0.29亿元')), []);
  });
});

describe('numbers/sum: parts naming rungs of one ladder (研究生 / 本科) that overshoot the total', () => {
  it('kinds of recruits, two of them degrees, overshooting by a few percent are a slip', () => {
    assert.deepEqual(sums('全年共招聘教师52人，其中研究生学历11人、本科学历35人、音体美专业教师8人。'), ['52人']);
  });

  it('cuts by attributes of two dimensions (省外 / 研究生, 本科) may overlap, so their sum says nothing', () => {
    assert.deepEqual(sums('全年共招聘教师52人，其中省外生源18人、研究生学历12人、本科学历24人。'), []);
  });
});

describe("numbers/sum: a part naming others' things (审阅他人…)", () => {
  it('is no part of what the writer did, whatever it comes to', () => {
    assert.deepEqual(sums('全年提交代码合并请求168个，其中参与评审他人提交的合并请求245个。'), []);
  });

  it('a whole whose own clause names the others is still split by it', () => {
    assert.deepEqual(sums('全年评审他人提交的合并请求168个，其中评审他人提交的前端合并请求245个。'), ['168个']);
  });

  it('a part of another doing of the same things is still some of them', () => {
    assert.deepEqual(sums('全年共受理群众投诉356件，其中办结投诉402件。'), ['356件']);
  });
});

describe('numbers/conflict: a level granted before a but (虽然达到…，但…), restated in the problems', () => {
  const text =
    '一、主要工作\n全年共走访规上工业企业1584家，帮助解决问题326个。\n二、存在的问题\n一是服务深度不够，全年走访企业虽然达到1620家，但跟踪回访不足。';

  it('names the measure opening its clause, in brief, and is held against the year’s whole', () => {
    assert.deepEqual(conflicts(text), ['1620家']);
  });

  it('the same value, or another doing of the thing, is no conflict', () => {
    assert.deepEqual(conflicts(text.replace('1620家', '1584家')), []);
    assert.deepEqual(conflicts(text.replace('全年走访企业虽然', '全年回访企业虽然')), []);
  });
});

describe('numbers/conflict: a noun with 中约 glued after it (1280台电梯中约三成)', () => {
  const md = (n: string) =>
    `## 一、主要工作\n\n1. 全面推行电梯“按需维保”模式。\n\n| 项目 | 2024年 | 2025年 |\n|---|---|---|\n| 电梯（台） | 1220 | 1260 |\n\n## 二、存在的问题\n\n1. 经排查，${n}台电梯中约三成使用年限超过15年。\n`;

  it('the figure counts the noun, held against the table', () => {
    assert.deepEqual(conflicts(md('1280'), 'markdown'), ['1280台']);
    assert.deepEqual(conflicts(md('1260'), 'markdown'), []);
  });

  it('中约 and 中有 are read as no part of the thing', () => {
    const thing = (text: string) => buildModel(text, 'text', EMPTY_CONFIG, loadSegmenter()).quantities[0]?.thing;
    assert.equal(thing('经排查，1280台电梯中约三成使用年限超过15年。'), '电梯');
    assert.equal(thing('经排查，1260台电梯中有三成使用年限超过15年。'), '电梯');
  });
});

describe('numbers/conflict: a half-year report restating its lead’s figures', () => {
  const text =
    '区应急管理局2025年上半年工作总结\n2025年上半年，我局围绕全区安全发展大局，扎实推进各项工作，上半年累计检查生产经营单位1738户次，立案查处违法行为46起，罚款83.5万元。\n一、主要工作\n2.执法检查。上半年全局共出动执法人员960人次，检查生产经营单位1783户次，立案查处违法行为46起，罚款83.5万元。';

  it('the same measure with its digits in another order, beside two other figures alike, is a slip', () => {
    assert.deepEqual(conflicts(text), ['1783户次']);
  });

  it('the same value is no conflict', () => {
    assert.deepEqual(conflicts(text.replace('1783户次', '1738户次')), []);
  });

  it('visits (户次) counted beside other figures that differ are batches, not one measure', () => {
    assert.deepEqual(conflicts(text.replace('46起，罚款83.5万元。\n一', '39起，罚款61.2万元。\n一')), []);
  });
});

describe('numbers/conflict: a rate stated plainly, then granted in the problems (仍为…)', () => {
  const text =
    '一、工作完成情况\n1.全年门诊预约诊疗7.6万人次，其中线上预约5.1万人次，门诊预约率62.3%。\n二、存在的问题\n一是预约诊疗推广不够，门诊预约率仍为63.2%，低于全市平均水平。';

  it('two values of a rate of one name are reported', () => {
    assert.deepEqual(conflicts(text), ['63.2%']);
    assert.deepEqual(conflicts(text.replace('63.2%', '62.3%')), []);
  });

  it('rates of two names stated plainly (门诊预约率 / 线上门诊预约率) are two measures', () => {
    assert.deepEqual(conflicts(text.replace('门诊预约率仍为', '线上门诊预约率仍为')), []);
  });
});

describe('numbers/conflict: a count naming a programme (三项制度改革)', () => {
  it('counts nothing another figure of the thing could clash with', () => {
    assert.deepEqual(conflicts('全年废止过时制度9项。\n持续深化三项制度改革，中层干部竞聘上岗比例达到35%。'), []);
  });

  it('a count of the thing in Chinese numerals, nothing run on after it, is still compared', () => {
    assert.deepEqual(conflicts('一、主要工作\n全年废止过时制度9项。\n二、存在的问题\n一是制度清理不够及时，全年废止过时制度十一项，仍有部分制度未及时修订。'), [
      '十一项',
    ]);
  });
});

describe('numbers/conflict: one measure counted among two wholes of its sentences', () => {
  const text = '1.2025年高考，我校考生604人，本科上线412人，本科上线率68.2%。\n2.美术类考生56人，本科上线49人，上线率87.5%。';

  it('each given as a share of its own whole, the wholes of other values, they count two groups', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('two values among one whole are still a conflict (the rates, each worked out by its sentence, are not reported again)', () => {
    assert.deepEqual(conflicts(`${text}\n3.我校考生604人，本科上线421人，本科上线率69.7%。`), ['421人']);
  });

  it('a rate of one name its sentence does not work out is still held against one that does', () => {
    assert.deepEqual(conflicts(`${text}\n二、存在的问题\n一是优质生源外流，本科上线率仍为66.5%。`), ['66.5%']);
  });
});
