// What the thirtieth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 30: terms', () => {
  const term = (s: string) => hits(`一、个人总结\n${s}\n`, 'terms/preferred');

  it('称为 for 成为 before the post one means to reach; 被称为、可称为 name a thing and pass', () => {
    assert.deepEqual(term('三年内尽可能称为iOS高级开发工程师，十年内称为一名架构师。'), ['称为', '称为']);
    assert.deepEqual(term('这类岗位在业内被称为资深工程师，也可称为一名多面手。'), []);
    assert.deepEqual(term('我们把这套流程称为“双周迭代”。'), []);
  });

  it('取决与、有益与 take 于; 有益与有害、取决与否 are not the slip', () => {
    assert.deepEqual(term('成长空间取决与所在的部门，多做有益与团队的事。'), ['取决与', '有益与']);
    assert.deepEqual(term('分清有益与有害的习惯。'), []);
  });

  it('包括且不限于 is the fixed phrase 包括但不限于', () => {
    assert.deepEqual(term('需求方包括且不限于人事、财务。'), ['包括且不限于']);
    assert.deepEqual(term('需求方包括但不限于人事、财务。'), []);
  });
});

describe('round 30: sub-items numbered 1- 2- 3-', () => {
  const md = [
    '## 项目回顾',
    '',
    '1. 门户网站改版',
    '   1- 首页改为响应式布局',
    '   2- 接入统一登录',
    '',
    '2. 数据看板开发',
    '   1- 指标口径梳理',
    '   2- 原型3-5天出一版',
    '',
  ].join('\n');

  it('a hyphen for the stop under a numbered item: （1） offered, a range (3-5天) left alone', () => {
    const r = hits(md, 'outline/style', 'markdown');
    assert.deepEqual(r, ['1- ', '2- ', '1- ', '2- ']);
  });

  it('one line with 1- alone, or a date range, is no list', () => {
    assert.deepEqual(hits('一、主要工作\n1-6月完成投资2.3亿元。\n全年无安全事故。\n', 'outline/style'), []);
    assert.deepEqual(hits('一、主要工作\n1- 完成门户改版\n全年无安全事故。\n', 'outline/style'), []);
  });
});

describe('round 30: parts and blanks', () => {
  it('剩下的年度目标 names the plans part', () => {
    const md = [
      '## 完成的工作',
      '',
      '全年上线3个版本。',
      '',
      '## 不足之处',
      '',
      '- 沟通方式还要改进',
      '',
      '## 剩下的年度目标',
      '',
      '- 考取项目管理证书',
      '',
    ].join('\n');
    assert.deepEqual(hits(md, 'structure/missing-section', 'markdown'), []);
  });

  it('【待定】 after an item says it is undecided; where a value belongs it is a blank', () => {
    const blank = (s: string) => hits(`一、下步打算\n${s}\n`, 'text/placeholder');
    assert.deepEqual(blank('参加 AWS 架构师考试【待定】'), []);
    assert.deepEqual(blank('考试时间：【待定】'), ['【待定】']);
    assert.deepEqual(blank('项目负责人【待补充】'), ['【待补充】']);
  });
});

describe('round 30: a plain draft that names none of its parts, told in paragraphs', () => {
  it('a part with no sub-items is one item: a claim with no figure anywhere in the part is asked for one', () => {
    const text = [
      '2025年学校办公室工作总结',
      '一、办公管理规范化水平进一步提高',
      '今年，办公室修订了公文处理办法，理顺了收文、发文和督办流程，办文效率明显提高。',
      '二、后勤保障更加有力',
      '全年完成校舍维修47处，采购教学设备182台套，保障了秋季开学。',
      '三、对外联络渠道不断拓宽',
      '与社区、家长委员会建立了联系机制。家校沟通更加顺畅，家长满意度有效提升，全年接待来访家长310人次。',
      '',
    ].join('\n');
    const found = check(text, { kind: 'text', only: ['metrics/missing'] }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['一、办公管理规范化水平进一步提高']);
  });
});

describe('round 30: metrics/vague', () => {
  const vague = (s: string) => hits(`一、主要工作\n${s}\n`, 'metrics/vague');

  it('an item numbered inside the sentence (两块：1、…) is no figure for the claim', () => {
    assert.deepEqual(vague('变化主要是两块：1、台账改为线上填报，效率大大提高。'), ['大大提高']);
    assert.deepEqual(vague('变化主要是两块：1、台账改为线上填报，效率提高30%。'), []);
  });

  it('覆盖面明显扩大 is a claim; 扩大到12个村 says how far', () => {
    assert.deepEqual(vague('新建养老服务站3个。助餐服务覆盖面明显扩大。'), ['明显扩大']);
    assert.deepEqual(vague('助餐服务覆盖面明显扩大，由8个村扩大到12个村。'), []);
  });
});

describe('round 30: metrics/missing', () => {
  it('成长速度加快 claims a result; 加快推进 is a doing', () => {
    const items = (s: string) =>
      check(`一、主要工作\n1.全年引进硕士以上人才11名。\n2.${s}\n二、存在的问题\n人才梯队还不完善。\n`, { kind: 'text', only: ['metrics/missing'] }).findings
        .length;
    assert.equal(items('坚持以老带新，加强青年骨干培养，青年人才成长速度加快。'), 1);
    assert.equal(items('坚持以老带新，加快推进青年骨干培养工作，落实导师责任。'), 0);
  });
});

describe('round 16 left over: a second slip in one numbered list', () => {
  it('1. 2. 3. 3. 4. 6.: the repeat and the skip are two findings', () => {
    const md = '### 主要功能\n\n1. 头像框加载优化\n2. 埋点 SDK 接入\n3. 整体布局调整\n3. 礼物面板改版\n4. 推荐引导\n6. 连续包月\n7. 评分弹窗\n';
    assert.deepEqual(hits(md, 'outline/sequence', 'markdown'), ['3.', '6.']);
  });

  it('（一）（二）（二）（四）: the second （二） was meant as （三）; （四） goes on right', () => {
    const text =
      '一、主要工作\n（一）主体壮大。新登记860户。\n（二）抽检平稳。完成抽检286批次。\n（二）设备可控。检验率99.8%。\n（四）执法有力。查办案件31件。\n';
    assert.deepEqual(hits(text, 'outline/sequence'), ['（二）']);
  });
});
