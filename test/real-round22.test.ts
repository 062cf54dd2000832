// What the twenty-second held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 22: outline', () => {
  const draft = (after: string) =>
    [
      '一、2025年主要工作',
      '（一）产业发展',
      '1.果蔬产业稳步发展。全镇蔬菜种植面积1.2万亩，产值2.6亿元。',
      '2.文旅融合持续推进。全年接待游客38万人次。',
      '（一）新开通乡村旅游专线2条，新增农家乐15家。',
      '（二）举办第三届梨花节，接待游客5.2万人次。',
      after,
      '（二）民生保障',
      '1.新增城镇就业420人。',
      '二、存在的问题',
      '产业链条偏短。',
      '三、2026年工作打算',
      '完成道路改造12公里。',
    ].join('\n') + '\n';

  it('（一）（二） under 2. with 3. going on after them is an inversion, not a repeated （一）', () => {
    const text = draft('3.电商服务不断完善。建成村级服务站9个。');
    assert.deepEqual(hits(text, 'outline/level'), ['（一）', '（二）']);
    assert.deepEqual(hits(text, 'outline/sequence'), []);
  });

  it('a repeated （一） followed by its own 1. stays a numbering slip', () => {
    const text = draft('1.农村电商服务站建成9个。');
    assert.deepEqual(hits(text, 'outline/level'), []);
    assert.equal(hits(text, 'outline/sequence').length >= 1, true);
  });
});

describe('round 22: a contents list printed ahead of the body', () => {
  const text =
    [
      '一、工作完成情况',
      '（一）强化党建引领',
      '（二）做好疫情防控',
      '二、存在问题',
      '三、2023年工作计划',
      '（一）深化医改',
      '（二）建强人才队伍',
      '县卫健委2022年工作总结和2023年工作计划',
      '一、工作完成情况',
      '（一）强化党建引领。全年召开党组会议24次，开展主题党日12次。',
      '（二）做好疫情防控。累计接种疫苗18.6万剂次。',
      '二、存在问题',
      '基层医疗人才不足，乡镇卫生院缺编23人。',
      '三、2023年工作计划',
      '（一）深化医改。推进紧密型县域医共体建设，年内覆盖全部8个乡镇。',
      '（二）建强人才队伍。招聘专业技术人员40名。',
    ].join('\n') + '\n';

  it('the contents’ 二、存在问题 is a title alone, not an empty part, and the body’s order is its own', () => {
    assert.deepEqual(hits(text, 'structure/empty-section'), []);
    assert.deepEqual(hits(text, 'structure/section-order'), []);
    assert.deepEqual(hits(text, 'structure/missing-section'), []);
  });

  it('the same draft without its contents list, its problems part left empty, is still told', () => {
    const body = text.split('\n').slice(8).join('\n').replace('基层医疗人才不足，乡镇卫生院缺编23人。\n', '');
    assert.equal(hits(body, 'structure/empty-section').length, 1);
  });
});

describe('round 22: blanks', () => {
  it('完成高标准农田建设亩， leaves the area out; 完成高标准农田建设1.2万亩 and 每亩 do not', () => {
    const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');
    assert.deepEqual(blank('配合县农业农村局完成高标准农田建设亩，已通过验收。'), ['亩']);
    assert.deepEqual(blank('累计完成通村公路改造公里，惠及群众1.3万人。'), ['公里']);
    assert.deepEqual(blank('配合县农业农村局完成高标准农田建设1.2万亩，每亩补助1500元。'), []);
    assert.deepEqual(blank('全镇粮食亩产提高到612公斤，较上年增加8公斤。'), []);
  });

  it('约 X 小时 with Markdown’s spaces is a blank; X 光 and a version are not', () => {
    const blank = (s: string) => hits(`# 总结\n\n${s}\n`, 'text/placeholder', 'markdown');
    assert.deepEqual(blank('- 自动对账上线后，每天节省约 X 小时人工。'), ['X']);
    assert.deepEqual(blank('- 升级到 Vue 3.x 后，首屏少了约 120 毫秒。'), []);
  });

  it('a file pattern (*_alert.py, *.log) is not a blank; a lone * before a name still is', () => {
    const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');
    assert.deepEqual(blank('告警方法写在 python 文件*_alert.py 里，日志按*.log 归档。'), []);
    assert.deepEqual(blank('协助市委副秘书长*同志完成调研。'), ['*']);
  });
});

describe('round 22: terms and vague claims', () => {
  const term = (s: string, kind: 'text' | 'markdown' = 'text') => hits(`一、主要工作\n${s}\n`, 'terms/preferred', kind);

  it('沉著, 生锤百炼, kernal, Valgrid, 文成图 are misspelt; kernel_panic.log and a path are not touched', () => {
    assert.deepEqual(term('遇到问题要沉著应对，经过一年的生锤百炼。'), ['沉著', '生锤百炼']);
    assert.deepEqual(term('排查了 kernal 模块加载失败，用Valgrid查内存，试用AI文成图。'), ['kernal', 'Valgrid', '文成图']);
    assert.deepEqual(term('日志在 /var/log/kernal_panic.log 里。'), []);
  });

  it('明显优化 with no figure is vague; 明显优化 beside its figure is not', () => {
    const vague = (s: string) => hits(`一、主要工作\n${s}\n`, 'metrics/vague');
    assert.deepEqual(vague('老年人健康服务明显优化，群众满意。'), ['明显优化']);
    assert.deepEqual(vague('审批流程明显优化，平均办理时长由5天缩短到2天。'), []);
  });
});

describe('round 22: style/numbers', () => {
  const mixed = (s: string) => hits(`一、主要工作\n${s}\n`, 'style/numbers');

  it('试用期6个月 is a length of time: 两个项目 in the same sentence is no mixed count; 3个班 beside 两个专场 is', () => {
    assert.deepEqual(mixed('试用期6个月，参与数仓和质量平台两个项目。'), []);
    assert.deepEqual(mixed('开办培训3个班，另办了两个专场。'), ['两']);
  });
});

describe('round 22: 痛点 names the problems', () => {
  const deck = (pain: string) =>
    `# 2025 年终 Review\n\n# 全年工作回顾\n\n## 订单中心迭代\n\n1. 完成 6 个迭代\n2. 两次大版本升级\n\n### ${pain}\n\n1. 需求变更频繁，排期难以稳定\n2. 测试环境经常不可用\n\n# 2026 年打算\n\n1. 推动自动化测试覆盖率到 60%\n`;

  it('### 项目遇到的痛点 under a project is the problems part; ### 解决了客服的三个痛点 is work done', () => {
    assert.deepEqual(hits(deck('项目遇到的痛点'), 'structure/missing-section', 'markdown'), []);
    assert.equal(hits(deck('解决了客服的三个痛点'), 'structure/missing-section', 'markdown').length, 1);
  });
});

describe('round 22: a bracket typed twice', () => {
  it('（二）） opening a line is flagged like （三）、, with the fix that keeps one bracket', () => {
    const text = '一、主要工作\n（一）抓党建。全年开展学习12次。\n（二））抓业务。办结事项320件。\n（三）抓作风。开展谈话46人次。\n';
    const found = check(text, { kind: 'text', only: ['outline/style'] }).findings;
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['（二））'],
    );
    assert.deepEqual(hits(text, 'outline/sequence'), []);
  });
});
