// numbers/conflict on slips the blind drafts of earlier rounds planted and the check missed: a batch the report's
// work part states, restated with another value as an attribute (全年N例X中, 修复的 N 个 X 中) or in brief among the
// problems. Sentences are made up; each class has the slip it must find and the traps it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: a batch restated as an attribute among the problems (全年N例X中)', () => {
  const report = (restated: string) =>
    [
      '县中心医院2025年工作总结',
      '一、主要工作',
      `（一）分级诊疗。全年开展远程心电诊断2470例，接收基层上转患者1326人次。`,
      '（二）质量安全。全年发生医疗纠纷5起，均已妥善处理。',
      '二、存在的问题',
      `一是远程诊断量分布不均，${restated}，约六成来自3个中心卫生院。`,
      '三、2026年工作计划',
      '一是推动远程心电诊断覆盖全部卫生院，力争全年达到3000例。',
    ].join('\n');

  it('the batch restated with its digits changed is reported', () => {
    assert.deepEqual(conflicts(report('全年2740例远程心电诊断中')), ['2740例']);
  });

  it('restated with the same value it is not', () => {
    assert.deepEqual(conflicts(report('全年2470例远程心电诊断中')), []);
  });

  it('a part of another period (上半年) is not', () => {
    assert.deepEqual(conflicts(report('上半年1310例远程心电诊断中')), []);
  });
});

describe('numbers/conflict: a batch restated by what was done to it (完成改造的 N 座 X 中)', () => {
  const report = (restated: string) =>
    [
      '# 运维班2025年工作总结',
      '',
      '运维班负责全市 5 座 220 千伏、47 座 110 千伏变电站的通信运维。',
      '',
      '## 一、主要工作',
      '',
      '1. 完成 9 座 110 千伏变电站通信电源改造，更换蓄电池 36 组。',
      '2. 全年处理通信缺陷 128 条，消缺及时率 100%。',
      '',
      '## 二、存在的问题',
      '',
      `1. ${restated}，有 3 座蓄电池仍为 2015 年前投运。`,
      '',
      '## 三、2026年工作计划',
      '',
      '1. 完成剩余变电站通信电源改造。',
    ].join('\n');

  it('the batch done restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('本年度完成通信电源改造的 8 座 110 千伏变电站中'), 'markdown'), ['8 座']);
  });

  it('the same batch of the same value is not', () => {
    assert.deepEqual(conflicts(report('本年度完成通信电源改造的 9 座 110 千伏变电站中'), 'markdown'), []);
  });

  it('all the stations there are, restated, are not the batch done: not reported', () => {
    assert.deepEqual(conflicts(report('全市 47 座 110 千伏变电站中'), 'markdown'), []);
  });

  it('a batch of another doing is not compared with the stations there are', () => {
    assert.deepEqual(conflicts(report('本年度完成巡检的 44 座 110 千伏变电站中'), 'markdown'), []);
  });
});

describe('numbers/conflict: a name in Latin letters restated by its doing (修复的 N 个 Bug 中)', () => {
  const report = (detail: string) =>
    [
      '# 实习总结',
      '',
      '## 1. 总体情况',
      '',
      '累计提交 PR 36 个，合入 31 个，修复线上 Bug 17 个，参与需求评审 6 次。',
      '',
      '## 2. 线上问题修复',
      '',
      `- ${detail}，样式类 8 个、逻辑类 7 个、性能类 4 个。`,
      '',
      '## 3. 不足',
      '',
      '1. 估时偏乐观，联调拖期 2 天。',
    ].join('\n');

  it('the batch fixed restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('修复的 19 个 Bug 中'), 'markdown'), ['19 个']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(report('修复的 17 个 Bug 中'), 'markdown'), []);
  });

  it('a name of three letters without the doing is not compared outside the problems', () => {
    assert.deepEqual(conflicts(report('登记的 19 个 Bug 中'), 'markdown'), []);
  });
});

describe('numbers/conflict: the kinds a figure lists, named in brief among the problems (技术合同 for 技术开发和技术咨询合同)', () => {
  const report = (first: string, restated: string) =>
    [
      '市林业科学研究院2025年工作总结',
      '一、主要工作',
      `（一）成果转化。${first}，合同金额214万元。`,
      '（二）科技服务。全年举办林农培训班16期，培训林农1450人次。',
      '二、存在的问题',
      `一是成果转化能力不强，${restated}，转化收入偏低。`,
      '三、2026年工作打算',
      '一是力争全年签订技术合同30份以上。',
    ].join('\n');

  it('the year’s whole of the listed kinds restated in brief with another value is reported', () => {
    assert.deepEqual(conflicts(report('全年签订技术开发和技术咨询合同17份', '全年签订技术合同15份')), ['15份']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(report('全年签订技术开发和技术咨询合同17份', '全年签订技术合同17份')), []);
  });

  it('one kind named before, the brief name may count more kinds: not reported', () => {
    assert.deepEqual(conflicts(report('全年签订技术咨询合同17份', '全年签订技术合同15份')), []);
  });

  it('another doing is another quantity: not reported', () => {
    assert.deepEqual(conflicts(report('全年签订技术开发和技术咨询合同17份', '全年履行技术合同15份')), []);
  });
});

describe('numbers/conflict: a batch restated by its doing with no 中 to end its name (对新上线的N个X开展…)', () => {
  const report = (restated: string) =>
    [
      '# 区政务服务中心2025年上半年工作总结',
      '',
      '## 一、主要工作',
      '',
      '1. 新接入政务服务事项7个，平均办理时限压缩40%。',
      '2. 受理群众咨询1.2万件，办结率99%。',
      '',
      '## 二、存在的问题',
      '',
      `- ${restated}，部分事项材料清单仍不统一。`,
    ].join('\n');

  it('the batch restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('对上半年新接入的6个政务服务事项开展回访'), 'markdown'), ['6个']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(report('对上半年新接入的7个政务服务事项开展回访'), 'markdown'), []);
  });

  it('a name that does not open with the earlier figure’s is not compared', () => {
    assert.deepEqual(conflicts(report('对上半年新接入的6个高频事项开展回访'), 'markdown'), []);
  });
});

describe('numbers/conflict: a restated name the earlier clause writes right after the doing (开展新技术新项目 … 开展的N项新技术中)', () => {
  const report = (restated: string) =>
    [
      '县妇幼保健院2025年工作总结',
      '一、主要工作',
      '（一）医疗技术。全年新开展新技术新项目19项，其中省内领先技术3项。',
      '（二）人才培养。选派骨干进修12人。',
      '二、存在的问题',
      `一是学科发展不平衡，${restated}，妇科偏少。`,
    ].join('\n');

  it('the batch restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('全年开展的17项新技术中，产科占比超过六成')), ['17项']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(report('全年开展的19项新技术中，产科占比超过六成')), []);
  });

  it('another doing is not compared', () => {
    assert.deepEqual(conflicts(report('全年推广的17项新技术中，产科占比超过六成')), []);
  });
});

describe('numbers/conflict: those of a whole a condition picks out, restated (全院N名X中Y的为M人)', () => {
  const report = (restated: string) =>
    [
      '县第三中学2025年工作总结',
      '一、队伍建设',
      '全校现有专任教师214名。研究生学历教师38人，占17.8%；全年新入职教师12名。',
      '二、存在的不足',
      `一是教师学历结构有待优化，${restated}，学科带头人偏少。`,
    ].join('\n');

  it('the group restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('全校214名教师中研究生学历的为36人')), ['36人']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(report('全校214名教师中研究生学历的为38人')), []);
  });

  it('a condition the report names no figure of is not compared', () => {
    assert.deepEqual(conflicts(report('全校214名教师中45岁以上的为36人')), []);
  });
});

describe('numbers/conflict: the level a plan starts from restates this year’s (由目前的N增加到M)', () => {
  const report = (plan: string) =>
    [
      '县红十字会2025年工作总结',
      '一、工作开展情况',
      '（一）队伍建设。截至2025年12月，全县登记造血干细胞捐献志愿者2.58万人，全年新增登记造血干细胞捐献志愿者3100人。',
      '二、存在的问题',
      '一是青年志愿者占比偏低。',
      '三、2026年工作计划',
      `一是扩大志愿者队伍，${plan}。`,
    ].join('\n');

  it('a level other than the year’s is reported', () => {
    assert.deepEqual(conflicts(report('力争登记造血干细胞捐献志愿者由目前的2.85万人增加到3万人')), ['2.85万人']);
  });

  it('the year’s level is not', () => {
    assert.deepEqual(conflicts(report('力争登记造血干细胞捐献志愿者由目前的2.58万人增加到3万人')), []);
  });

  it('a target with no level it starts from is not compared', () => {
    assert.deepEqual(conflicts(report('力争登记造血干细胞捐献志愿者达到2.85万人')), []);
  });
});

describe('numbers/conflict: the level reached after a batch added, restated among the problems (新增X M家，累计达到N家 … N家X中)', () => {
  const report = (restated: string) =>
    [
      '河湾县商务局2025年工作总结',
      '一、主要工作',
      '（一）市场主体培育。新认定县级以上电子商务示范企业9家，累计达到64家，其中省级示范企业5家。',
      '（二）消费促进。举办促消费活动18场。',
      '二、存在的问题',
      `一是电商企业规模偏小，${restated}年交易额超过亿元的仅4家。`,
    ].join('\n');

  it('the level restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('全县61家县级以上示范企业中')), ['61家']);
  });

  it('the level restated with its own value is not, though the batch added had another', () => {
    assert.deepEqual(conflicts(report('全县64家县级以上示范企业中')), []);
  });

  it('a name that is not the level’s in brief is not compared', () => {
    assert.deepEqual(conflicts(report('全县61家规模以上批发企业中')), []);
  });
});

describe('numbers/conflict: the year’s whole of a thing named in Latin letters, restated (全年合入 PR N 个 … 全年提交并合入 PR M 个)', () => {
  const report = (summary: string) =>
    [
      '# 2025年个人年终总结',
      '',
      '## 一、年度概述',
      '',
      '今年主要负责支付网关的重构，全年合入 MR 96 个，参与 Code Review 220 余次。',
      '',
      '## 二、数据汇总',
      '',
      `- ${summary}，其中功能类 51 个、修复类 29 个、文档类 13 个。`,
      '',
      '## 三、不足',
      '',
      '1. 单测覆盖率偏低。',
    ].join('\n');

  it('the same whole restated with another value is reported', () => {
    assert.deepEqual(conflicts(report('全年提交并合入 MR 93 个'), 'markdown'), ['93 个']);
  });

  it('the same value is not', () => {
    assert.deepEqual(conflicts(report('全年提交并合入 MR 96 个'), 'markdown'), []);
  });

  it('a name the other does not end with is another quantity: not reported', () => {
    assert.deepEqual(conflicts(report('全年合入核心仓库 MR 93 个'), 'markdown'), []);
  });
});

describe('numbers/conflict: an attribute restatement naming an owner right before its figure (病区N名X中)', () => {
  const report = (restated: string) =>
    ['一、基本情况', '门诊部现有导诊志愿者42名，全年服务患者3.1万人次。', '二、存在的问题', `${restated}，60岁以上的占一半。`].join('\n');

  it('the owner the earlier clause names is compared', () => {
    assert.deepEqual(conflicts(report('门诊部40名导诊志愿者中')), ['40名']);
  });

  it('another owner is another batch: not reported', () => {
    assert.deepEqual(conflicts(report('社工站40名导诊志愿者中')), []);
  });
});
