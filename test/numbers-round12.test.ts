// numbers/* on the ways of writing that round twelve of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));

describe('numbers/sum: a total after several comma-split lists sums the last ones that name it', () => {
  // (Only the list after the last comma was tried: with one figure there, every figure of the sentence was summed.)
  const lead = '全年组织集中学习18次，召开党员大会4次、支委会12次，书记、副书记分别讲党课2次、1次，邀请党校老师讲党课1次，';

  it('讲党课 2+1+1 makes 共讲党课4次', () => {
    assert.deepEqual(sums(`${lead}全年共讲党课4次。`), []);
  });

  it('one short is found, with the lists of 讲党课 as its parts', () => {
    const f = run(`${lead}全年共讲党课5次。`, 'numbers/sum');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /^2\+1\+1=4/);
  });
});

describe('numbers/percent: 超额完成任务N的X% is how far the plan was exceeded', () => {
  it('(580−500)÷500=16% passes', () => {
    assert.deepEqual(percents('全年完成农村危房改造580户，超额完成年度任务500户的16%。'), []);
  });

  it('the whole written as 116% passes too', () => {
    assert.deepEqual(percents('全年完成农村危房改造580户，超额完成年度任务500户的116%。'), []);
  });

  it('an excess that is off is found', () => {
    assert.deepEqual(percents('全年完成农村危房改造580户，超额完成年度任务500户的18%。'), ['18%']);
  });

  it('without 超额 the share of the plan is still checked', () => {
    assert.deepEqual(percents('全年完成农村危房改造580户，完成年度任务500户的16%。'), ['16%']);
  });
});

describe('numbers/percent: 占学生总数 is the whole group, not a group named with more before it', () => {
  // (学生 counted in 名 was passed over for 人, and 住校学生 taken as 学生.)
  const lead = '全校共有1250名学生、86名教职工。住校学生320人，实行宿管员24小时值守。';

  it('214÷1250 is 17.1% of all pupils', () => {
    assert.deepEqual(percents(`${lead}全校单亲家庭学生共214人，占学生总数的17.1%。`), []);
  });

  it('a share off the whole group is found', () => {
    assert.deepEqual(percents(`${lead}全校单亲家庭学生共214人，占学生总数的19.5%。`), ['19.5%']);
  });

  it('with no whole named as it is, two differing qualified groups say nothing', () => {
    const text = '住校学生320人，校车学生286人。全校单亲家庭学生共214人，占学生总数的12.0%。';
    assert.deepEqual(percents(text), []);
  });
});

describe('numbers/conflict: 新登记 restates 新增 for a count of registrations', () => {
  const first = '一、市场主体培育。今年前三季度新增各类市场主体512户，其中企业188户、个体工商户324户。\n';

  it('新登记 with other digits is found', () => {
    const text = `${first}二、存在问题。前三季度虽然新登记市场主体521户，但以个体户为主，龙头企业偏少。`;
    assert.deepEqual(conflicts(text), ['521户']);
  });

  it('the same count passes', () => {
    const text = `${first}二、存在问题。前三季度虽然新登记市场主体512户，但以个体户为主，龙头企业偏少。`;
    assert.deepEqual(conflicts(text), []);
  });

  it('登记 without 新 (a stock of registered ones) is another measure', () => {
    const text = `${first}二、存在问题。辖区登记在册市场主体5210户，但以个体户为主，龙头企业偏少。`;
    assert.deepEqual(conflicts(text), []);
  });
});

describe('numbers/conflict: a figure that repeats an earlier one agrees with the report', () => {
  // (负责…58个业务系统 … 接入…等业务系统35个 … 全院58个业务系统: the 35 connected are some of them.)
  it('the later repeat of the whole is not set against the connected ones', () => {
    const text =
      '中心负责全院2100余台终端和58个业务系统的运维。\n- 集成平台：接入HIS、LIS、PACS等业务系统35个，交互服务210项。\n1. 系统多、接口杂：全院58个业务系统来自21家厂商，接口维护工作量大。';
    assert.deepEqual(conflicts(text), []);
  });

  it('without the earlier statement, two counts of one measure still clash', () => {
    const text = '一、平台建设。今年集成平台接入业务系统35个，交互服务210项。\n二、存在问题。今年集成平台接入业务系统53个，但接口标准不一。';
    assert.deepEqual(conflicts(text), ['53个']);
  });
});

describe('numbers/conflict: a group restated as the frame of a split (今年N名X中，…)', () => {
  // (X共N人 left its thing behind 共; 人 and 名 were two measures; a problem sentence's words hid the restatement.)
  const first = '3.就业质量稳定。2025届毕业生共1342人，实现就业和升学1309人，初次就业率97.5%。\n';

  it('the group restated with other digits is found, in 名 against 人', () => {
    const text = `${first}一是专业设置与产业需求匹配度还需提升。今年1324名毕业生中，专业对口就业的仅占六成左右。`;
    assert.deepEqual(conflicts(text), ['1324名']);
  });

  it('the same group passes', () => {
    const text = `${first}一是专业设置与产业需求匹配度还需提升。今年1342名毕业生中，专业对口就业的仅占六成左右。`;
    assert.deepEqual(conflicts(text), []);
  });

  it('a figure of the group that the sentence does not split is no restatement', () => {
    const text = `${first}一是专业设置与产业需求匹配度还需提升。今年参加顶岗实习的毕业生中有320名未能留用。`;
    assert.deepEqual(conflicts(text), []);
  });
});
