// numbers/* on the ways of writing that round nineteen of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { buildModel } from '../server/src/engine/model';
import { EMPTY_CONFIG } from '../server/src/engine/config';
import { loadSegmenter } from '../server/src/segmenters/index';
import { run, flagged } from './numbers-util';

const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));
const figures = (text: string) => buildModel(text, 'text', EMPTY_CONFIG, loadSegmenter()).quantities.map((q) => q.raw);

describe('quantities: an item number run into the figure after it (3.4名 after 2.)', () => {
  it('reads the figure after the item number, not a decimal across it', () => {
    const text = '（二）师资建设\n1.全校现有专任教师86人。\n2.新入职教师7人。\n3.5名教师获评市级骨干教师。';
    assert.deepEqual(figures(text), ['86人', '7人', '5名']);
  });

  it('a paragraph opening with a decimal, no list open, keeps its decimal', () => {
    assert.deepEqual(figures('全年降雨量偏少。\n3.5万亩农田实现节水灌溉。'), ['3.5万亩']);
  });
});

describe('numbers/conflict: a clause or an item the figure opens, with what they did (5名教师获评…)', () => {
  const text = '一、师资建设\n1.全校专任教师86人，组织校本培训12次。\n2.5名专任教师在市级优质课评比中获奖。';

  it('counts those of the thing who did it, not the thing', () => {
    assert.deepEqual(conflicts(text), []);
    assert.deepEqual(conflicts(text.replace('2.5名专任教师', '2.今年12名专任教师')), []);
  });

  it('unless they all did it, or the clause restates the whole by its thing alone', () => {
    assert.deepEqual(conflicts(text.replace('2.5名专任教师在市级优质课评比中获奖', '2.68名专任教师全部参加市级继续教育')), ['68名']);
    assert.deepEqual(conflicts(text.replace('2.5名专任教师在市级优质课评比中获奖', '2.全校专任教师84人')), ['84人']);
  });
});

describe('numbers/conflict: a restatement of the level its first sentence reached, not of the batch added there', () => {
  const text = '一、主要工作\n新引进农产品加工企业3家，全镇加工企业达到14家。\n二、存在问题\n14家加工企业中规模以上的仅4家。';

  it('agrees with the level (14家), whatever the batch added (3家)', () => {
    assert.deepEqual(conflicts(text), []);
  });

  it('another value still conflicts with both', () => {
    assert.deepEqual(conflicts(text.replace('14家加工企业中', '12家加工企业中')), ['12家']);
  });
});

describe('numbers/sum: a part said to be a share of an earlier part (占专任教师的…)', () => {
  const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
  const text = '全校现有教职工214人，其中专任教师183人，高级职称教师52人，占专任教师的28.4%。';

  it('is some of that part, not one more part of the total', () => {
    assert.deepEqual(sums(text), []);
    assert.deepEqual(sums(text.replace('占专任教师的', '占专任教师总数的')), []);
  });

  // (Without the share, 高级职称教师 is still a rung of the post before it, some of those teachers: round 32 reads
  // that as an overlap too. A part that is no rung of it overshoots.)
  it('without the share, parts of posts of their own still overshoot', () => {
    assert.deepEqual(sums(text.replace('高级职称教师52人，占专任教师的28.4%', '行政人员20人，工勤人员32人')), ['214人']);
  });
});

describe('numbers/conflict: the staff stated after a semicolon, then all of them restated (全体N名教职工)', () => {
  const text =
    '一、基本情况\n学校现有教学班36个，在校学生1620人，其中七年级548人、八年级540人、九年级532人；教职工152人，其中专任教师131人。\n二、主要工作\n1.暑期组织全体125名教职工参加心理健康教育专题培训。';

  it('a figure after 其中…； that opens a split of its own is a whole again, and 全体 names no other measure', () => {
    assert.deepEqual(conflicts(text), ['125名']);
    assert.deepEqual(conflicts(text.replace('全体125名', '全体152名')), []);
  });

  it('those some of the staff who took part are no restatement', () => {
    assert.deepEqual(conflicts(text.replace('组织全体125名教职工', '组织125名教职工')), []);
  });
});

describe('numbers/conflict: a doing whose object is written before it (实施老旧小区改造9个)', () => {
  const text =
    '一、主要工作\n（一）城市更新。全年实施老旧小区改造9个，惠及居民1420户。\n二、存在的问题\n一是群众参与不够，今年实施改造的10个老旧小区中，有4个在方案公示阶段居民意见较多。';

  it('is the measure the batch restated by its verb and thing counts', () => {
    assert.deepEqual(conflicts(text), ['10个']);
    assert.deepEqual(conflicts(text.replace('10个老旧小区', '9个老旧小区')), []);
  });

  it('another object before the same doing is another measure', () => {
    assert.deepEqual(conflicts(text.replace('老旧小区改造9个', '背街小巷改造9个')), []);
  });
});

describe('numbers/sum: an aside in brackets between the total and 其中 (（含预备党员3名）)', () => {
  const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));

  it('says what the total holds: the parts after 其中 still split it', () => {
    const text = '支部现有党员52名（含预备党员3名），其中在职党员41名、离退休党员12名；下设3个党小组。';
    // 41+12 = 53; the 3 are among the 52, not added.
    assert.deepEqual(sums(text), ['52名']);
    assert.deepEqual(sums(text.replace('41名', '40名')), []);
  });

  it('an aside that leaves some out works alike', () => {
    const text = '全年培训学员520人（不含线上学员），其中种植类210人、养殖类180人、电商类140人。';
    assert.deepEqual(sums(text), ['520人']);
    assert.deepEqual(sums(text.replace('140人', '130人')), []);
  });
});

describe('numbers/sum: 新型 names a kind (新型农业经营主体), not those new to the whole', () => {
  const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
  const text = '全年新增有效客户共3250户，其中个人客户2806户、小微企业客户392户、新型农业经营主体42户。';

  it('so three kinds each of its own name, a few short of the total, are a slip', () => {
    // 2806+392+42 = 3240.
    assert.deepEqual(sums(text), ['3250户']);
    assert.deepEqual(sums(text.replace('42户', '52户')), []);
  });

  it('those new to the whole (新签约客户) may overlap the other parts', () => {
    assert.deepEqual(sums(text.replace('新型农业经营主体', '新签约客户')), []);
  });
});

describe('numbers/percent: a rate named by the doing of the smaller count (修复1436处，修复率…)', () => {
  const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
  const text = '全年主动排查管网漏点1480处，修复1436处，修复率96.4%。';

  it('is that count over the other', () => {
    // 1436/1480 = 97.03%.
    assert.deepEqual(percents(text), ['96.4%']);
    assert.deepEqual(percents(text.replace('96.4%', '97.0%')), []);
  });

  it('a rate no count of the sentence is named by is not checked', () => {
    assert.deepEqual(percents(text.replace('修复率96.4%', '管网完好率96.4%')), []);
    assert.deepEqual(percents('全年更换水表1480块，巡检设备1436台次，运转率96.4%。'), []);
  });
});

describe('numbers/count: 下面/以下 and the count, then a short verb closing the sentence (围绕下面四件事展开。)', () => {
  const counts = (text: string) => run(text, 'numbers/count', { kind: 'markdown' }).map((f) => flagged(text, f));
  const text = [
    '# 2025 年度总结',
    '',
    '## 一、主要工作',
    '',
    '这一年的工作主要围绕下面四件事展开。',
    '',
    '### 1. 网关重构',
    '',
    '- 完成网关重构，接入服务 38 个。',
    '',
    '### 2. 监控告警',
    '',
    '- 告警噪声下降 60%。',
    '',
    '### 3. 成本治理',
    '',
    '- 云资源费用下降 18%。',
    '',
    '## 二、不足',
    '',
    '1. 文档不全。',
    '2. 测试不足。',
    '',
    '## 三、2026 年计划',
    '',
    '1. 完成迁移。',
    '',
  ].join('\n');

  it('announces the headings after it', () => {
    assert.deepEqual(counts(text), ['四件事']);
    assert.deepEqual(counts(text.replace('下面四件事', '下面三件事')), []);
    assert.deepEqual(counts(text.replace('围绕下面四件事展开', '从以下四个方面汇报')), ['四个方面']);
  });

  it('a sentence that goes on after the count announces nothing', () => {
    assert.deepEqual(counts(text.replace('围绕下面四件事展开。', '围绕下面四件事展开，总体进展顺利。')), []);
  });
});
