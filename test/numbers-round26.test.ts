// numbers/* on the ways of writing that round twenty-six of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));

describe('numbers/percent: a share of the group’s total is of the stock the body has of it', () => {
  const text = '机关第一党支部现有党员32名，其中正式党员29名、预备党员3名。全年到社区报到参加志愿服务的党员29名，占党员总数的95%，累计服务400余小时。';

  it('29 of the 32 members the branch has is not 95% (the 29 full members are not the whole)', () => {
    assert.deepEqual(percents(text), ['95%']);
  });

  it('the share of the stock, right, is quiet', () => {
    assert.deepEqual(percents(text.replace('95%', '90.6%')), []);
  });
});

describe('numbers/percent: a percent sign and 点 at once', () => {
  it('8%点 after a comparison of rates is 8个百分点 half written', () => {
    assert.deepEqual(percents('今年网点的客户满意率比去年高了8%点，在全市排名第三。'), ['8%']);
  });

  it('点 starting a word of its own (点击率) and 个百分点 written out are quiet', () => {
    assert.deepEqual(percents('首页推荐位的5%点击率来自新上线的活动入口。'), []);
    assert.deepEqual(percents('今年网点的客户满意率比去年高了8个百分点，在全市排名第三。'), []);
  });
});

describe('numbers/sum: the parts of a rise written as rises', () => {
  it('新增贷款 split into 个人贷款增加 and 对公贷款增加 that fall short is reported', () => {
    assert.deepEqual(sums('全年新增贷款3.4亿元，其中个人贷款增加2.1亿元，对公贷款增加1.1亿元。'), ['3.4亿元']);
  });

  it('a part compared with last year (比上年增加) is no part', () => {
    assert.deepEqual(sums('全年新增贷款3.4亿元，其中个人贷款比上年增加2.1亿元，对公贷款增加1.1亿元。'), []);
  });

  it('储蓄 is the persons’ side of deposits against 对公', () => {
    assert.deepEqual(sums('全年新增存款5.6亿元，其中储蓄存款3.1亿元、对公存款2.3亿元。'), ['5.6亿元']);
    assert.deepEqual(sums('全年新增存款5.6亿元，其中储蓄存款3.3亿元、对公存款2.3亿元。'), []);
  });
});

describe('numbers/sum: subjects of 分别 counted by a doing of their own', () => {
  it('规范管理人数 of two kinds of patients does not break down the check-ups before them', () => {
    assert.deepEqual(sums('全年为辖区居民免费体检9800人，高血压、糖尿病患者规范管理人数分别为2100人、860人。'), []);
  });

  it('a count of the total’s own doing (培训人数 after 共培训) still breaks it down', () => {
    assert.deepEqual(sums('全年共培训农民1260人次，种植、养殖培训人数分别为700人次、500人次。'), ['1260人次']);
  });
});

describe('numbers/sum: one part stated as a share of another', () => {
  const text = '学院现有教职工320人，其中专任教师260人、“双师型”教师150人';

  it('双师型教师占专任教师的 says the one lies inside the other: the parts do not add', () => {
    assert.deepEqual(sums(`${text}，“双师型”教师占专任教师的57.7%。`), []);
  });

  it('without it, parts over the whole are reported', () => {
    assert.deepEqual(sums(`${text}。`), ['320人']);
  });
});

describe('numbers/conflict: a table row’s unit in 万', () => {
  const table = (figure: string) =>
    `# 总结\n\n| 指标 | 年度计划 | 实际完成 |\n|---|---|---|\n| 新增发卡（万张） | 2.0 | 2.4 |\n\n全年新增发卡${figure}，透支余额3.1亿元。\n`;

  it('2.4 in a row of 万张 against 2.2万张 in prose is reported', () => {
    assert.deepEqual(conflicts(table('2.2万张'), 'markdown'), ['2.2万张']);
  });

  it('the same figure is quiet, and a money row of the whole does not meet one business’s 收入', () => {
    assert.deepEqual(conflicts(table('2.4万张'), 'markdown'), []);
    assert.deepEqual(
      conflicts(
        '# 总结\n\n| 指标 | 上年 | 本年 |\n|---|---|---|\n| 营业收入（亿元） | 10.2 | 12.5 |\n\n物流板块全年实现收入4.2亿元，占公司营业收入的33.6%。\n',
        'markdown',
      ),
      [],
    );
  });
});

describe('numbers/conflict: 任务为 sets a target', () => {
  it('a quarter’s 贷款净增 is no restatement of the year’s task', () => {
    assert.deepEqual(
      conflicts(
        '一季度，支行以开门红为主线，全年任务为存款净增4亿元、贷款净增2亿元。\n（二）信贷投放\n一季度发放贷款210笔、金额1.6亿元；到期收回9800万元，贷款净增6200万元。',
      ),
      [],
    );
  });

  it('the year’s 贷款净增 stated twice differently is still reported', () => {
    assert.deepEqual(conflicts('全年贷款净增2亿元，存款净增4亿元。\n二、存在的问题\n全年贷款净增1.8亿元，低于上年。'), ['1.8亿元']);
  });
});

describe('numbers/conflict: a 把-figure restated by the verb that moved it', () => {
  const text = (back: string) =>
    `# 年终总结\n\n全年把 60 个业务系统从机房迁到云平台，迁移后机房面积缩减一半。\n\n## 存在的不足\n\n- ${back}里，有 8 个还没有接入统一监控。\n`;

  it('迁移的 62 个系统 against 把 60 个业务系统…迁到 is reported', () => {
    assert.deepEqual(conflicts(text('今年迁移的 62 个系统'), 'markdown'), ['62 个']);
  });

  it('the same figure, or systems another verb made (新建的), are quiet', () => {
    assert.deepEqual(conflicts(text('今年迁移的 60 个系统'), 'markdown'), []);
    assert.deepEqual(conflicts(text('今年新建的 62 个系统'), 'markdown'), []);
  });
});

describe('numbers/conflict: projects above two floors of money', () => {
  it('5000万元以上 and 亿元以上 projects are two sets', () => {
    assert.deepEqual(conflicts('一、项目建设\n全年实施5000万元以上工业项目48个，完成投资36.2亿元。\n新开工亿元以上工业项目17个，竣工投产9个。'), []);
  });

  it('the same floor stated twice differently is reported', () => {
    assert.deepEqual(
      conflicts('一、项目建设\n全年实施亿元以上工业项目48个，完成投资36.2亿元。\n二、存在的问题\n全年实施的亿元以上工业项目46个中，有9个进度滞后。'),
      ['46个'],
    );
  });
});

describe('numbers/conflict: those the same batches of training reached', () => {
  const text = (back: string) =>
    `一、主要工作\n全年举办种养技术培训班12期，培训农户860人次，其中女性农户310人次。\n二、存在的问题\n一是培训内容针对性不强，今年${back}，部分课程实用性不足。`;

  it('12期培训累计覆盖农户880人次 against 12期 that trained 860人次 is reported', () => {
    assert.deepEqual(conflicts(text('12期培训累计覆盖农户880人次')), ['880人次']);
  });

  it('another count of batches, or the same figure, is quiet', () => {
    assert.deepEqual(conflicts(text('10期培训累计覆盖农户880人次')), []);
    assert.deepEqual(conflicts(text('12期培训累计覆盖农户860人次')), []);
  });
});
