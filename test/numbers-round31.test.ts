// numbers/* on the ways of writing that round thirty-one of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/percent: a second rate after the rate of two counts has another base', () => {
  it('满意率 after 回收率 is not read over the forms sent and returned', () => {
    assert.deepEqual(percents('向社区居民发放满意度调查表320份，收回305份，收回率95.3%，居民满意率为98.2%。'), []);
  });

  it('the rate of the two counts itself is still checked', () => {
    assert.deepEqual(percents('向社区居民发放满意度调查表320份，收回305份，收回率96.3%，居民满意率为98.2%。'), ['96.3%']);
  });

  it('a rate named by one of the counts, alone after them, is still checked', () => {
    assert.deepEqual(percents('参加岗位技能考核的职工64人，考核合格58人，合格率为92.5%。'), ['92.5%']);
  });
});

const sums = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => flagged(text, f));

describe('numbers/sum: a lone part that measures one of the things counted', () => {
  it('a figure of one named project after 其中 is no share of the projects', () => {
    assert.deepEqual(sums('今年实施3个民生实事项目，其中“暖心食堂”项目新增社区助餐点26个。'), []);
  });

  it('a lone part of the whole’s own kind larger than the whole is still reported', () => {
    assert.deepEqual(sums('今年实施民生项目2个，其中省级重点项目3个。'), ['2个']);
  });
});

describe('numbers/percent: a share of the group a body has, the body named before 现有', () => {
  it('a share of 科室职工总数 is read over 科室现有职工', () => {
    assert.deepEqual(percents('科室现有职工40名，分为三个班组。全年参加义诊活动的职工28名，占科室职工总数的75%。'), ['75%']);
  });

  it('the share that fits is not reported', () => {
    assert.deepEqual(percents('科室现有职工40名，分为三个班组。全年参加义诊活动的职工28名，占科室职工总数的70%。'), []);
  });

  it('a body named before 现有 that is not the one of the whole is no whole', () => {
    assert.deepEqual(percents('医院现有职工400名。科室全年参加义诊活动的职工28名，占科室职工总数的75%。'), []);
  });
});

describe('numbers/sum: lessons split by the level they were given at, the school’s own included', () => {
  it('组内/校级/县级 lessons short of their total are reported', () => {
    assert.deepEqual(sums('本学期组织听课评课活动，开展观摩课、汇报课共42节，其中组内汇报课27节、校级观摩课10节、县级展示课3节。'), ['42节']);
  });

  it('the same lessons adding up are not', () => {
    assert.deepEqual(sums('本学期组织听课评课活动，开展观摩课、汇报课共40节，其中组内汇报课27节、校级观摩课10节、县级展示课3节。'), []);
  });

  it('the upper rungs of a kind, school level and up, picked out of it are not', () => {
    assert.deepEqual(sums('全年承担研究课题15项，其中校级重点课题4项、县级重点课题2项。'), []);
  });
});

const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

describe('numbers/count: courses counted by 期 after their noun, then named after 分别为', () => {
  it('three courses named for 5期 are reported, the figure after the list notwithstanding', () => {
    assert.deepEqual(counts('全年开设业务培训班5期，分别为新入职员工岗前班、客户经理进阶班、合规风控专题班，累计培训620人次。'), ['5期']);
  });

  it('as many courses as stated are not', () => {
    assert.deepEqual(counts('全年开设业务培训班3期，分别为新入职员工岗前班、客户经理进阶班、合规风控专题班，累计培训620人次。'), []);
  });

  it('a phase of a project (三期项目) is no count', () => {
    assert.deepEqual(counts('加快推进产业园三期项目建设：标准厂房、研发中心、人才公寓、配套道路全部开工。'), []);
  });

  it('a clause after the list counting the rest in the same measure leaves the list open', () => {
    assert.deepEqual(counts('修订完善内控制度5项，分别为费用报销制度、合同管理制度、印章管理制度，其余2项正在征求意见。'), []);
  });
});

describe('numbers/sum on tables grouped under bold rows (a time sheet by stage)', () => {
  const sheet = (dev: string, total: string, mark = '· ') =>
    [
      '## 工时统计',
      '',
      '| 阶段 | 工时（小时） |',
      '|---|---|',
      '| **需求阶段** | **12** |',
      `| ${mark}需求调研 | 8 |`,
      `| ${mark}需求评审 | 4 |`,
      `| **开发阶段** | **${dev}** |`,
      `| ${mark}接口开发 | 32 |`,
      `| ${mark}页面开发 | 20 |`,
      `| ${mark}联调测试 | 10 |`,
      `| **合计** | **${total}** |`,
      '',
    ].join('\n');

  it('a stage whose rows do not add up to it is reported, and so is a total no reading gives', () => {
    assert.deepEqual(sums(sheet('60', '90'), 'markdown'), ['60', '90']);
  });

  it('a sheet that adds up is quiet, its 合计 read over the stages, not over every row', () => {
    assert.deepEqual(sums(sheet('62', '74'), 'markdown'), []);
  });

  it('without list marks, a stage is read as a sum only when another stage adds up', () => {
    assert.deepEqual(sums(sheet('60', '72', ''), 'markdown'), ['60']);
    assert.deepEqual(sums(sheet('60', '72', '').replace('| 需求评审 | 4 |', '| 需求评审 | 5 |'), 'markdown'), []);
  });

  it('bold rows that are not followed by rows of their own are no groups', () => {
    const text = ['| 项目 | 完成数 |', '|---|---|', '| **一季度** | 12 |', '| **二季度** | 15 |', '| **三季度** | 9 |', '| **合计** | **30** |', ''].join('\n');
    assert.deepEqual(sums(text, 'markdown'), ['30']);
  });
});
