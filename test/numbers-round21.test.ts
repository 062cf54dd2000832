// numbers/* on the ways of writing that round twenty-one of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/sum: a sentence opening with 其中 after a sentence of another measure', () => {
  const text = '全年完成工业总产值36.5亿元，同比增长4.1%；实现税收2,860万元，同比增长6.3%。其中上半年完成工业总产值17.2亿元，占全年的47.1%。';

  it('breaks down the earlier figure whose noun the part names again, not the one right before', () => {
    assert.deepEqual(sums(text), []);
  });

  it('a part over that earlier figure is still a slip', () => {
    assert.deepEqual(sums(text.replace('17.2亿元', '37.2亿元')), ['36.5亿元']);
  });

  it('a part naming no earlier figure still breaks down the one right before', () => {
    assert.deepEqual(sums('全年实现保费收入4.86亿元，同比增长6.1%。其中，车险保费3.1亿元、非车险保费1.96亿元。'), ['4.86亿元']);
  });
});

describe('numbers/percent: 占 the whole, with a count in 名 of a whole in 人', () => {
  const text = '全科现有党员52名，其中正式党员49名、预备党员3名，党员占全科职工总数（160人）的32.5%。';

  it('another count of the sentence that fits the share (52÷160) may be the part meant', () => {
    assert.deepEqual(percents(text), []);
  });

  it('a share no count of the sentence fits is still a slip', () => {
    assert.deepEqual(percents(text.replace('32.5%', '35.5%')), ['35.5%']);
  });
});

describe('numbers/conflict: a figure followed by 、 and another measure of the same thing', () => {
  const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));
  const text =
    '一、主要工作\n全年新增个人经营贷款客户1452户、金额6.3亿元，户均43.4万元。\n二、存在问题\n一是投放不够均衡，全年新增个人经营贷款客户1425户，与年初计划的1600户仍有差距。';

  it('is the whole of its measure (户 and 金额 of one batch), restated later with another value', () => {
    assert.deepEqual(conflicts(text), ['1425户']);
    assert.deepEqual(conflicts(text.replace('1425户', '1452户')), []);
  });

  it('a 、-list of parts of one measure is still no whole', () => {
    assert.deepEqual(conflicts('全年新增个人经营贷款客户1452户、个体工商户320户。\n全年新增个人经营贷款客户1425户。'), []);
  });
});

describe('numbers/percent: a rate of a table row restated in prose with its change in %', () => {
  const table = '## 质量指标\n\n| 指标 | 年初 | 年末 | 变化 |\n|---|---|---|---|\n| 需求变更率 | 18.4% | 11.2% | -7.2个百分点 |\n\n';
  const md = (text: string) => run(text, 'numbers/percent', { kind: 'markdown' }).map((f) => flagged(text, f));

  it('the points between the two levels written in % is reported', () => {
    assert.deepEqual(md(table + '全年需求变更率下降 7.2%，是各团队中降幅最大的。'), ['7.2%']);
  });

  it('个百分点, the relative change in %, or a change the other way is not', () => {
    assert.deepEqual(md(table + '全年需求变更率下降 7.2 个百分点，是各团队中降幅最大的。'), []);
    assert.deepEqual(md(table + '全年需求变更率下降 39.1%，是各团队中降幅最大的。'), []);
    assert.deepEqual(md(table + '全年需求变更率提高 7.2%。'), []);
  });

  it('another rate named in prose is not the row’s', () => {
    assert.deepEqual(md(table + '全年缺陷重开率下降 7.2%。'), []);
  });
});

describe('numbers/count: a count after its noun, the things it counts named in brackets', () => {
  const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

  it('fewer or more names than the count is reported', () => {
    assert.deepEqual(counts('全年新建老年助餐点5个（东苑、西湖湾、南山、北辰），日均服务约300人次。'), ['5个']);
    assert.deepEqual(counts('全年新建老年助餐点3个（东苑、西湖湾、南山、北辰）。'), ['3个']);
  });

  it('as many names, a list closed by 等, or brackets naming some of them are not', () => {
    assert.deepEqual(counts('全年新建老年助餐点4个（东苑、西湖湾、南山、北辰），日均服务约300人次。'), []);
    assert.deepEqual(counts('全年新建老年助餐点5个（东苑、西湖湾、南山等），日均服务约300人次。'), []);
    assert.deepEqual(counts('全年新建老年助餐点5个（含东苑、西湖湾），日均服务约300人次。'), []);
  });
});

describe('numbers/count: a 、-list of even items whose last is joined to one more by 和', () => {
  const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

  it('a first side as long as the items before it is one more item', () => {
    assert.deepEqual(counts('建立健全“三项制度”，即周例会、月通报、季考评和年度述职制度，推动各村完成任务。'), ['“三项制度”']);
    assert.deepEqual(counts('建立健全“四项制度”，即周例会、月通报、季考评和年度述职制度，推动各村完成任务。'), []);
  });

  it('items of two characters may name a joined pair as one', () => {
    assert.deepEqual(counts('抓好三项工作：思想、组织、作风和纪律建设。'), []);
  });
});

describe('numbers/conflict: a batch restated as the group a sentence picks some out of', () => {
  const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
  const text =
    '## 一、主要工作\n\n- 历时12个月，于2025年9月完成新信贷系统投产，迁移客户账户254万户、历史合同约3亿条。\n\n## 二、问题\n\n1. 新系统投产后，245万户迁移账户中仍有部分数据需要补录。\n';

  it('its verb and noun before 中 name the doing and the thing in brief (迁移账户 for 迁移客户账户)', () => {
    assert.deepEqual(conflicts(text, 'markdown'), ['245万户']);
    assert.deepEqual(conflicts(text.replace('245万户', '254万户'), 'markdown'), []);
  });

  it('another doing named before 中 is another batch', () => {
    assert.deepEqual(conflicts('全年迁移客户账户254万户。\n投产后，245万户冻结账户中仍有部分数据需要清理。'), []);
  });
});
