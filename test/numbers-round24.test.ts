// numbers/* on the ways of writing that round twenty-four of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));

describe('numbers/sum: 分别投向, a sum of money spread over the fields it went to', () => {
  const text = '全年累计发放创业担保贷款1.36亿元，分别投向个体工商户0.58亿元、小微企业0.49亿元、农民专业合作社0.26亿元。';

  it('parts that fall short of the total are reported', () => {
    assert.deepEqual(sums(text), ['1.36亿元']);
  });

  it('parts that add up are not', () => {
    assert.deepEqual(sums(text.replace('0.26亿元', '0.29亿元')), []);
  });
});

describe('numbers/sum: parts naming rungs of one ladder (研究生 / 本科) that overshoot the total', () => {
  it('kinds of recruits, two of them degrees, overshooting by a few percent are a slip', () => {
    assert.deepEqual(sums('全年共招聘教师52人，其中研究生学历11人、本科学历35人、音体美专业教师8人。'), ['52人']);
  });

  it('cuts by attributes of two dimensions (省外 / 研究生, 本科) may overlap, so their sum says nothing', () => {
    assert.deepEqual(sums('全年共招聘教师52人，其中省外生源18人、研究生学历12人、本科学历24人。'), []);
  });
});

describe("numbers/sum: a part naming others' things (审阅他人…)", () => {
  it('is no part of what the writer did, whatever it comes to', () => {
    assert.deepEqual(sums('全年提交代码合并请求168个，其中参与评审他人提交的合并请求245个。'), []);
  });

  it('a whole whose own clause names the others is still split by it', () => {
    assert.deepEqual(sums('全年评审他人提交的合并请求168个，其中评审他人提交的前端合并请求245个。'), ['168个']);
  });

  it('a part of another doing of the same things is still some of them', () => {
    assert.deepEqual(sums('全年共受理群众投诉356件，其中办结投诉402件。'), ['356件']);
  });
});
