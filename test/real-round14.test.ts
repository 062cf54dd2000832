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

  it('a year in the sentence is no figure; 很大提高 is a claim', () => {
    assert.equal(found('一、工作回顾\n2022年，支部积极开展活动，较之以往有明显进步。\n', 'metrics/vague').length, 1);
    assert.equal(found('一、工作回顾\n通过持续学习，使我的工作效率有了很大提高。\n', 'metrics/vague').length, 1);
  });
});

describe('a draft titled 工作总结 or 述职报告 with no period named', () => {
  const body = [
    '一、项目背景',
    '云端调试工具用于让测试同事在浏览器里直接调试线上设备，项目于三月立项，由我和另外两名同事负责，前后端共三个人，历时五个月完成第一版。',
    '二、第一阶段：原型',
    '第一阶段完成了设备连接、日志回传和远程命令三项基础能力，先后接入了公司内部的四种设备型号，验证了浏览器直连设备的方案可行，原型在测试组内部试用了两周，收集到改进意见二十余条。',
    '三、第二阶段：稳定性',
    '第二阶段重写了连接层，把断线重连的时间从十几秒缩短到两秒以内，同时补齐了权限控制和操作审计，所有远程命令都会留下记录，满足了安全部门提出的审计要求，并通过了上线前的安全评审。',
    '四、第三阶段：推广',
    '第三阶段在三个产品线推广使用，编写使用手册一份，组织培训四场，目前每周有六十多位测试同事使用，平均每天发起调试会话一百余次，测试同事反馈定位线上问题的时间明显缩短，减少了来回找开发要日志的沟通。',
    '五、第四阶段：开放接口',
    '第四阶段应两个兄弟部门的要求开放了调试接口，提供设备列表、会话创建、日志订阅三类接口，配套写了接口文档和示例代码，兄弟部门的自动化测试平台据此接入，每天夜间自动发起的调试会话有三百多次，发现的线上问题会自动附上设备日志，省去了人工排查的第一步。',
    '接口开放后，我们又和运维同事一起做了容量评估，把单台服务的会话上限从两百提到五百，并在大促前做了两轮压测，保证高峰期工具本身不成为瓶颈，大促期间工具平稳运行，没有出现一次中断。',
    '六、心得',
    '回头看这五个月，前两个阶段花在技术问题上的时间多，后两个阶段花在沟通上的时间多，真正决定工具能不能被用起来的，往往不是技术方案本身，而是有没有把使用者的习惯考虑进去，有没有在他们遇到问题时及时响应。',
    '这个项目让我第一次完整地经历了从立项到推广的全过程，也让我认识到和使用者保持沟通的重要性，很多需求只有在真正用起来之后才会暴露出来，感谢项目组两位同事和测试组的大力支持。',
  ].join('\n');
  it('owes its shortcomings and its plans when its title line says so', () => {
    const text = `云端调试工具开发工作总结\n${body}\n`;
    assert.ok(text.length >= 800, String(text.length));
    const found = check(text, { kind: 'text', only: ['structure/missing-section'] }).findings;
    assert.equal(found.length, 2, found.map((f) => f.message).join('\n'));
  });
  it('not when only its file name says 工作总结 (engineers keep topic notes in 工作总结.md)', () => {
    const text = `# 云端调试工具\n${body}\n`;
    assert.deepEqual(check(text, { kind: 'markdown', name: '工作总结', only: ['structure/missing-section'] }).findings, []);
  });
});
