// numbers/* on the ways of writing that round four of the evaluation showed the engine misread:
// which list a total sums, which count a share is of, which figure is the base of a growth rate.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sum = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => f.message);
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: which list a total sums', () => {
  it('a remainder named after the parts leaves the list open', () => {
    const open = '全年组建兴趣小组30个，其中书法类11个、舞蹈类9个、编程类8个，其余为棋类、手工等小组。';
    assert.deepEqual(sum(open), []);
    // Without the remainder the shortfall is a slip.
    assert.equal(sum(open.replace('，其余为棋类、手工等小组', '')).length, 1);
    // More than the total is wrong whatever else the remainder holds.
    assert.equal(sum(open.replace('30个', '25个')).length, 1);
  });

  it('the 、-list right before 共 is the one it sums, not the clauses before it', () => {
    const ok = '全年召开班子会议6次、专题会议10次，局长讲党课1次、分管领导讲党课3次，共讲党课4次。';
    assert.deepEqual(sum(ok), []);
    assert.deepEqual(sum(ok.replace('共讲党课4次', '共讲党课5次')), ['1+3=4，与“共5次”不符。']);
    // Two 、-lists split by ， that together make the total's list: the whole list is summed.
    assert.deepEqual(sum('评出一等奖5名、二等奖12名，三等奖20名、优秀奖30名，共表彰67名。'), []);
    assert.equal(sum('评出一等奖5名、二等奖12名，三等奖20名、优秀奖30名，共表彰70名。').length, 1);
    // Items each in a clause of their own still make one list.
    assert.equal(sum('一等奖5名，二等奖12名，三等奖20名，共表彰38名。').length, 1);
    assert.deepEqual(sum('一等奖5名，二等奖12名，三等奖20名，共表彰37名。'), []);
  });
});

describe('numbers/sum: totals stated apart from their parts', () => {
  it('tier words that open the labels: 街道… / 社区… / 县级…', () => {
    const text = '全区建成托育服务机构共48个，其中街道（乡镇）托育中心9个、社区（村）托育点33个、区级示范托育中心2个。';
    assert.deepEqual(sum(text), ['9+33+2=44，与“共48个”不符。']);
    assert.deepEqual(sum(text.replace('共48个', '共44个')), []);
    // Overlapping attributes still say nothing: 示范 and 普惠 may both hold one centre.
    assert.deepEqual(sum('全区建成托育服务机构共48个，其中示范性托育机构9个、普惠性托育机构33个。'), []);
  });

  it('a counted group summed on the line after its items', () => {
    const lines = (total: string) =>
      [
        '全年接待游客620万人次，实现旅游收入51亿元。各项赛事接待游客情况如下：',
        '马拉松赛接待游客12万人次；',
        '龙舟赛接待游客9万人次；',
        '山地自行车赛接待游客6万人次。',
        `三大赛事合计接待游客${total}。`,
      ].join('\n');
    assert.deepEqual(sum(lines('30万人次')), ['12+9+6=27，与“合计30万人次”不符。']);
    assert.deepEqual(sum(lines('27万人次')), []);
    // The group counts more than the lines above: no reading to check.
    assert.deepEqual(sum(lines('30万人次').replace('三大赛事', '四大赛事')), []);
  });

  it('a paragraph opening with 总计 right after a list', () => {
    const md = ['### 博客写作', '', '- 【算法】21篇', '- 【前端】9篇', '- 【随笔】4篇', '', '总计33篇，比去年多写了8篇。', ''].join('\n');
    assert.deepEqual(sum(md, 'markdown'), ['21+9+4=34，与“总计33篇”不符（分项之和大于合计）。']);
    assert.deepEqual(sum(md.replace('总计33篇', '总计34篇'), 'markdown'), []);
    // A paragraph between the list and the total: the total is not the list's.
    assert.deepEqual(sum(md.replace('\n\n总计', '\n\n另有译文若干。\n\n总计'), 'markdown'), []);
  });
});

describe('numbers/percent: which figures a rate is of', () => {
  it('a share of a target: another count of the sentence may be the part meant', () => {
    const ok = '新增农村劳动力转移就业880人，其中帮扶脱贫户劳动力就业132人，完成年度目标1100人的80%。';
    assert.deepEqual(percents(ok), []);
    // None of the counts gives the share.
    assert.deepEqual(percents(ok.replace('的80%', '的85%')), ['85%']);
    // One count only: it is the part.
    assert.deepEqual(percents('新增农村劳动力转移就业880人，完成年度目标1100人的85%。'), ['85%']);
  });

  it("last year's figure before the increase is the base itself", () => {
    const ok = '全年发表论文52篇，相比去年40篇，新增12篇，增幅30%。';
    assert.deepEqual(percents(ok), []);
    assert.deepEqual(percents(ok.replace('增幅30%', '增幅43%')), ['43%']);
    // No base named: the base is the level less the increase (52−12=40).
    assert.deepEqual(percents('全年发表论文52篇，较上年增加12篇，增长30%。'), []);
    assert.deepEqual(percents('全年发表论文52篇，较上年增加12篇，增长23%。'), ['23%']);
  });

  it('a change with a unit in the growth column is a difference, not a rate', () => {
    const table = [
      '| 指标 | 2024年 | 2025年 | 增幅 |',
      '|---|---|---|---|',
      '| 受理投诉 | 120 件 | 150 件 | +25% |',
      '| 重大事故 | 4 次 | 1 次 | -3 次 |',
      '',
    ].join('\n');
    assert.deepEqual(percents(table, 'markdown'), []);
    assert.deepEqual(percents(table.replace('+25%', '+20%'), 'markdown'), ['+20%']);
  });
});

const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => f.message);

describe('numbers/conflict: restatements and what is not one measure', () => {
  it('an attributive restatement with what is said of it run on after the noun', () => {
    // (The segmenter reads 社区工作者群众 and 党员中青年职工 as the things counted.)
    const text = [
      '一、主要工作',
      '全年面向社会公开招聘社区工作者16名，社区工作者队伍达到210人。',
      '二、存在的问题',
      '新招聘的15名社区工作者群众基础较弱。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['“招聘社区工作者”前文为16名，此处为15名，同一数据前后不一致。']);
    assert.deepEqual(conflicts(text.replace('15名', '16名')), []);
    const party = ['一、主要工作', '全年发展党员6名，确定入党积极分子11名。', '二、存在的问题', '新发展的5名党员中青年职工偏少。'].join('\n');
    assert.equal(conflicts(party).length, 1);
    assert.deepEqual(conflicts(party.replace('5名党员', '6名党员')), []);
  });

  it('a total over a named group is not the whole', () => {
    const text = [
      '全年接待游客520万人次，旅游收入41亿元。',
      '各景区举办节庆活动情况如下：',
      '油菜花节接待游客30万人次；',
      '荷花节接待游客25万人次；',
      '三大节庆合计接待游客55万人次。',
    ].join('\n');
    assert.deepEqual(conflicts(text), []);
    // The same total said twice without a group is one measure.
    assert.equal(conflicts('全年接待游客520万人次。\n全年合计接待游客510万人次。').length, 1);
  });

  it("a plan naming all of an area's things by their number restates what the area has", () => {
    const text = (n: string) =>
      [
        '全乡辖14个行政村、1个社区，户籍人口2.3万人。',
        '一、主要工作',
        '全年建成村级卫生室3个。',
        '二、下一步工作打算',
        `（一）壮大集体经济。推动全乡${n}个行政村集体经济收入全部超过10万元，新建村级卫生室5个。`,
      ].join('\n');
    assert.deepEqual(conflicts(text('十六')), ['“行政村”前文为14个，此处为十六个，同一数据前后不一致。']);
    // The same number, and a plan's target for something built (5个 against 3个): silent.
    assert.deepEqual(conflicts(text('十四')), []);
  });

  it('what there is and what was added are two measures', () => {
    // (The segmenter takes 经营 for the verb of both: 经营/主体.)
    const text = ['本所负责辖区3个街道的市场监管工作，辖区各类经营主体8600户。', '一、主要工作', '（四）登记服务。新登记经营主体920户，注销310户。'].join('\n');
    assert.deepEqual(conflicts(text), []);
    // The area named before the addition does not make it what there is.
    assert.deepEqual(conflicts(text.replace('新登记经营主体920户', '全年辖区新登记经营主体920户')), []);
    // Two additions that differ still conflict.
    assert.equal(conflicts('全年新登记经营主体920户。\n（二）登记注册。新登记经营主体950户，注销310户。').length, 1);
  });
});

const counts = (text: string) => run(text, 'numbers/count').map((f) => f.message);

describe('numbers/count: where the counted items are', () => {
  it('the lead counts the work, and the one work part lists it in its headings', () => {
    const lines = (n: number) =>
      [
        '本院现有职工320人。2025年，医院重点抓了以下三个方面的工作，现总结如下。',
        '一、主要工作',
        '（一）医疗质量。全年门诊量42万人次。',
        '（二）学科建设。新增省级重点专科1个。',
        '（三）人才培养。引进博士3名。',
        ...(n === 4 ? ['（四）后勤保障。完成病房改造2处。'] : []),
        '二、存在的问题',
        '1.高层次人才仍然偏少。',
        '三、下一步打算',
        '1.推进信息化建设。',
      ].join('\n');
    assert.deepEqual(counts(lines(4)), ['写的是“三个方面”，下级标题实际有4项，二者不符。']);
    assert.deepEqual(counts(lines(3)), []);
  });

  it('a quoted count with its items in brackets', () => {
    assert.deepEqual(counts('严格落实“三到位”要求（人员配备到位、经费保障到位），全年开展督查4次。'), ['写的是“三到位”，括号内列举实际有2项，二者不符。']);
    assert.deepEqual(counts('严格落实“三到位”要求（人员配备到位、经费保障到位、考核问责到位），全年开展督查4次。'), []);
    // Brackets holding something else are no list.
    assert.deepEqual(counts('严格落实“三到位”要求（见局党组2号文件），全年开展督查4次。'), []);
  });

  it('a count inside the last item of a list that 分别 spreads figures over', () => {
    assert.deepEqual(counts('全年发放高龄津贴、特困供养金、残疾人两项补贴分别为410万元、230万元、96万元。'), []);
    // Without 分别 the list before the count is its items.
    assert.deepEqual(counts('全年组织了调研、座谈、走访两项活动。'), ['写的是“两项活动”，顿号并列实际有3项，二者不符。']);
  });
});

describe('numbers/percent: rounding as written', () => {
  it('a share of two whole counts is rounded, not cut', () => {
    const text = (p: string) => `全年新签约企业160家，其中高新技术企业147家，占签约企业的${p}。`;
    assert.deepEqual(percents(text('91.9%')), []);
    const [f] = run(text('91.8%'), 'numbers/percent');
    assert.equal(f.message, '147÷160=91.875%，四舍五入应为91.9%，与“91.8%”不符。');
  });

  it('a figure rounded to 万 or to a decimal leaves a little room for the unrounded one the writer used', () => {
    // 2.4万÷5.2万 = 46.15%: 46.2% is its rounding.
    assert.deepEqual(percents('全年建成服务站180个，完成年度计划200个的90%。'), []);
    assert.deepEqual(percents('全年培训农民2.4万人，完成年度计划5.2万人的46.2%。'), []);
    // 46.2 written as 46.1 is within 0.05 of 46.15 plus the rounding of one decimal: let through.
    assert.deepEqual(percents('全年培训农民2.4万人，完成年度计划5.2万人的46.1%。'), []);
    // Whole counts give no such room: 240÷520 = 46.15%, so 46.1% is cut, not rounded.
    assert.deepEqual(percents('全年培训农民240人，完成年度计划520人的46.1%。'), ['46.1%']);
    assert.deepEqual(percents('全年培训农民240人，完成年度计划520人的46.2%。'), []);
  });
});
