// numbers/* on misses that recur across the opened evaluation rounds: one quantity written once in
// Chinese numerals and once in digits, the second time as an attributive restatement. Sentences are
// made up; each class has the defect it must find and the traps it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/conflict: a count in Chinese numerals restated in digits', () => {
  it('创建…示范单位十六家 and later 已创建的18家…示范单位 are one batch', () => {
    const text = [
      '一、工作成效',
      '（三）诚信经营。在集贸市场、商场、景区等领域创建诚信经营示范单位十六家，受理价格投诉412件。',
      '二、存在问题',
      '二是已创建的18家诚信经营示范单位分布不均，偏远乡镇覆盖不够。',
    ].join('\n');
    assert.deepEqual(conflicts(text), ['18家']);
  });

  it('the same batch restated with the same number, once in Chinese numerals, is no conflict', () => {
    const text = [
      '一、工作成效',
      '在集贸市场、商场、景区等领域创建诚信经营示范单位十六家。',
      '二、存在问题',
      '二是已创建的16家诚信经营示范单位分布不均。',
    ].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('digits first, Chinese numerals after: still one quantity', () => {
    const text = ['一、工作成效', '全年新增规模以上工业企业12家，其中装备制造企业7家。', '二、存在问题', '新增规模以上工业企业十四家，但普遍规模偏小。'].join(
      '\n',
    );
    assert.deepEqual(conflicts(text), ['十四家']);
  });

  it('a list of places closed by 等 is no list of parts, but a list with figures still is', () => {
    const places = '在社区、学校、医院等场所新建母婴室12个。\n年底复核，新建母婴室十个。';
    assert.deepEqual(conflicts(places), ['十个']);
    const parts = '表彰先进集体、优秀个人等共计45个，其中先进集体十二个、优秀党员服务岗8个。\n先进集体10个。';
    assert.deepEqual(conflicts(parts), []);
  });

  it('two lists of places, each with its own figure, are two quantities', () => {
    assert.deepEqual(conflicts('在学校、医院等场所建成母婴室8个。在车站、商场等场所建成母婴室3个。'), []);
  });

  it('ordinals, fixed phrases, approximations and anaphora in Chinese numerals never alarm', () => {
    const text = [
      '一、工作成效',
      '严格落实三会一课制度，开展两学一做学习教育，召开支部党员大会4次。',
      '全年新增规模以上工业企业5家，走访企业12家，帮助解决问题十几个。',
      '新发展党员2名。举办第二期培训班，培训学员四十名。第三期培训班培训学员35名。',
      '二、存在问题',
      '这两家企业规模偏小；走访企业十几家，覆盖面不够；新发展的两名党员理论基础薄弱，两人合计参加培训4次。',
      '三、下步打算',
      '对照十四五规划，一把手带头，召开支部党员大会三四次。',
    ].join('\n');
    assert.deepEqual(conflicts(text), []);
  });

  it('the same ordinal batch stated twice with two values still conflicts', () => {
    const text = ['一、工作成效', '举办第二期培训班，培训学员四十名。', '二、存在问题', '第二期培训班培训学员35名，规模偏小。'].join('\n');
    assert.deepEqual(conflicts(text), ['35名']);
  });
});

const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/percent: a rate against another rate, the gap written in %', () => {
  it('较全行平均水平高12% after a rate is a gap of points', () => {
    const text = '通过建立回访台账，客户满意率达95%，较全行平均水平高12%。';
    assert.deepEqual(percents(text), ['12%']);
    const f = run(text, 'numbers/percent')[0];
    assert.match(f.message, /12个百分点/);
  });

  it('低于…目标8% after 76% cannot name the target itself: a gap of points', () => {
    assert.deepEqual(percents('全年综合费用率76%，低于年度预算目标8%。上缴税款120万元。'), ['8%']);
  });

  it('高于/低于 a standard whose value follows is the other rate, not a gap', () => {
    const text = [
      '住院患者压力性损伤发生率0.12%，低于省定控制标准0.2%。',
      '单元测试覆盖率 61%，低于部门 70%。',
      '核心一级资本充足率11.6%，高于监管要求7.5%。',
      '小微企业贷款增速21.5%，高于各项贷款增速8.3%。',
    ].join('\n');
    assert.deepEqual(percents(text), []);
  });

  it('written in points, or against last year, or for an amount, it stays silent', () => {
    const text = [
      '客户满意率达95%，较全行平均水平高12个百分点。',
      '不良贷款率1.2%，比去年同期低0.3%。',
      '营业收入4.2亿元，较全省平均水平高3%。',
      '营业收入较上年增长15%，利润增长8%。',
    ].join('\n');
    assert.deepEqual(percents(text), []);
  });

  it('a growth rate against the average growth is a rate too', () => {
    assert.deepEqual(percents('全年营业收入同比增长15%，较全省同业平均水平高3%。'), ['3%']);
  });
});

const counts = (text: string) => run(text, 'numbers/count', { kind: 'markdown' }).map((f) => flagged(text, f));

describe('numbers/count: a count in a heading over the lines of its section', () => {
  const section = (title: string, lines: string[]) => [`## ${title}`, '', ...lines, ''].join('\n');
  const tail = section('明年计划', ['继续每月读两本书，坚持写读书笔记。']);

  it('读书笔记——5篇 over four titles, one per line, is one short', () => {
    const text = [
      '# 2025年读写总结',
      section('读书笔记——5篇', [
        '[《置身事内》读后](https://example.com/a)',
        '{% post_link reading-02 %}',
        '《长安的荔枝》里的项目管理',
        '[《原则》第二遍](https://example.com/b)',
      ]),
      tail,
    ].join('\n');
    assert.deepEqual(counts(text), ['5篇']);
  });

  it('a heading whose count matches its lines, or a Markdown list, is fine; a list one longer is not', () => {
    const ok = ['# 2025年读写总结', section('随笔——3篇，原计划6篇', ['周末的菜市场', '搬家记', '{% post_link walk %}']), tail].join('\n');
    assert.deepEqual(counts(ok), []);
    const list = ['# 2025年读写总结', section('技术文章：2篇', ['- 一次慢查询的排查', '- 前端监控接入小记', '- 灰度发布的回滚预案']), tail].join('\n');
    assert.deepEqual(counts(list), ['2篇']);
  });

  it('a selection, a section cut at the end of the page, nested items or wrapped prose never alarm', () => {
    const selection = ['# 总结', section('主要作品——6篇', ['周末的菜市场', '搬家记']), tail].join('\n');
    const cut = ['# 总结', tail, section('读书笔记——9篇', ['周末的菜市场', '搬家记'])].join('\n');
    const nested = ['# 总结', section('项目：2个', ['- 订单中心重构', '  - 拆分库存服务', '- 报表平台']), tail].join('\n');
    const prose = ['# 总结', section('成果：3项', ['今年完成了订单系统的拆分，', '并上线了新的报表平台']), tail].join('\n');
    for (const text of [selection, cut, nested, prose]) assert.deepEqual(counts(text), [], text);
  });
});

describe('numbers/count: examples that outnumber the count they illustrate', () => {
  const countsIn = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

  it('四个重要的方面 illustrated by five names (如……等) is a slip: examples cannot outnumber the whole', () => {
    const text = '座谈会上，大家从四个重要的方面进行了深入交流,如乡村振兴、基层治理,“双减”政策,医疗保障以及养老服务等。';
    assert.deepEqual(countsIn(text), ['四个重要的方面']);
  });

  it('fewer examples than the count, or a clause that goes on, is a selection', () => {
    const text = [
      '座谈会上，大家从四个重要的方面进行了深入交流,如乡村振兴、基层治理、医疗保障等。',
      '大家从三个方面进行了交流,如乡村振兴、基层治理、医疗保障、养老服务等多个议题。',
      '大家从三个方面进行了交流,如乡村振兴、基层治理,收获很大。',
    ].join('\n');
    assert.deepEqual(countsIn(text), []);
  });

  it('an opening quote typed for the closing one (“学习强国“) does not hide the rest of the paragraph', () => {
    const text = '全体党员在“学习强国“平台开展答题活动。大家从三个重要的方面进行了交流,如理论学习、作风建设,业务提升以及廉政教育等。';
    assert.deepEqual(countsIn(text), ['三个重要的方面']);
  });
});
