// What the fourteenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';
import type { Finding } from '../server/src/engine/index';

const found = (text: string, rule: string, kind: 'text' | 'markdown' = 'text'): { line: number; text: string; message: string }[] =>
  check(text, { kind })
    .findings.filter((f: Finding) => f.ruleId === rule)
    .map((f) => ({ line: text.slice(0, f.start).split('\n').length, text: text.slice(f.start, f.end), message: f.message }));

describe('round 14: outline markers', () => {
  it('1） alone is a list mark of its own, while 1)、 is a bracket written by half with a stop after it', () => {
    const md = '# 2025 年终总结\n\n## 今年做了什么\n\n**1）报销系统改版**\n\n完成页面 18 个。\n\n**2）监控平台**\n\n接入项目 9 个。\n';
    assert.deepEqual(found(md, 'outline/style', 'markdown'), []);
    const txt = '一、主要工作\n1）完成报销系统改版，上线页面18个。\n2）接入监控项目9个。\n';
    assert.deepEqual(found(txt, 'outline/style'), []);
    const half = found('一、主要工作\n1)、完成报销系统改版。\n2)、接入监控项目9个。\n', 'outline/style');
    assert.deepEqual(
      half.map((f) => f.line),
      [2, 3],
    );
  });

  it('4.15分钟… between 3. and 5. is item 4 opening with a figure, not a decimal number', () => {
    const text = [
      '（二）便民服务',
      '1.一窗通办。全年办件量4.2万件。',
      '2.帮办代办。配备帮办员36名。',
      '3.延时服务。工作日延时至19时。',
      '4.15分钟便民服务圈。建成服务站点310个。',
      '5.好差评。收集评价2.6万条，好评率99.6%。',
    ].join('\n');
    assert.deepEqual(found(text, 'outline/sequence'), []);
    // Alone, with no list open, it is a figure opening a sentence, not item 4.
    const seq = check('（二）便民服务\n4.15分钟可达的服务站点建成310个。\n', { kind: 'text' }).model.outline[0].children;
    assert.equal(seq.length, 0);
  });

  it('2、9月第三周… after 1、 goes on with the list, while 1、2月份… alone is two months', () => {
    const text = '本学期社团联订立的计划如下：\n1、开学初期迎接新生\n2、9月第三周开展招新\n3、9月第四周各社团自主招新\n4、10月20日至11月28日举办风采月\n';
    const styles = found(text, 'outline/style');
    assert.deepEqual(
      styles.map((f) => f.line),
      [2, 3, 4, 5],
    );
    const months = check('1、2月份，全县完成固定资产投资3.1亿元。\n2、3月份完成投资4.6亿元。\n', { kind: 'text' });
    assert.equal(months.model.outline.length, 0);
  });
});

describe('round 14: sections', () => {
  it('存在的薄弱环节 names the problems part', () => {
    const text = [
      '一、工作开展情况',
      '全年入户安检28.6万户，整改隐患3815处。',
      '二、存在的薄弱环节',
      '一是部分老旧小区管网埋深不足；二是基层员工年龄偏大。',
      '三、下步打算',
      '一是持续推进老旧管网改造；二是提升智慧监管水平。',
    ].join('\n');
    assert.deepEqual(found(text, 'structure/missing-section'), []);
    assert.equal(check(text, { kind: 'text' }).model.outline[1].section, 'problems');
  });
});

describe('round 14: blanks', () => {
  it('a question mark for a count not yet known (进行了？期) is a blank; a question before 人 is not', () => {
    assert.deepEqual(
      found('发起团队内部分享，已经进行了？期，反馈很好。\n', 'text/placeholder').map((f) => f.text),
      ['？'],
    );
    assert.deepEqual(found('上周的例会开了吗？人都到齐了。\n', 'text/placeholder'), []);
    assert.deepEqual(found('你们组织过几次培训了？次数要写清楚。\n', 'text/placeholder'), []);
  });

  it('a gap left in a list of names (包括与 等等) is a blank; code spans listed in Markdown are not', () => {
    assert.equal(found('4、跨团队的沟通与合作。包括与 等等\n', 'text/placeholder').length, 1);
    assert.deepEqual(found('新增 `node_exporter`、`mysqld_exporter` 等采集组件，覆盖主机 1,260 台。\n', 'text/placeholder', 'markdown'), []);
    assert.deepEqual(found('分析了 `vcpus.rs` 和 `main.rs` 等核心模块。\n', 'text/placeholder', 'markdown'), []);
  });

  it('a lone _ opening a line before a name, or in 20_年, is a blank; snake_case and emphasis are not', () => {
    const hits = found('_协会在本学年各项活动中都取得了成果。\n本届理事会于20_年换届。\n', 'text/placeholder');
    assert.deepEqual(
      hits.map((f) => f.line),
      [1, 2],
    );
    assert.deepEqual(found('日志里的 user_id 和 order_no 两个字段已脱敏。\n', 'text/placeholder'), []);
    assert.deepEqual(found('全年发布版本 12 个，重点是 _稳定性_ 。\n', 'text/placeholder', 'markdown'), []);
  });

  it('an empty last item 5、 after one-line items is a blank even with prose after the list', () => {
    const text =
      '三个月来承担了部分管理职责：\n1、梳理团队各项工作。\n2、发起团队内部学习6期。\n3、积极开展团队建设。\n4、跨团队的沟通与合作。\n5、\n总体来看，我承担了技术与管理的双重角色。\n';
    assert.deepEqual(
      found(text, 'text/placeholder').map((f) => f.line),
      [6],
    );
    // Under items that run on over several paragraphs, the paragraph after 3、 may be its text.
    const long = '一、主要工作\n1、梳理团队各项工作。\n调整了成员的工作重心。\n2、发起内部学习。\n已经进行了6期。\n3、\n团队建设方面，组织了户外拓展2次。\n';
    assert.deepEqual(found(long, 'text/placeholder'), []);
  });
});

describe('round 14: metrics/vague', () => {
  it('an item headline claiming 成效显著 has no figure for its own number 1、', () => {
    const text = '一、协会各项工作成果\n1、内部建设成效显著\n自本学年以来，协会致力于内部建设。\n2、外联工作有序开展\n走访企业12家。\n';
    assert.deepEqual(
      found(text, 'metrics/vague').map((f) => f.line),
      [2],
    );
  });

  it('a year in the sentence is a number to reviewers; 很大提高 is a claim', () => {
    assert.deepEqual(found('一、工作回顾\n2011年，省里开展担保行业清理整顿，极大的改善了中小企业融资环境。\n', 'metrics/vague'), []);
    assert.equal(found('一、工作回顾\n通过持续学习，使我的工作效率有了很大提高。\n', 'metrics/vague').length, 1);
  });
});
