// numbers/* on the ways of writing that round five of the evaluation showed the engine misread:
// a counted group of kinds before 分别, a split by kind in the sentence after the level, a batch
// restated by its head noun, a table's unit-ending row label, subsets that are not the whole,
// a count framed 从…方面, shares of 总数 and of a plan. Sentences are made up; each class has the
// defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sum = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind }).map((f) => f.message);
const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/sum: the kinds 分别 spreads over, counted', () => {
  const text = '全年共举办家政服务培训860人次，母婴护理、养老护理、家居保洁三个专业分别为310、270、300人次。';

  it('the count of kinds (三个专业) is not the total; the 共 figure before it is', () => {
    assert.deepEqual(sum(text), ['310+270+300=880，与“共860人次”不符（分项之和大于合计）。']);
    assert.deepEqual(sum(text.replace('860人次', '880人次')), []);
  });

  it('分别 with the total’s own verb (分别培训) distributes like 分别为', () => {
    const own = '全年共培训家政从业人员860人次，母婴护理、养老护理、家居保洁三个专业分别培训310人次、270人次和300人次。';
    assert.equal(sum(own).length, 1);
    assert.deepEqual(sum(own.replace('860人次', '880人次')), []);
    // Another verb after 分别 says something else of the kinds: no breakdown of the total.
    assert.deepEqual(sum(own.replace('分别培训', '分别结业')), []);
  });

  it('a count of kinds that does not match the figures leaves the reading unsure', () => {
    assert.deepEqual(sum(text.replace('家居保洁三个专业', '家居保洁、月嫂四个专业')), []);
  });
});

describe('numbers/sum: a split by kind in the sentence after the level', () => {
  const loans = '年末各项存款余额52.6亿元，较年初增加3.8亿元。分类型看，储蓄存款31.2亿元、对公存款17.9亿元、同业存款2.8亿元。';

  it('分类型看 breaks down the one level of the sentence before (the change is no level)', () => {
    assert.deepEqual(sum(loans), ['31.2+17.9+2.8=51.9，与“52.6亿元”不符。']);
    assert.deepEqual(sum(loans.replace('52.6亿元', '51.9亿元')), []);
  });

  it('parts over the level are wrong whatever their names', () => {
    const over = '全年实现营业收入6.4亿元。按板块分，园区运营3.9亿元、物业管理1.8亿元、市政养护0.9亿元。';
    assert.equal(sum(over).length, 1);
    assert.deepEqual(sum(over.replace('6.4亿元', '6.6亿元')), []);
  });

  it('traps: a large shortfall names the main kinds only; a split by time is not a sum of balances; two levels say nothing', () => {
    assert.deepEqual(sum(loans.replace('52.6亿元', '60.6亿元')), []);
    assert.deepEqual(sum('年末贷款余额29.4亿元。分季度看，一季度末26.1亿元、二季度末27.3亿元、三季度末28.6亿元。'), []);
    assert.deepEqual(sum('年末存款余额52.6亿元，贷款余额41.3亿元。分类型看，储蓄存款31.2亿元、对公存款17.9亿元、同业存款2.8亿元。'), []);
  });
});

describe('numbers/conflict: a batch restated by its head noun, a table and its prose', () => {
  it('新招聘的12名协管员 restates 招聘交通协管员14名 (same verb, the head noun)', () => {
    const text = ['全年面向社会招聘交通协管员14名，充实到各中队。', '新招聘的12名协管员全部参加了岗前培训。'].join('\n');
    assert.deepEqual(conflicts(text), ['12名']);
    assert.deepEqual(conflicts(text.replace('12名', '14名')), []);
    // Another verb is another batch; a two-character head (队员) is too general to tell.
    assert.deepEqual(conflicts(text.replace('新招聘的', '新派驻的')), []);
  });

  it('a figure restated as the subject of what was done (新上线的9个系统) after 上线新系统', () => {
    const text = ['全年上线新服务8个，停用老旧服务3个。', '新上线的9个服务都已纳入统一监控。'].join('\n');
    assert.deepEqual(conflicts(text), ['9个']);
    assert.deepEqual(conflicts(text.replace('9个', '8个')), []);
  });

  it('a table row whose label ends in its unit (住院手术台次) against the prose, reported where the prose is', () => {
    const md = [
      '| 指标 | 2025年 | 2024年 |',
      '|---|---|---|',
      '| 门诊人次 | 98,600 | 91,200 |',
      '| 住院手术台次 | 2,150 | 1,980 |',
      '',
      '全年完成住院手术2,510台次，日间手术占比18.2%。',
      '',
    ].join('\n');
    assert.deepEqual(conflicts(md, 'markdown'), ['2,510台次']);
    assert.deepEqual(conflicts(md.replace('2,510台次', '2,150台次'), 'markdown'), []);
  });

  it('traps: a narrower kind (食品违法案件) is part of all cases; 仍有N家…未… counts those who did not', () => {
    const cases = ['三是食品安全。全年查处食品违法案件35件。', '全年查处违法案件286件，罚没款152万元。'].join('\n');
    assert.deepEqual(conflicts(cases), []);
    // The same measure stated twice still conflicts.
    assert.deepEqual(conflicts(cases.replace('食品违法案件35件', '违法案件35件')), ['286件']);
    const members = ['年末协会会员企业达到214家，较年初净增18家。', '会费收缴不及时，年末仍有19家会员企业未缴纳年度会费。'].join('\n');
    assert.deepEqual(conflicts(members), []);
  });
});

describe('numbers/conflict: the year’s whole written with its digits transposed', () => {
  const text = ['全年完成销售收入4.73亿元，为年度计划的105%。', '（三）经营管理', '全年累计实现产品销售收入4.37亿元，回款3.9亿元。'].join('\n');

  it('the same digits in another order, both the year’s whole, one name inside the other', () => {
    assert.deepEqual(conflicts(text), ['4.37亿元']);
    assert.deepEqual(conflicts(text.replace('4.37亿元', '4.73亿元')), []);
  });

  it('traps: other digits are a part; a change or no whole claim says nothing; two digits are too few', () => {
    // 产品销售收入 may be a part of 销售收入: without the swapped digits nothing is sure.
    assert.deepEqual(conflicts(text.replace('4.37亿元', '4.12亿元')), []);
    assert.deepEqual(conflicts(text.replace('全年累计实现', '其中实现')), []);
    assert.deepEqual(conflicts(['全年完成投资5.3亿元。', '全年完成工业投资3.5亿元。'].join('\n')), []);
    // Different things altogether.
    assert.deepEqual(conflicts(['全年完成销售收入4.73亿元。', '全年累计上缴税金4.37亿元。'].join('\n')), []);
  });
});

describe('numbers/count: a count framed 从A、B、C…方面', () => {
  const doc = (lead: string) =>
    [
      '年度个人工作总结',
      '一、工作回顾',
      `本人${lead}进行总结：`,
      '（一）客户服务：提升服务质效',
      '全年走访客户120户。',
      '（二）合规管理：守住风险底线',
      '全年未发生差错。',
    ].join('\n');

  it('the named list is what the count counts, not the headings that follow (a draft may stop early)', () => {
    assert.deepEqual(counts(doc('从客户服务、合规管理、能力提升三个方面')), []);
    assert.deepEqual(counts(doc('从客户服务、合规管理、能力提升四个方面')), ['四个方面']);
  });

  it('without a named list the headings are still counted', () => {
    assert.deepEqual(counts(doc('从三个方面')), ['三个方面']);
    assert.deepEqual(counts(doc('从两个方面')), []);
  });
});

describe('numbers/percent: shares of 总数 and of a plan', () => {
  it('占总数 is of the group the sentence counts out (…中)', () => {
    const ok = '全社区36名网格员中，大专以上学历的14人，占总数39%，45岁以下的20名，占总数的56%，党员9名，占总数25%。';
    assert.deepEqual(percents(ok), []);
    assert.deepEqual(percents(ok.replace('占总数39%', '占总数29%')), ['29%']);
    // 9÷36 is 25%; 26% can be no number of the 36.
    assert.deepEqual(percents(ok.replace('占总数25%', '占总数26%')), ['26%']);
  });

  it('traps: no group counted out of, and 总数 is not sure', () => {
    assert.deepEqual(percents('大专以上学历的14人，占总数29%。'), []);
    assert.deepEqual(percents('社区共有网格员36名，大专以上学历的14人，占总数29%。'), []);
  });

  it('a share of a target may run over 100%', () => {
    const ok = '全年完成固定资产投资5.28亿元，为年度目标4.8亿元的110%。';
    assert.deepEqual(percents(ok), []);
    assert.deepEqual(percents(ok.replace('110%', '114%')), ['114%']);
    // A whole that is no plan or target stays below the part only by mistake of reading: silent.
    assert.deepEqual(percents('全年完成固定资产投资5.28亿元，为上年4.8亿元的114%。'), []);
  });
});
