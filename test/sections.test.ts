import { strict as assert } from 'node:assert';
import { check } from './helpers';

function kinds(text: string, pack?: string): (string | undefined)[] {
  return check(text, { pack }).model.sectionNodes.map((n) => n.section);
}

describe('section classification', () => {
  it('recognises titles and aliases, with year prefixes', () => {
    assert.deepEqual(kinds('一、2023年工作总结\n1.抓学习。\n二、问题与不足\n（一）学习不深。\n三、2024年工作思路\n一是抓落实。'), [
      'duties',
      'problems',
      'next',
    ]);
    assert.deepEqual(kinds('一、主要工作及成效\n全年完成。\n二、存在的困难和不足\n人手少。\n三、明年工作安排\n抓落实。'), ['duties', 'problems', 'next']);
  });

  it('falls back to keywords on the segmented title', () => {
    assert.deepEqual(kinds('一、党建工作开展的基本情况\n正文。\n二、当前面临的主要困难\n正文。\n三、下一步努力方向\n正文。'), ['duties', 'problems', 'next']);
  });

  it('takes theme sections before the problems section as the duties', () => {
    const text = [
      '一、坚持“三个到位”，压实管党治党责任',
      '全年召开专题会议6次。',
      '二、建立“四项机制”，推动工作落地见效',
      '制定制度4项。',
      '三、聚焦群众急难愁盼问题，着力解决民生难题',
      '办结诉求320件。',
      '四、存在的问题',
      '（一）工作不平衡。',
      '五、下一步工作打算',
      '一是抓落实。',
    ].join('\n');
    const nodes = check(text).model.sectionNodes;
    assert.deepEqual(
      nodes.map((n) => n.section),
      ['duties', 'duties', 'duties', 'problems', 'next'],
    );
    assert.deepEqual(
      nodes.map((n) => n.sectionBy),
      ['position', 'position', 'position', 'title', 'alias'],
    );
  });

  it('leaves unrelated sections unclassified', () => {
    assert.deepEqual(kinds('一、主要工作\n正文。\n二、存在的问题\n正文。\n三、下步工作打算\n正文。\n四、其他需要说明的事项\n正文。'), [
      'duties',
      'problems',
      'next',
      undefined,
    ]);
  });

  it('uses the debriefing pack’s extra section', () => {
    assert.deepEqual(kinds('一、个人履职情况\n正文。\n二、廉洁自律情况\n正文。\n三、存在的问题\n正文。\n四、下步打算\n正文。', 'debriefing'), [
      'duties',
      'integrity',
      'problems',
      'next',
    ]);
  });

  it('reads section titles typed in Traditional script', () => {
    assert.deepEqual(kinds('一、主要工作及成效\n全年學習12次。\n二、存在的問題\n學習不夠深入。\n三、下步工作計劃\n持續加強學習。'), [
      'duties',
      'problems',
      'next',
    ]);
  });
});
