// numbers/* on the ways of writing that round eleven of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));

describe('numbers/sum: bare figures with thousands separators sharing the unit written at the end', () => {
  // (2,600 was read as 600: the list started inside the figure.)
  it('分别为3,100、850、450万元 adds up to 4,400万元', () => {
    assert.deepEqual(sums('以上三个工程全年合计完成投资4,400万元，分别为3,100、850、450万元。'), []);
  });

  it('a list that does not add up is still found', () => {
    assert.deepEqual(sums('以上三个工程全年合计完成投资4,500万元，分别为3,100、850、450万元。'), ['4,500万元']);
  });
});

describe('numbers/sum: a total of every kind (各类活动共N场次) split into named kinds', () => {
  it('three kinds of activity one short of 各类活动共12场次 are found, past a clause of another measure', () => {
    const text = '与共建社区全年联合开展各类活动共12场次，覆盖居民1500余人次，其中政策宣讲进小区5场、消防疏散演练3场、关爱老人志愿服务3场。';
    assert.deepEqual(sums(text), ['12场次']);
  });

  it('kinds that add up to the 场次 total pass', () => {
    const text = '与共建社区全年联合开展各类活动共11场次，覆盖居民1500余人次，其中政策宣讲进小区5场、消防疏散演练3场、关爱老人志愿服务3场。';
    assert.deepEqual(sums(text), []);
  });

  it('without 各类 a few named activities may be highlights of more', () => {
    const text = '全年联合开展活动共12场次，其中政策宣讲进小区5场、消防疏散演练3场、关爱老人志愿服务3场。';
    assert.deepEqual(sums(text), []);
  });

  it('kinds far short of the total are a selection, not a slip', () => {
    const text = '全年开展各类活动共40场次，其中政策宣讲进小区5场、消防疏散演练3场、关爱老人志愿服务3场。';
    assert.deepEqual(sums(text), []);
  });
});

describe('numbers/percent: 完成全年计划的X% with no plan of that measure named', () => {
  // (The earlier 计划 is another measure's: 存款's plan is no whole of 利润.)
  it('an earlier plan of another measure is not taken as the whole', () => {
    const text = '截至9月末，各项贷款余额212.4亿元，较年初增加18.6亿元，完成全年增量计划25亿元的74.4%。前三季度实现净利润3.05亿元，完成全年计划的71.2%。';
    assert.deepEqual(percents(text), []);
  });

  it('a plan named with its figure inside the share is still checked', () => {
    assert.deepEqual(percents('前三季度实现净利润3.05亿元，完成全年计划4亿元的80.2%。'), ['80.2%']);
  });
});

describe('numbers/count: 即 and quoted names joined by 和 before the last', () => {
  it('五项制度，即《A》《B》《C》和《D》 counts four', () => {
    const text = '年内牵头修订了五项安全管理制度，即《值班值守办法》《数据备份规程》《机房巡检规定》和《外包人员管理细则》，并组织全员考试1次。';
    assert.deepEqual(counts(text), ['五项安全管理制度']);
  });

  it('four names for 四项 pass', () => {
    const text = '年内牵头修订了四项安全管理制度，即《值班值守办法》《数据备份规程》《机房巡检规定》和《外包人员管理细则》，并组织全员考试1次。';
    assert.deepEqual(counts(text), []);
  });

  it('a count whose modifier the segmenter does not know (运维) is still read', () => {
    const text = '年内修订完善了五项运维管理制度，即《变更管理办法》《值班管理规定》《备份管理规程》《外包管理细则》。';
    assert.deepEqual(counts(text), ['五项运维管理制度']);
  });
});

describe('numbers/count: a 、-list closed by 和 between two long names', () => {
  it('A、B、C和D with long names counts four', () => {
    const text = '我院建立健全了五项工作机制：新生儿听力筛查随访机制、出生缺陷综合干预机制、儿童营养不良干预机制和儿童死亡病例评审机制，全年筛查新生儿3120人。';
    assert.deepEqual(counts(text), ['五项工作机制']);
  });

  it('four long names for 四项 pass', () => {
    const text = '我院建立健全了四项工作机制：新生儿听力筛查随访机制、出生缺陷综合干预机制、儿童营养不良干预机制和儿童死亡病例评审机制，全年筛查新生儿3120人。';
    assert.deepEqual(counts(text), []);
  });
});

describe('numbers/conflict: a plan part titled 工作谋划 states targets', () => {
  it('重点项目 of the plan part is not this year’s', () => {
    const text = [
      '一、主要工作完成情况',
      '全年实施县级以上重点项目7个，完成投资3.8亿元。',
      '二、存在的问题',
      '项目储备不足，招商引资质量不高。',
      '三、2026年工作谋划',
      '（一）抓好项目建设。实施县级以上重点项目12个，完成固定资产投资6亿元以上。',
    ].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('the same measure restated differently in the problems part is still found', () => {
    const text = [
      '一、主要工作完成情况',
      '全年实施县级以上重点项目7个，完成投资3.8亿元。',
      '二、存在的问题',
      '全年实施县级以上重点项目9个，但项目储备不足。',
      '三、2026年工作谋划',
      '（一）抓好项目建设。争取新开工项目12个。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['9个']);
  });
});

describe('numbers/conflict: a figure inside a 从…看 frame restates what was reported', () => {
  const done = ['一、主要工作', '全年组织防汛抢险应急演练8次，其中桌面推演3次、实战演练5次。', '二、存在的问题'];

  it('从全年7次应急演练的复盘情况看 after 应急演练8次 is found', () => {
    const text = [...done, '（一）协同处置能力不足。从全年7次应急演练的复盘情况看，部分成员单位响应不够迅速。'].join('\n');
    assert.deepEqual(conflicts(text), ['7次']);
  });

  it('the same count in the frame passes', () => {
    const text = [...done, '（一）协同处置能力不足。从全年8次应急演练的复盘情况看，部分成员单位响应不够迅速。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('由…到… is still a change, not a restatement', () => {
    const text = [...done, '（一）演练频次仍然偏低。演练次数由全年7次增加到8次，但实战比例不高。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });
});

describe('numbers/conflict: 迁移到 names where things went, not a new level', () => {
  const done = ['## 一、成果', '- 全年完成 96 个系统迁移到容器平台，占存量系统总数 140 个的 68.6%。', '## 二、问题'];

  it('今年已经上容器平台的 92 个系统 after 96 个系统迁移到… is found', () => {
    const text = [...done, '- 监控覆盖不足：今年已经上容器平台的 92 个系统里，还有 30 个没有配置告警。'].join('\n');
    assert.deepEqual(
      run(text, 'numbers/conflict', { kind: 'markdown' }).map((f) => flagged(text, f)),
      ['92 个'],
    );
  });

  it('提高到 after the figure is still a change', () => {
    const text = [
      '## 一、成果',
      '- 自动化测试覆盖从 40 个系统提高到 96 个系统。',
      '## 二、问题',
      '- 今年已经接入的 92 个系统里，还有 30 个没有配置告警。',
    ].join('\n');
    assert.deepEqual(
      run(text, 'numbers/conflict', { kind: 'markdown' }).map((f) => flagged(text, f)),
      [],
    );
  });
});

describe('numbers/conflict: one doing restated in the problems part with its digits transposed', () => {
  const done = (figure: string) => [
    '一、主要工作',
    `2.隐患排查扎实推进。全县全年检查企业1860家次，排查各类安全隐患${figure}处，已整改1502处。`,
    '二、存在的问题',
  ];

  it('排查各类安全隐患1546处 … 今年全县共排查隐患1564处 is found', () => {
    const text = [...done('1546'), '二是长效机制还不完善。今年全县共排查隐患1564处，但同类隐患反复出现。'].join('\n');
    assert.deepEqual(conflicts(text), ['1564处']);
  });

  it('the same figure restated passes', () => {
    const text = [...done('1546'), '二是长效机制还不完善。今年全县共排查隐患1546处，但同类隐患反复出现。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('another doing with the digits transposed (整改 after 排查) is another quantity', () => {
    const text = [...done('1546'), '二是长效机制还不完善。今年全县共整改隐患1564处，但同类隐患反复出现。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('two items of the work done, each titled by its field, count two batches', () => {
    const text = [
      '一、主要工作',
      '（一）消防安全。开展消防专项检查，排查各类安全隐患1546处。',
      '（二）燃气安全。开展燃气专项整治，排查隐患1564处。',
      '二、存在的问题',
      '基层监管力量不足。',
    ].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('digits not transposed under a briefer name are not taken as the same measure', () => {
    const text = [...done('1546'), '二是长效机制还不完善。今年全县共排查隐患1380处，但同类隐患反复出现。'].join('\n');
    assert.deepEqual(conflicts(text), []);
  });
});
