// What the thirty-eighth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 38: item numbers with a full stop or a comma typed for the dot', () => {
  const style = (s: string, kind: 'text' | 'markdown' = 'text') => hits(s, 'outline/style', kind);

  it('1。 before the item’s words is a marker written wrong; 收入1。 ending a sentence is no marker', () => {
    assert.deepEqual(style('三、明年工作谋划\n1。完成中心幼儿园收尾工程；\n2。争取标准化建设项目；\n'), ['1。', '2。']);
    assert.deepEqual(style('一、主要工作\n全年新增幼儿园1。\n'), []);
  });

  it('1，alarm_log.cpp (a file name after a full-width comma) is a marker; 1，2月份 and 1,000 are numbers', () => {
    assert.deepEqual(style('# 注释工作\n\n1，alarm_log.cpp 和 alarm.cpp\n\n2，build_query.cpp\n', 'markdown'), ['1，', '2，']);
    assert.deepEqual(style('一、主要工作\n1，2月份完成验收。\n'), []);
  });

  it('the fix writes the dot', () => {
    const f = check('三、明年工作谋划\n1。完成中心幼儿园收尾工程；\n2。争取标准化建设项目；\n', { only: ['outline/style'] }).findings;
    assert.equal(f[0].fix?.edits[0].newText, '.');
  });
});

describe('round 38: column names and to-do parts are no blanks', () => {
  const blank = (s: string, kind: 'text' | 'markdown' = 'text') => hits(s, 'text/placeholder', kind);

  it('a unit before a tab names its column; 全年接待人次。 leaves the figure out', () => {
    assert.deepEqual(blank('一、主要工作\n月份\t住院人次\t同比增长\n全年完成健康体检人，\n'), ['人']);
    assert.deepEqual(blank('一、主要工作\n月份\t住院人次\t同比增长\n'), []);
  });

  it('增长比例% closing a header line is the unit of the figures below; 完成率达%。 is a blank', () => {
    assert.deepEqual(blank('一、主要工作\n增长比例%\n完成率达%。\n'), ['%']);
  });

  it('## TODO over a list of plans names the part; a TODO among the words is still one', () => {
    assert.deepEqual(blank('# 总结\n\n## TODO\n\n- 学习 Go\n\n## 计划\n\n- TODO：补充 Q3 数据\n', 'markdown'), ['TODO']);
  });
});

describe('round 38: a year left as 20--', () => {
  const blank = (s: string) => hits(`一、主要工作\n${s}\n`, 'text/placeholder');

  it('20--年 and 自20--至20-- are blanks; 2019--2020 and 20--30人 are ranges', () => {
    assert.deepEqual(blank('三、20--年工作谋划。'), ['--']);
    assert.deepEqual(blank('自20--至20--这五年间，全镇新建校舍4栋。'), ['--', '--']);
    assert.deepEqual(blank('2019--2020学年，每班20--30人。'), []);
  });
});

describe('round 38: a Markdown list of two numbered 1. and 3.', () => {
  const seq = (s: string) => hits(`# 新特性\n\n${s}\n`, 'outline/sequence', 'markdown');

  it('1. then 3. past a code block skips 2; 1. then 2., and 1. 1. (Markdown’s own numbering), do not', () => {
    assert.deepEqual(seq('1. 回收更智能\n\n```ts\npool.get();\n```\n\n3. 阈值控制'), ['3.']);
    assert.deepEqual(seq('1. 回收更智能\n\n```ts\npool.get();\n```\n\n2. 阈值控制'), []);
    assert.deepEqual(seq('1. 回收更智能\n\n```ts\npool.get();\n```\n\n1. 阈值控制'), []);
  });
});

describe('old miss: items told as 标题。正文 with one left at its title', () => {
  const empty = (s: string) => hits(s, 'structure/empty-section');

  it('工会工作 between items told whole, and 群团工作。(共青团、妇联) closing them, are left empty', () => {
    const doc =
      '一、主要工作\n教育事业。规范学校财务管理，新建校舍2栋。\n卫生保健。完成儿童计划免疫1.2万人次。\n工会工作\n司法信访。全年接待来访群众86人次。\n群团工作。(共青团、妇联)\n二、存在的问题\n财力紧张。\n';
    assert.deepEqual(empty(doc), ['工会工作', '群团工作。(共青团、妇联)']);
  });

  it('a short line in a draft not told that way is no empty item', () => {
    assert.deepEqual(empty('一、主要工作\n全年新建校舍2栋。\n工会工作\n全年接待来访群众86人次。\n'), []);
  });
});
