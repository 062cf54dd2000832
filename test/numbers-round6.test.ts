// numbers/* on the ways of writing that round six of the evaluation showed the engine misread:
// a list announced by 其中： whose items are parts, a project named in Latin letters in its heading,
// a label code (P1：) before a colon. Sentences are made up; each class has the defect it must find
// and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sum = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => f.message);
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: the items of a list announced by 其中： are parts', () => {
  const md = ['## 一、发布', '', '全年共发出补丁 26 个，其中：', '', '- 安全补丁 7 个', '- 紧急修复补丁 5 个', '- 常规修复补丁 14 个', ''].join('\n');

  it('two kinds of one thing listed under 其中： are not one figure stated twice', () => {
    assert.deepEqual(conflicts(md, 'markdown'), []);
  });

  it('a nested list under an item that says 其中： reads the same way', () => {
    const nested = ['- 全年发出补丁 19 个，其中：', '  - 紧急修复补丁 5 个', '  - 常规修复补丁 14 个', ''].join('\n');
    assert.deepEqual(conflicts(nested, 'markdown'), []);
    assert.deepEqual(conflicts(nested.replace('，其中：', '。'), 'markdown'), ['14 个']);
  });

  it('items under a line that announces no parts still conflict', () => {
    assert.deepEqual(conflicts(md.replace('，其中：', '。'), 'markdown'), ['14 个']);
  });
});

describe('numbers/conflict: headings naming two projects in Latin letters', () => {
  it('a figure under one project’s heading is not the other project’s', () => {
    const md = ['### 开源项目 DocFlow', '', '今年一共发布了 7 个版本。', '', '### 开源项目 LiteForm', '', '今年一共发布了 15 个版本。', ''].join('\n');
    assert.deepEqual(conflicts(md, 'markdown'), []);
  });

  it('under one and the same heading the two values still conflict', () => {
    const md = ['### 开源项目 DocFlow', '', '今年一共发布了 7 个版本。', '', '回顾全年，今年一共发布了 15 个版本。', ''].join('\n');
    assert.deepEqual(conflicts(md, 'markdown'), ['15 个']);
  });
});

describe('numbers/sum: items labelled with a code before a colon (P1：)', () => {
  const md = ['- 全年受理故障工单 2,300 张，其中：', '  - P1：40 张', '  - P2：860 张', '  - P3：1,300 张', '- 平均处理时长 3.5 小时', ''].join('\n');

  it('P1：40 张 is the item’s figure, not a ratio: the parts are summed', () => {
    assert.deepEqual(sum(md, 'markdown'), ['40+860+1300=2200，与“2,300 张”不符。']);
    assert.deepEqual(sum(md.replace('2,300 张', '2,200 张'), 'markdown'), []);
  });

  it('the list ends where an item at the announcing item’s own depth begins', () => {
    const sibling = md.replace('- 平均处理时长 3.5 小时', '- 夜间受理 100 张');
    assert.deepEqual(sum(sibling.replace('2,300 张', '2,200 张'), 'markdown'), []);
  });

  it('a ratio written with a colon (1:3) is still no figure of its own', () => {
    assert.deepEqual(sum('全年配置专职与兼职网格员比例为1:3，共配备网格员120名，其中专职30名、兼职90名。'), []);
  });
});

const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/percent: a rate’s change in % where both rates are given another way', () => {
  it('the base in brackets after 较上年 (较上年（72.4%）提高3.1%) is read as the base', () => {
    const text = '全区义务教育巩固率达到75.5%，较上年（72.4%）提高3.1%。';
    assert.deepEqual(percents(text), ['3.1%']);
    assert.deepEqual(percents(text.replace('提高3.1%', '提高3.1个百分点')), []);
  });

  it('the change first, then 由…降至… (退货率下降0.8%，由上年的3.2%降至2.4%)', () => {
    const text = '线上订单退货率下降0.8%，由上年的3.2%降至2.4%；客诉量同比减少120件。';
    assert.deepEqual(percents(text), ['0.8%']);
    assert.deepEqual(percents(text.replace('下降0.8%', '下降0.8个百分点')), []);
  });

  it('a relative growth followed by its levels is checked as growth, and passes when right', () => {
    const ok = '门诊人次增长12.5%，由上年的8.0万人次增至9.0万人次。';
    assert.deepEqual(percents(ok), []);
    assert.deepEqual(percents(ok.replace('12.5%', '15.5%')), ['15.5%']);
  });

  it('traps: levels after the change that are not its from and to stay silent', () => {
    assert.deepEqual(percents('线上订单退货率下降0.8%，其中服装类3.2%、家电类2.4%。'), []);
    assert.deepEqual(percents('线上订单退货率下降0.8%，由上年的3.2%降至2.4%左右的团队目标仍有差距。'), []);
  });
});

describe('numbers/sum: 其中： as a sentence of its own, the parts on the lines below', () => {
  const lines = [
    '（二）农房改造。全年完成农村危房改造共计64户，投入资金512万元。其中：',
    '北岭村23户，',
    '南坪村19户，',
    '河湾村20户。',
    '同步完成改厕工程。',
  ].join('\n');

  it('the parts broken one per line after commas are summed against the one figure of their measure', () => {
    assert.deepEqual(sum(lines), ['23+19+20=62，与“共计64户”不符。']);
    assert.deepEqual(sum(lines.replace('共计64户', '共计62户')), []);
  });

  it('traps: two figures of the items’ measure before 其中： leave the whole unsure; a line not of the sentence ends the parts', () => {
    assert.deepEqual(sum(lines.replace('投入资金512万元', '惠及农户80户')), []);
    const after = lines.replace('河湾村20户。', '河湾村22户。').replace('同步完成改厕工程。', '另有搬迁安置9户。');
    assert.deepEqual(sum(after), []);
  });

  it('a total stated only as the year’s (全年…，其中：) may be followed by its main kinds', () => {
    const short = lines.replace('河湾村20户', '河湾村15户');
    assert.deepEqual(sum(short), ['23+19+15=57，与“共计64户”不符。']);
    assert.deepEqual(sum(short.replace('共计64户', '64户')), []);
  });
});

describe('numbers/sum: named items with the unit written once at the end', () => {
  const text = '全年完成粮食收购3.42万吨，同比增加0.3万吨。其中，稻谷收购2.15、小麦收购1.31万吨，库存周转正常。';

  it('稻谷收购2.15、小麦收购1.31万吨 are two parts of the total of the sentence before', () => {
    assert.deepEqual(sum(text), ['2.15+1.31=3.46，与“3.42万吨”不符（分项之和大于合计）。']);
    assert.deepEqual(sum(text.replace('1.31万吨', '1.27万吨')), []);
  });

  it('a kind and its complement (公益性 / 非公益性) split the whole', () => {
    const pair = '全年完成岗位开发共计440个，其中公益性岗位180个、非公益性岗位260个。';
    assert.deepEqual(sum(pair.replace('260个', '250个')), ['180+250=430，与“共计440个”不符。']);
    assert.deepEqual(sum(pair), []);
  });

  it('traps: labels that do not share their head name other things; 其中 with two levels before it stays silent', () => {
    assert.deepEqual(sum(text.replace('小麦收购1.31万吨', '仓容利用1.31万吨')), []);
    assert.deepEqual(sum(text.replace('同比增加0.3万吨', '库存2.8万吨')), []);
  });
});

const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

describe('numbers/count: 和 closing a 、-list joins its last two items', () => {
  it('完善A、B、C和D等3项机制 names four', () => {
    const text = '完善首诊负责、疑难病例会诊、术前讨论和危急值报告等3项机制，医疗安全形势平稳。';
    assert.deepEqual(counts(text), ['3项机制']);
    assert.deepEqual(counts(text.replace('3项机制', '4项机制')), []);
  });

  it('traps: a 和 inside an earlier item makes it one compound item; two items with 和 stay as written', () => {
    assert.deepEqual(counts('完善党建和业务融合、首诊负责、危急值报告等三项机制。'), []);
    assert.deepEqual(counts('抓好首诊负责和危急值报告两项机制。'), []);
  });
});

describe('numbers/conflict: a round figure written out in Chinese numerals past 万', () => {
  it('三万四千五百亩 in the opening and 34800亩 in the body are one figure stated twice', () => {
    const text = '全年完成森林抚育三万四千五百亩，抚育质量稳步提高。\n一、营林生产\n森林抚育34800亩，其中中幼林抚育21000亩、低效林改造13800亩。';
    assert.deepEqual(conflicts(text), ['34800亩']);
    assert.deepEqual(conflicts(text.replace('三万四千五百亩', '三万四千八百亩')), []);
  });

  it('traps: 三千万元 is still 三千 times 万元; 千家万户 is no figure', () => {
    assert.deepEqual(conflicts('全年争取上级资金三千万元。\n一、资金\n争取上级资金3000万元，全部拨付到位。'), []);
    assert.deepEqual(conflicts('送清凉活动走进千家万户。全年开展送清凉活动12场。'), []);
  });
});

describe('numbers/percent: 达成率 from a target and what was achieved', () => {
  it('月均新增客户640户，达成781户，达成率121% — over 100% read the other way round, rounded, not cut', () => {
    const text = '月均新增客户640户，达成781户，达成率121%。';
    assert.deepEqual(percents(text), ['121%']);
    assert.deepEqual(percents(text.replace('121%', '122%')), []);
  });

  it('a rate under 100% is the achieved over the target', () => {
    assert.deepEqual(percents('季度目标500件，达成430件，达成率86%。'), []);
    assert.deepEqual(percents('季度目标500件，达成430件，达成率84%。'), ['84%']);
  });
});

describe('numbers/conflict: a batch restated as 新增的N…, named more briefly', () => {
  const text =
    '（一）管网建设。新增燃气用户8,460户，其中居民用户8,120户、工商用户340户。\n二、存在问题\n一是新增的0.82万户用户中多数位于开发区，配套调压设施滞后。';

  it('新增的0.82万户用户 restates 新增燃气用户8,460户', () => {
    assert.deepEqual(conflicts(text), ['0.82万户']);
    assert.deepEqual(conflicts(text.replace('0.82万户', '0.846万户')), []);
  });

  it('traps: the complement (新增的…非居民用户) and a change (较上年新增) are other figures', () => {
    const other = '新增居民用户8,120户，运行平稳。\n二、存在问题\n一是新增的340户非居民用户报装周期偏长。';
    assert.deepEqual(conflicts(other), []);
    assert.deepEqual(conflicts(text.replace('一是新增的0.82万户用户中', '一是用户总数较上年新增0.82万户，其中')), []);
  });
});

describe('numbers/percent: growth over last year’s level stated in another paragraph', () => {
  const text = '全镇2024年新办营业执照640户，营商环境持续优化。\n一、主要工作\n2025年，全镇新办营业执照720户，同比增长15%，其中个体工商户520户。';

  it('the one figure of the measure in a sentence of the year before is the base', () => {
    assert.deepEqual(percents(text), ['15%']);
    assert.deepEqual(percents(text.replace('同比增长15%', '同比增长12.5%')), []);
  });

  it('traps: no year on the level, the base of another year, or two candidate bases stay silent', () => {
    assert.deepEqual(percents(text.replace('2025年，', '')), []);
    assert.deepEqual(percents(text.replace('2024年', '2023年')), []);
    assert.deepEqual(percents(text.replace('营商环境持续优化。', '2024年上半年新办营业执照310户。')), []);
  });
});

describe('numbers/conflict: an attributive figure names a long head noun in full', () => {
  const text = '全年建成社区养老服务驿站10个，覆盖城区全部社区。\n二、存在问题\n一是新建成的12个社区养老服务驿站运营经费不足。';

  it('新建成的12个社区养老服务驿站 counts the 驿站 (the head after a verbal noun is a fourth word)', () => {
    assert.deepEqual(conflicts(text), ['12个']);
    assert.deepEqual(conflicts(text.replace('12个', '10个')), []);
  });

  it('trap: another head noun after the same words is another thing', () => {
    assert.deepEqual(conflicts(text.replace('12个社区养老服务驿站', '12个社区养老服务中心')), []);
  });
});

describe('numbers/conflict: a table cell restated in prose by its row and column', () => {
  const md = [
    '## 一、模型上线',
    '',
    '| 模型 | 上线月份 | 召回率 | 精确率 |',
    '|---|---|---|---|',
    '| 营销响应模型 R4 | 2025-04 | 0.712 | 0.655 |',
    '| 流失预警模型 C2 | 2025-08 | 0.804 | 0.731 |',
    '',
    '流失预警模型 C2 上线后召回率为 0.814，挽回高价值客户 312 户。',
    '',
  ].join('\n');

  it('the prose value of a row’s measured column that differs from the cell is a conflict', () => {
    assert.deepEqual(conflicts(md, 'markdown'), ['0.814']);
    assert.deepEqual(conflicts(md.replace('召回率为 0.814', '召回率为 0.804'), 'markdown'), []);
  });

  it('traps: a change, a target, another precision or the month column are not restatements', () => {
    assert.deepEqual(conflicts(md.replace('上线后召回率为 0.814', '召回率目标为 0.85'), 'markdown'), []);
    assert.deepEqual(conflicts(md.replace('上线后召回率为 0.814', '召回率由 0.78 提升到 0.804'), 'markdown'), []);
    assert.deepEqual(conflicts(md.replace('召回率为 0.814', '召回率为 0.8'), 'markdown'), []);
  });
});

describe('numbers/conflict: a batch already done, named inside a plan', () => {
  const text =
    '一、主要工作\n全年建成社区养老服务驿站10个，覆盖城区全部社区。\n二、明年工作打算\n一是确保新建成的12个社区养老服务驿站平稳运营，力争服务老人3万人次。';

  it('确保新建成的12个… restates what was built, plan or not', () => {
    assert.deepEqual(conflicts(text), ['12个']);
    assert.deepEqual(conflicts(text.replace('12个', '10个')), []);
  });

  it('trap: a target in the plan (计划新建的…, 力争再建成…) is not what was done', () => {
    assert.deepEqual(conflicts(text.replace('确保新建成的12个', '计划新建的12个')), []);
    assert.deepEqual(conflicts(text.replace('一是确保新建成的12个社区养老服务驿站平稳运营', '一是力争再建成社区养老服务驿站12个')), []);
  });
});
