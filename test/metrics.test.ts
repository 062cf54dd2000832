import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';
import { lint, basicSegmenter } from '../server/src/engine/index';
import { pack } from './helpers';

const DRAFT = `一、主要工作及成效
（一）抓实理论学习。全年组织中心组学习12次，开展专题研讨4次。
（二）加强干部队伍建设。组织开展业务能力提升行动，干部干事创业氛围日益浓厚。
二、存在的问题
（一）服务意识还不够强。个别窗口工作人员服务态度生硬。
三、下步工作打算
一是强化服务意识，推动窗口服务质量全面提升。
`;

describe('metrics/missing', () => {
  it('reports duties items without any figure, as info by default', () => {
    const fs = run(DRAFT, 'metrics/missing');
    assert.deepEqual(
      fs.map((f) => flagged(DRAFT, f)),
      ['（二）加强干部队伍建设'],
    );
    assert.equal(fs[0].severity, 'info');
  });

  it('follows the pack: sections with metrics: false are not checked', () => {
    const fs = run(DRAFT, 'metrics/missing', { config: (c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, metrics: false })) }) });
    assert.equal(fs.length, 0);
    const all = run(DRAFT, 'metrics/missing', { config: (c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, metrics: true })) }) });
    // The plan (推动…全面提升) claims a result; the problem (服务态度生硬) claims none.
    assert.deepEqual(
      all.map((f) => flagged(DRAFT, f)),
      ['（二）加强干部队伍建设', '一是强化服务意识'],
    );
  });

  it('asks a figure only of an item that claims a result, at any depth', () => {
    const text =
      '一、主要工作\n（一）走访慰问。深入村组了解村情民意，看望困难群众。\n（二）建设平台。\n1.上线一网通办系统，方便群众办事，提高了审批效率。\n2.全年办件3.2万件。\n二、存在的问题\n人手不足。\n三、下步工作打算\n一是充实人员。';
    assert.deepEqual(
      run(text, 'metrics/missing').map((f) => flagged(text, f)),
      ['1.上线一网通办系统，方便群众办事，提高了审批效率'],
    );
  });
});

describe('metrics/missing in a Markdown review', () => {
  it('a heading over several paragraphs is a part of the review, not an item; a heading over one claim is an item', () => {
    const para = '今年把团队的发布流程理顺了，协作顺畅了很多，效率明显高了。';
    const text = `# 2024年度工作总结\n\n## 一、主要工作\n\n### 团队和工作\n\n${para}\n\n${para}\n\n${para}\n\n### 工具建设\n\n上线了自动化部署脚本，大大提高了发布效率。\n\n## 二、存在的问题\n\n文档少。\n\n## 三、明年计划\n\n补文档。\n`;
    assert.deepEqual(
      run(text, 'metrics/missing', { kind: 'markdown' }).map((f) => flagged(text, f)),
      ['工具建设'],
    );
  });
});

describe('metrics/vague', () => {
  it('reports an intensifier with no figure in the same sentence', () => {
    const text = '通过开展“我为群众办实事”活动，群众办事满意度大幅提升。';
    const [f] = run(text, 'metrics/vague');
    assert.equal(flagged(text, f), '大幅提升');
    assert.equal(run('群众办事满意度由91.2%提升至97.5%，大幅提升。', 'metrics/vague').length, 0);
  });

  it('asks the claim’s own sentence for its figure: a headline sentence before its figures is still a bare claim', () => {
    const text = '重点项目建设成效显著。全年完成投资12.6亿元，新开工项目9个。';
    const [f] = run(text, 'metrics/vague');
    assert.equal(flagged(text, f), '成效显著');
    assert.equal(run('重点项目建设成效显著，全年完成投资12.6亿元。', 'metrics/vague').length, 0);
  });

  it('reads the same claim with 的/地, another verb, or 显着 as typed', () => {
    for (const [text, phrase] of [
      ['窗口服务效率得到了显著的提高。', '显著的提高'],
      ['辖区环境明显地改善。', '明显地改善'],
      ['科研工作取得了长足的进步。', '长足的进步'],
      ['服务质量显着提高。', '显着提高'],
      ['教研组做了大量卓有成效的工作。', '卓有成效'],
      ['本人的业务能力得到了较大程度的提高。', '较大程度的提高'],
      ['柜面服务在很大程度上改善了客户体验。', '很大程度上改善'],
      ['上半年在技术创新方面取得了显著的成绩。', '显著的成绩'],
      ['尽管存款规模增长显著，结构仍需优化。', '增长显著'],
      ['经过一年努力，社区治理工作有了明显的突破。', '明显的突破'],
      ['今年是协会取得显著发展的一年。', '显著发展'],
      ['会员服务较之以往有了相当大的发展。', '相当大的发展'],
      ['其中最大的变化是审批系统的大幅度完善。', '大幅度完善'],
    ] as const) {
      const [f] = run(text, 'metrics/vague');
      assert.equal(f && flagged(text, f), phrase, text);
    }
    assert.equal(run('投诉量没有明显的下降。', 'metrics/vague').length, 0);
    assert.equal(run('业务能力未得到较大的提升。', 'metrics/vague').length, 0);
  });

  it('skips negations and the plans section', () => {
    assert.equal(run('个别问题没有明显改善。', 'metrics/vague').length, 0);
    assert.equal(run(DRAFT, 'metrics/vague').length, 0);
  });

  it('takes its phrase list from the pack', () => {
    const text = '机关作风焕然一新。';
    assert.equal(run(text, 'metrics/vague').length, 0);
    assert.equal(run(text, 'metrics/vague', { setting: { options: { phrases: ['焕然一新'] } } }).length, 1);
  });
});

describe('metrics/* before the dictionary is loaded', () => {
  it('does not report items whose figures only the full segmenter reads as counts', () => {
    const text =
      '一、主要工作\n（一）推动工作融合。联合12部门建立协作机制，组织12个试点单位召开推进会。\n（二）优化服务。办事满意度明显改善，群众投诉下降43%。\n二、存在的问题\n协作还不够顺畅。\n三、下步工作打算\n一是深化协作。\n';
    const r = lint(text, { kind: 'text', config: pack().config, segmenter: basicSegmenter, only: new Set(['metrics/missing', 'metrics/vague']) });
    assert.deepEqual(
      r.findings.map((f) => f.ruleId),
      [],
    );
  });
});
