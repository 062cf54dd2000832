// What the thirty-second held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 32: terms', () => {
  const term = (s: string) => hits(`# 年终总结\n\n${s}\n`, 'terms/preferred', 'markdown');

  it('心理 for 心里, 形式 for 形势, 年级 for 年纪, 日以 for 日益, 采坑 for 踩坑, pipline — each in its context', () => {
    assert.deepEqual(term('心理一直想着换个方向，以此判断以后的形式。'), ['心理', '形式']);
    assert.deepEqual(term('年级大了，减轻一下日以上涨的焦虑，还在学习和采坑中。'), ['年级', '日以', '采坑']);
    assert.deepEqual(term('- 搞了一个通用的 pipline 脚本仓库'), ['pipline']);
  });

  it('心理健康, 形式主义, 三年级, 日以继夜, 矿区采坑 and a pipeline stay', () => {
    assert.deepEqual(term('关注团队的心理健康，反对形式主义，辅导三年级的孩子；矿区露天采坑已回填；pipeline 跑通了。'), []);
  });
});

describe('round 32: parts and blanks', () => {
  it('不满意的地方 names the problems part', () => {
    const md =
      '# 2016 总结\n\n## 满意的地方\n\n全年上线3个版本，修复缺陷120个。\n\n## 不满意的地方\n\n* 对大型项目的整体把控能力还需要提高。\n\n## 2017年的期待\n\n* 读完12本书。\n';
    const r = check(md, { kind: 'markdown', only: ['metrics/missing', 'structure/missing-section'] });
    assert.deepEqual(r.findings, []);
  });

  it('an item with x left among its words (提升x第“xx+x”区教育水位) has blanks for text/placeholder, not a claim without figures', () => {
    const text = '一、主要工作\n（一）输出品牌：新校区如期开学，提升x第“xx+x”区教育水位，推动集团化内涵发展。\n（二）队伍建设：引进教师46名。\n';
    assert.equal(check(text, { kind: 'text', only: ['metrics/missing'] }).findings.length, 0);
  });
});

describe('round 32: XX standing for any one', () => {
  it('学习 XX 框架、XX 语言 and 用xx库就好了 name any library; XX镇、XX库区 are blanks', () => {
    const blank = (s: string) => hits(`# 年终总结\n\n${s}\n`, 'text/placeholder', 'markdown');
    assert.deepEqual(blank('以前总给自己定学习 XX 框架、XX 语言这样的目标。'), []);
    assert.deepEqual(blank('张口就是**用xx库就好了**。'), []);
    assert.deepEqual(blank('完成XX镇XX库区移民安置。'), ['XX', 'XX']);
  });
});

describe('round 32: metrics/vague reads what is claimed', () => {
  const vague = (s: string) => hits(`一、主要工作\n${s}\n`, 'metrics/vague');

  it('what a thing can do (可以大幅提升开发效率) and room still left (很大的提升空间) claim no result', () => {
    assert.deepEqual(vague('使用成熟的组件库可以大幅提升开发效率。'), []);
    assert.deepEqual(vague('项目整体还有很大的提升空间。'), []);
    assert.deepEqual(vague('使用组件库后开发效率大幅提升。'), ['大幅提升']);
  });
});

describe('round 27 left over: an empty heading under the first one', () => {
  it('#### 会员页 straight before #### 日刊页, under ## 会员页及日刊页, was left empty; a cover’s lines are not', () => {
    const md = '## 词典会员页及日刊页\n\n#### 会员页\n\n#### 日刊页\n\n* 试听60s\n* 测试页开发\n\n## 官网\n\n* 完成首页改版\n';
    assert.deepEqual(hits(md, 'structure/empty-section', 'markdown'), ['会员页']);
    const cover = '# 某某大学\n\n# 课程设计个人总结\n\n本学期完成了3个模块。\n\n## 不足\n\n测试不够。\n';
    assert.deepEqual(hits(cover, 'structure/empty-section', 'markdown'), []);
  });
});

describe('round 25 left over: bold-labelled list items left empty', () => {
  it('* __工作__ with nothing after it among labelled items with text is empty; one with items nested under it is not', () => {
    const md =
      '* 二月\n  * __除夕__ 上午到家。\n  * __假期__ 白天开黑。\n* 三月\n  * __工作__\n* 四月\n  * __汉服__ 第一次尝试。\n* 五月\n  * __工作__\n    * 上线了两个活动页\n';
    assert.deepEqual(hits(md, 'structure/empty-section', 'markdown'), ['工作']);
  });

  it('a list of bold names alone (a reading list) is no row of empty labels', () => {
    const md = '## 读过的书\n\n* **人月神话**\n* **代码大全**\n* **重构**\n';
    assert.deepEqual(hits(md, 'structure/empty-section', 'markdown'), []);
  });
});
