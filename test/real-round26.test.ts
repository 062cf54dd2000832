// What the twenty-sixth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 26: a part whose points are typed flat', () => {
  it('1、主要工作。 followed by 1、 2、 3、 is not an empty part; a named part left bare before the next part still is', () => {
    const flat =
      '2025年度站长述职报告\n下面从三个方面汇报。\n1、一年来的主要工作。\n1、争取资金860万元，建成水厂1座。\n2、完成管网改造12公里。\n2、存在的问题\n供水保障能力仍有短板。\n3、下一步打算\n完成二期管网改造8公里。\n';
    assert.deepEqual(hits(flat, 'structure/empty-section'), []);
    const bare = '2025年度站长述职报告\n一、主要工作\n二、存在的问题\n供水保障能力仍有短板，管网老化率达到18%。\n三、下一步打算\n完成二期管网改造8公里。\n';
    assert.deepEqual(hits(bare, 'structure/empty-section'), ['一、主要工作']);
  });
});

describe('round 26: intensified claims', () => {
  const vague = (s: string) => hits(`一、主要工作\n${s}\n`, 'metrics/vague');

  it('从三个方面 announces parts and is no figure of the claim beside it; 培训3期 is', () => {
    assert.deepEqual(vague('这一年学校各项工作都取得了长足的进步，下面从三个方面汇报。'), ['长足的进步']);
    assert.deepEqual(vague('这一年学校各项工作都取得了长足的进步，全年培训教师3期。'), []);
  });

  it('丰硕成果 and 很大的进步 claim results with no figure; with one in the sentence they are supported', () => {
    assert.deepEqual(vague('教师们辛勤付出，获得了丰硕成果，业务能力有了很大的进步。'), ['丰硕成果', '很大的进步']);
    assert.deepEqual(vague('教师们辛勤付出，获得了丰硕成果，12人在市级赛课中获奖。'), []);
  });
});

describe('round 26: terms', () => {
  it('划上了句号 is drawn (画上); a cut 划上一道口子 stays', () => {
    const term = (s: string) => hits(`一、个人总结\n${s}\n`, 'terms/preferred');
    assert.deepEqual(term('求学生涯暂时划上了句号，两个项目都划上圆满的句号。'), ['划上', '划上']);
    assert.deepEqual(term('搬箱子时手上划上一道口子。'), []);
  });
});

describe('round 26: results told as how things now stand', () => {
  it('持续向好、反馈较好、越来越好 claim results; an item that only says what was done claims none', () => {
    const item = (body: string) =>
      check(`一、主要工作\n（一）推进乡风文明。${body}\n（二）完成道路硬化。全年硬化村道4.2公里。\n`, { kind: 'text', only: ['metrics/missing'] }).findings
        .length;
    assert.equal(item('修订村规民约，倡导红白事简办，村风民风持续向好。'), 1);
    assert.equal(item('协助排查线上问题，问题当天解决，业务方反馈较好。'), 1);
    assert.equal(item('修订村规民约，召开村民代表会议讨论红白事简办办法。'), 0);
  });
});
