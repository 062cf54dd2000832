// numbers/sum and numbers/count on the ways of writing that round sixteen of the evaluation showed the engine
// misread. Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const counts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/count', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: a split by kind after a sentence of several levels (从…类型看)', () => {
  const text = '全年共受理各类信访事项240件，办结226件，群众满意率97%。从信访事项类型看，土地征收类86件、劳动社保类71件、城建物业类52件、其他事项25件。';

  it('splits the level said to be a total, whatever noun stands before 类型', () => {
    // 86+71+52+25 = 234, not 240 (其他 closes the list).
    assert.deepEqual(sums(text), ['240件']);
    assert.deepEqual(sums(text.replace('240件', '234件')), []);
  });

  it('without a total word among the levels, no level is picked', () => {
    assert.deepEqual(sums(text.replace('全年共受理各类信访事项', '受理信访事项')), []);
  });
});

describe('numbers/sum: 分别 over subjects', () => {
  it('X及其他 is one subject: the rest of the kinds', () => {
    const text = '全年新增用水户4120户，居民、商业、工业及其他分别为3560户、402户、150户。';
    // 3560+402+150 = 4112.
    assert.deepEqual(sums(text), ['4120户']);
    assert.deepEqual(sums(text.replace('4120户', '4112户')), []);
  });

  it('a run of quarters covering the year spreads a yearly total', () => {
    const text = '全年征收城镇土地使用税9630万元，一至四季度分别为2310万元、2450万元、2380万元、2410万元。';
    // 2310+2450+2380+2410 = 9550.
    assert.deepEqual(sums(text), ['9630万元']);
    assert.deepEqual(sums(text.replace('9630万元', '9550万元')), []);
  });

  it('months covering the half year spread a half-year total', () => {
    const text = '上半年累计接待游客52.6万人次，1至6月分别为6.1万、7.3万、9.8万、10.2万、9.5万、9.4万人次。';
    // 6.1+7.3+9.8+10.2+9.5+9.4 = 52.3.
    assert.deepEqual(sums(text), ['52.6万人次']);
    assert.deepEqual(sums(text.replace('52.6万人次', '52.3万人次')), []);
  });

  it('a run of part of the year, or a balance at each quarter end, is no breakdown', () => {
    assert.deepEqual(sums('全年征收城镇土地使用税9630万元，一至三季度分别为2310万元、2450万元、2380万元。'), []);
    assert.deepEqual(sums('全年末存款余额共9630万元，一至四季度末分别为2310万元、2450万元、2380万元、2410万元。'), []);
  });
});

describe('numbers/sum: a clause after the 、-list that opens with a verb of its own', () => {
  const text = '全年共抽检食品经营单位214家，其中大型商超38家、农贸市场61家、小餐饮店117家，责令整改问题单位29家。';

  it('is what was done to some of the whole, not one more part', () => {
    // 38+61+117 = 216 > 214.
    assert.deepEqual(sums(text), ['214家']);
    assert.deepEqual(sums(text.replace('214家', '216家')), []);
  });

  it('a whole run that adds up is still read as one list', () => {
    assert.deepEqual(sums('全年共抽检食品经营单位245家，其中大型商超38家、农贸市场61家、小餐饮店117家，另抽检流动摊点29家。'), []);
  });
});

describe('numbers/sum: the top rungs of a qualification ladder', () => {
  it('博士 and 硕士 of a staff leave the other degrees out', () => {
    assert.deepEqual(sums('中心现有专业技术人员218人，其中博士研究生27人、硕士研究生96人。'), []);
  });

  it('高级 and 中级职称 leave the junior titles out', () => {
    assert.deepEqual(sums('全站在编人员36人，其中高级职称11人、中级职称14人。'), []);
  });

  it('more than the total is still a slip, and a ladder reaching its lower rungs still adds up', () => {
    assert.deepEqual(sums('全站在编人员36人，其中高级职称21人、中级职称19人。'), ['36人']);
    assert.deepEqual(sums('全校专任教师120人，其中研究生15人、本科96人、专科7人。'), ['120人']);
  });
});

describe('numbers/count: a short clause before the colon that announces the bullets', () => {
  const md = (n: number) =>
    [
      '### 1. 系统建设',
      '',
      '今年牵头完成三个系统的迁移上云，均平稳切换：',
      '',
      ...['- **财务系统**：停机 2 小时。', '- **人事系统**：零停机。', '- **档案系统**：迁移 12 TB 数据。', '- **门户网站**：启用 CDN。'].slice(0, n),
      '',
    ].join('\n');

  it('counts the bullets after it', () => {
    assert.deepEqual(counts(md(4), 'markdown'), ['三个系统']);
    assert.deepEqual(counts(md(3), 'markdown'), []);
  });

  it('a clause naming the work done, not the things counted, announces something else', () => {
    assert.deepEqual(counts(md(4).replace('均平稳切换', '主要做法'), 'markdown'), []);
  });
});

describe('numbers/count: headings after a sentence of several counted things', () => {
  it('take up those things, not the last count', () => {
    const text = [
      '2024年机关党建工作总结',
      '我们以“一三四”工作法为抓手，即：建强一个堡垒，完善三项制度，开展四类活动。',
      '（一）建强一个堡垒：支部按期换届。',
      '（二）完善三项制度：修订学习、议事和考勤制度。',
      '（三）开展四类活动：全年开展活动18场。',
    ].join('\n');
    assert.deepEqual(counts(text), []);
  });

  it('a sentence of one count still announces its headings', () => {
    const text = ['2024年机关党建工作总结', '全年重点开展四类活动。', '（一）主题党日。', '（二）志愿服务。', '（三）技能比武。'].join('\n');
    assert.deepEqual(counts(text), ['四类活动']);
  });
});

describe('numbers/count: a congress and its ordinal (作协十大) is no count', () => {
  it('N大 after who holds it, or before 开幕式 / 精神, names a congress', () => {
    assert.deepEqual(counts('支部集中学习了在省文联九大、省作协十大开幕式上的讲话。'), []);
    assert.deepEqual(counts('深入学习领会团的十大精神，组织团员青年、团干部两类人员开展专题学习。'), []);
  });

  it('a count of N大 things after a list still counts them', () => {
    assert.deepEqual(counts('围绕招商引资、项目建设、环境整治三大行动抓落实。'), []);
    assert.deepEqual(counts('围绕招商引资、项目建设、环境整治四大行动抓落实。'), ['四大行动']);
  });
});

describe('numbers/sum: 其中 opening the subjects 分别 spreads over, the total word further back', () => {
  const text = '全年共受理群众来电来访及网上留言860件次，其中城区、乡镇、园区分别为410、300、140件次，均按时办结。';

  it('the kinds named, the total word is read anywhere in its clause', () => {
    // 410+300+140 = 850.
    assert.deepEqual(sums(text), ['860件次']);
    assert.deepEqual(sums(text.replace('860件次', '850件次')), []);
  });
});

describe('numbers/count: titles in 《》 listed before the count', () => {
  it('a title is a name, whatever verbs its words hold', () => {
    const text = '年内修订《合同管理办法》《印章使用管理规定》《车辆管理办法》《差旅费报销办法》五项管理制度。';
    assert.deepEqual(counts(text), ['五项管理制度']);
    assert.deepEqual(counts(text.replace('五项', '四项')), []);
    assert.deepEqual(counts(text.replace('《车辆管理办法》', '等')), []);
  });
});

describe('numbers/sum: parts named by nouns of their own that overshoot the total', () => {
  it('kinds of things overshooting by a few percent are a slip', () => {
    assert.deepEqual(sums('共排查在建工地132个，其中房建项目57个、市政道路41个、水利设施36个。'), ['132个']);
  });

  it('cuts by an attribute (省外, 乡村) may overlap, so their sum says nothing', () => {
    assert.deepEqual(sums('全年共接待游客12万人次，其中省外自驾游客5万人次、乡村民宿住客4万人次、中小学研学团队3.2万人次。'), []);
  });
});
