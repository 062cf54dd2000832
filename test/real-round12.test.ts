// What held-out round 12 showed outside the arithmetic (issue 13). Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const found = (text: string, id: string, kind: 'text' | 'markdown' = 'markdown') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => `${text.slice(0, f.start).split('\n').length}:${f.message}`);

describe('held-out round 12', () => {
  it('#### ｝ closes what #### 项目｛ opened: no empty title; a 项目｛ closed at once is empty', () => {
    const block = (title: string, body: string[]) => [`#### ${title}｛`, ...body, '#### ｝', ''];
    const text = [
      '# 历年项目总结',
      '',
      '## 大学项目',
      ...block('数字电路设计', ['  * 功能：用 Quartus 设计电子表', '  * 难点：二进制转十进制']),
      ...block('校内实训', ['  * 项目：问答社区', '  * 工作：后台数据库开发']),
      ...block('转正', []),
    ].join('\n');
    assert.deepEqual(found(text, 'structure/empty-section'), ['14:“转正｛”下面没有内容。']);
  });

  it('a label over an indented example, and a list item in a table of contents, are not empty', () => {
    const label = [
      '# 入职总结',
      '',
      '* 内容管理系统的使用：',
      '',
      '\t查找：',
      '',
      '\t\t通过专题号查找：',
      '',
      '\t\t例如：查找专题号 00340 的所有新闻',
      '',
      '* 发布：',
      '',
      '\t每天发布 30 条。',
    ].join('\n');
    assert.deepEqual(found(label, 'structure/empty-section'), []);
    const toc = [
      '# 试用期工作总结',
      '',
      '1. 工作回顾，总结，',
      '2. 工作中的优点和不足，',
      '3. 对今后工作的设想',
      '',
      '试用期已接近尾声，感谢公司给我机会。',
    ].join('\n');
    assert.deepEqual(found(toc, 'structure/empty-section'), []);
  });

  it('a written-out code comment (/\\*…\\*/) and a page title (…_哔哩哔哩_bilibili) hold no blanks', () => {
    assert.deepEqual(found('4. 注释：单行用 //，多行用 /\\*多行注释\\*/', 'text/placeholder'), []);
    assert.deepEqual(found('（2）B站视频（Git 全套教程（完整版）通俗易懂_哔哩哔哩_bilibili）', 'text/placeholder', 'text'), []);
    assert.equal(found('深化医药卫生_改革。', 'text/placeholder', 'text').length, 1);
  });

  it('a Markdown list item left without its text is a blank when its siblings have theirs', () => {
    const text = ['# 优点', '', '1. 对项目整体把握较好。', '2.', '', '# 不足', '', '1. 经验还少。'].join('\n');
    assert.deepEqual(found(text, 'text/placeholder'), ['4:编号“2.”后面没有内容，尚未填写。']);
    assert.deepEqual(found(['# 大纲', '', '1.', '2.'].join('\n'), 'text/placeholder'), []);
  });

  it('三、下半年重点工作 is the plans part; 提升 X.X% is a blank, Vue 3.x and X.509 are not', () => {
    const text = [
      '一、上半年工作情况',
      '新增学位1200个。',
      '二、存在的短板',
      '一是城区学位依然紧张。',
      '三、下半年重点工作',
      '（一）确保秋季开学平稳有序。',
    ].join('\n');
    assert.deepEqual(found(text, 'structure/missing-section', 'text'), []);
    assert.deepEqual(
      found('线上 CTR 相对提升 X.X%，详见实验报告。', 'text/placeholder', 'text').map((s) => s.replace(/^1:/, '')),
      ['此处的“X.X”是占位符，应填写具体数字。'],
    );
    assert.deepEqual(found('前端升级到 Vue 3.x 版本，接口统一采用 X.509 证书。', 'text/placeholder', 'text'), []);
  });
});

describe('blanks seen in held-out round 12, continued', () => {
  it('**** between Chinese words in Markdown is a template blank, though Markdown reads it as empty emphasis', () => {
    const text = '# 范文\n\n   ****是从事****、**、****经营的专业公司，经营规模居**省第一。\n';
    assert.deepEqual(
      found(text, 'text/placeholder').map((s) => s.replace(/^3:/, '')),
      ['占位符“****”尚未填写。', '占位符“****”尚未填写。'],
    );
    assert.deepEqual(found('# 总结\n\n**要点******\n\n全年完成**12个**项目。\n', 'text/placeholder'), []);
  });

  it('a year or a date left out of a set phrase (现将年…, 于年月日) is a blank; 现将年度… and 年月日格式 are not', () => {
    assert.equal(found('现将年个人工作小结如下。', 'text/placeholder', 'text').length, 1);
    assert.equal(found('会议于年月日在三楼会议室召开。', 'text/placeholder', 'text').length, 1);
    assert.deepEqual(found('现将年度工作总结如下，日期按年月日格式填写。', 'text/placeholder', 'text'), []);
  });
});

describe('held-out round 13', () => {
  it('不足及改进计划 names both parts; 总结和展望 closing a review holds its plans', () => {
    const body = (last: string) =>
      ['一、主要工作', '全年完成需求 86 个，线上缺陷下降 30%。', '二、存在的问题', '需求评审不够充分。', last, '1. 明年把评审前移到立项阶段。'].join('\n');
    assert.deepEqual(found(body('三、总结和展望'), 'structure/missing-section', 'text'), []);
    assert.equal(found(body('三、总结'), 'structure/missing-section', 'text').length, 1);
    const both = ['一、主要工作', '全年完成需求 86 个。', '二、不足及改进计划', '1. 评审前移到立项阶段。'].join('\n');
    assert.deepEqual(found(both, 'structure/missing-section', 'text'), []);
  });

  it('具体待定补充 is a list left to be filled in; 想法设法 is 想方设法 mistyped', () => {
    assert.equal(found('- [ ] 书籍阅读30本 具体待定补充 并写下心得', 'text/placeholder').length, 1);
    assert.equal(found('遇到难题就想法设法地解决它。', 'terms/preferred', 'text').length, 1);
  });
});
