// What the thirty-first held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 31: metrics/missing', () => {
  it('a one-sentence lead-in (一年来……取得新成效。) over the paragraphs that tell it claims nothing by itself', () => {
    const text = [
      '一、2025年工作回顾',
      '一年来，我们扭住项目不放松，产业发展取得新成效。',
      '园区建设提速。全年新签约项目14个，协议投资28.6亿元，其中5个项目当年开工，园区标准厂房新增6.2万平方米。',
      '环境面貌明显改善，背街小巷整治完成后群众满意度有效提升。',
      '',
    ].join('\n');
    const found = check(text, { kind: 'text', only: ['metrics/missing'] }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['环境面貌明显改善']);
  });
});

describe('round 31: one part for the shortcomings and their remedy', () => {
  it('六、不足与改进 holds the plans as well; 六、存在的不足 alone does not', () => {
    const doc = (t: string) =>
      `一、工作实绩\n全年开展公开课36节，指导青年教师2名。\n二、${t}\n1.信息技术与教学融合研究不够。\n2.每学期组织不少于2次专题研讨。\n`;
    assert.deepEqual(hits(doc('不足与改进'), 'structure/missing-section'), []);
    assert.deepEqual(hits(doc('问题和整改'), 'structure/missing-section'), []);
    assert.equal(hits(doc('存在的不足'), 'structure/missing-section').length, 1);
  });
});

describe('round 31: claims and slips', () => {
  it('社会大局和谐稳定 claims a result an item should measure', () => {
    const text =
      '一、主要工作\n（一）平安建设扎实开展\n深入开展矛盾纠纷排查化解和安全隐患整治，全镇社会大局和谐稳定。\n（二）项目建设\n新开工项目12个，完成投资8.6亿元。\n';
    assert.equal(check(text, { kind: 'text', only: ['metrics/missing'] }).findings.length, 1);
  });

  it('员工队伍保持稳定 claims a result too (round 33)', () => {
    const text = '一、主要工作\n（一）员工关怀\n规范劳动合同管理，开展了形式多样的员工关怀活动，员工队伍保持稳定。\n（二）培训\n全年培训1200人次。\n';
    assert.equal(check(text, { kind: 'text', only: ['metrics/missing'] }).findings.length, 1);
  });

  it('物流体系基本建成，群众购物更加便利 claims results too', () => {
    const text =
      '一、主要工作\n（一）商业体系不断完善。推动乡镇商贸中心和村级便民店协同发展，物流配送体系基本建成，群众购物更加便利。\n（二）电商发展\n全年网络零售额15.7亿元。\n';
    assert.equal(check(text, { kind: 'text', only: ['metrics/missing'] }).findings.length, 1);
  });

  it('及时碰到再困难的问题，也会… concedes: 即使; 及时发现 stays', () => {
    assert.deepEqual(hits('一、个人总结\n及时碰到再困难的问题，也会扛着慢慢解决，并及时发现风险。\n', 'terms/preferred'), ['及时']);
  });
});
