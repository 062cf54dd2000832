// numbers/* on the ways of writing that round thirty-two of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/percent', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: a post beside rungs of a title held in it', () => {
  it('专任教师 beside 高级教师 and 硕士学历教师 overlap: no sum', () => {
    assert.deepEqual(sums('学校现有教职工164人，其中专任教师141人，高级教师39人，硕士研究生学历教师22人。'), []);
  });

  it('posts alone that overshoot the staff are still reported', () => {
    assert.deepEqual(sums('学校现有教职工164人，其中专任教师141人，行政人员15人，工勤人员12人。'), ['164人']);
  });

  it('kinds of hires, one of them a degree, still add up to their total', () => {
    assert.deepEqual(sums('全年共引进各类人才36人，其中硕士研究生11人、护理类本科生20人、康复等紧缺专业人员6人。'), ['36人']);
  });
});

describe('numbers/sum: 分别 after the places a whole reaches, counted, and a comma', () => {
  it('parts short of the whole are reported', () => {
    assert.deepEqual(sums('全年完成造林面积3.6万亩，涉及东岭、西坪、南塘3个乡镇，分别为1.5万亩、1.2万亩、0.7万亩。'), ['3.6万亩']);
  });

  it('parts that add up are not', () => {
    assert.deepEqual(sums('全年完成造林面积3.6万亩，涉及东岭、西坪、南塘3个乡镇，分别为1.5万亩、1.2万亩、0.9万亩。'), []);
  });

  it('a count of places that does not match the parts is no breakdown', () => {
    assert.deepEqual(sums('全年完成造林面积3.6万亩，涉及东岭、西坪、南塘3个乡镇，分别为1.5万亩、1.2万亩。'), []);
  });
});

describe('numbers/sum: leaks seen and hidden split the leaks found', () => {
  it('明漏 and 暗漏 short of the leaks found are reported', () => {
    assert.deepEqual(sums('全年巡检发现管网漏点862处，其中明漏305处、暗漏536处，均已修复。'), ['862处']);
  });

  it('明漏 and 暗漏 that add up are not', () => {
    assert.deepEqual(sums('全年巡检发现管网漏点862处，其中明漏305处、暗漏557处，均已修复。'), []);
  });
});

describe('numbers/percent: a rate’s change too small to be relative', () => {
  it('下降0.15% of a 2.05% cost rate is meant in points', () => {
    assert.deepEqual(percents('上半年对公存款付息率2.05%，较上年同期下降0.15%，仍高于同业。'), ['0.15%']);
  });

  it('the same change written in points is not reported', () => {
    assert.deepEqual(percents('上半年对公存款付息率2.05%，较上年同期下降0.15个百分点，仍高于同业。'), []);
  });

  it('a change large enough to be relative is left alone', () => {
    assert.deepEqual(percents('年末不良贷款率1.36%，较年初下降12%，资产质量持续向好。'), []);
  });

  it('a growth rate’s change is left alone', () => {
    assert.deepEqual(percents('营业收入同比增长8.6%，较上年同期提高0.2%，增势平稳。'), []);
  });
});

describe('numbers/conflict: a kind of a thing named inside its name', () => {
  const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));
  const head = '一、工作完成情况\n1.全年在建项目34个，完成投资21.5亿元。\n2.开展质量巡查52次；';

  it('在建的8个装配式项目 after 在建项目34个 is some of them', () => {
    assert.deepEqual(conflicts(`${head}对在建的8个装配式项目开展专项检查，发现问题17个。`), []);
  });

  it('在建的31个项目, the thing restated, still conflicts', () => {
    assert.deepEqual(conflicts(`${head}对在建的31个项目开展专项检查，发现问题17个。`), ['31个']);
  });
});
