// numbers/conflict and numbers/percent on what real drafts write (issue 13, §3 items 7, 8, 10):
// flagged cases and the traps next to them. All sentences are made up for these tests.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/conflict on real drafts', () => {
  it('identifies a figure by its whole measure phrase, light verbs aside', () => {
    assert.deepEqual(conflicts('全年实现地方财政收入2.6亿元，同比增长6%。\n从收入结构看，地方财政收入完成2.8亿元，税收占比提高。'), ['2.8亿元']);
    assert.deepEqual(conflicts('实现地方财政收入2.6亿元。\n一年来，全年实现地方财政收入2.9亿元。'), ['2.9亿元']);
  });

  it('reads an attributive restatement as the same figure', () => {
    assert.deepEqual(conflicts('街道新招聘的16名网格员已全部持证上岗。\n全年招聘网格员18名，充实基层力量。'), ['18名']);
  });

  it('compares Chinese numerals with digits', () => {
    assert.deepEqual(conflicts('全年新发展党员十五名。\n严把入口关，全年发展党员17名。'), ['17名']);
    assert.deepEqual(conflicts('全年新发展党员十五名。\n严把入口关，全年发展党员15名。'), []);
  });

  it('stays silent on the same verb spent on different things', () => {
    assert.deepEqual(conflicts('投资45万元改造村级活动场所。\n投资80万元硬化通组道路。'), []);
    assert.deepEqual(conflicts('投资3.5亿元的新材料产业园项目已开工。\n投资1.2亿元的冷链物流项目已完成主体。'), []);
  });

  it('stays silent on opposite actions and per-unit figures', () => {
    assert.deepEqual(conflicts('全年新增参保居民420人。\n全年退保居民95人。'), []);
    assert.deepEqual(conflicts('为困难老人发放护理补贴，每人每月补贴200元。\n全年发放护理补贴3.6万元。'), []);
    assert.deepEqual(conflicts('发放护理补贴200元/人，全年发放护理补贴3.6万元。'), []);
  });

  it('stays silent on two values compared in one sentence and on different periods', () => {
    assert.deepEqual(conflicts('计划招聘网格员20名，实际招聘网格员18名。'), []);
    assert.deepEqual(conflicts('一季度接待来访群众300人次。\n全年接待来访群众1260人次。'), []);
    assert.deepEqual(conflicts('2023年发展党员12名。\n2024年发展党员15名。'), []);
  });

  it('reads a restatement in the problems part against the batch it refers back to', () => {
    const text = '一、主要工作\n（一）农田建设。全年新建高标准农田2.4万亩，完成任务的100%。\n二、存在的问题\n一是新建的2.6万亩高标准农田管护责任尚未压实。\n';
    assert.deepEqual(conflicts(text), ['2.6万亩']);
    const party = '一、主要工作\n全年新发展党员8名，确定入党积极分子12名。\n二、存在的问题\n对新发展的7名党员的培养教育还不够系统。\n';
    assert.deepEqual(conflicts(party), ['7名']);
  });

  it('does not read targets of the next-steps part or of a plan as restatements', () => {
    const text = '一、主要工作\n全年新改建农村公路42公里。\n二、存在的问题\n道路养护资金不足。\n三、下步打算\n新改建农村公路35公里。\n';
    assert.deepEqual(conflicts(text), []);
    assert.deepEqual(conflicts('全年专利授权6项。\n年度目标：专利授权9项。'), []);
  });

  it('tells apart things whose modifiers the segmenter splits off', () => {
    assert.deepEqual(conflicts('有效客户达到86.5万户。\n手机银行月活客户41.2万户。'), []);
    assert.deepEqual(conflicts('注册志愿服务队伍1,280支。\n新建专业志愿服务队伍90支。'), []);
  });

  it('keeps an approximate numeral with a compound unit as one figure', () => {
    assert.deepEqual(conflicts('全年开展健康义诊，服务群众近千人次。\n开展健康义诊，服务群众960人次。'), []);
    assert.deepEqual(conflicts('举办读书分享会近十场。\n全年举办读书分享会12场。'), []);
  });
});

describe('numbers/percent on real drafts', () => {
  it('reads 比上年的A增长X% with A as the base', () => {
    assert.deepEqual(percents('全年实现营业收入6.6亿元，比上年的6亿元增长10%。'), []);
    assert.deepEqual(percents('全年实现营业收入6.6亿元，比上年的6亿元增长12%。'), ['12%']);
    assert.deepEqual(percents('全年接诊门诊患者23.4万人次，较上年的21.6万人次增长8.3%。'), []);
    assert.deepEqual(percents('本科上线 356 人，较上年的 320 人增长 13.2%。'), ['13.2%']);
    const [f] = run('全年实现营业收入6.6亿元，比上年的6亿元下降10%。', 'numbers/percent');
    assert.match(f.message, /实为增长/);
  });

  it('reports % where 个百分点 is meant, even when the relative change would round the same', () => {
    assert.deepEqual(percents('群众满意度由94%提高到97%，提高了3%。'), ['3%']);
    assert.deepEqual(percents('空气优良率达到91%，较上年的87%提高4%。'), ['4%']);
    assert.deepEqual(percents('网上办件率由40%提高到50%，提高了25%。'), []);
  });

  it('checks 占…的X% against a whole named in the sentence or stated earlier', () => {
    assert.deepEqual(percents('全年办结事项 172 件，完成年度计划 200 件的 90%。'), ['90%']);
    assert.deepEqual(percents('全年办结事项 172 件，完成年度计划 200 件的 86%。'), []);
    assert.deepEqual(percents('全县登记志愿者4.2万人，占常住人口（52万人）的8.1%。'), []);
    assert.deepEqual(percents('全县登记志愿者4.2万人，占常住人口（52万人）的9.1%。'), ['9.1%']);
    assert.deepEqual(percents('签约家庭医生服务对象3.6万人。\n其中重点人群2.7万人，占签约服务对象的75%。'), []);
    assert.deepEqual(percents('家庭医生签约对象3.6万人。\n今年新增重点人群2.4万人，占签约对象的75%。'), ['75%']);
    // No whole to be found, or a change rather than a share: nothing is said.
    assert.deepEqual(percents('新增重点人群2.4万人，占全市的12%。'), []);
    assert.deepEqual(percents('新增重点人群2.4万人，比上年增长12%。'), []);
  });

  it('checks a rate over the two counts of its sentence, either way round', () => {
    assert.deepEqual(percents('科室11人参加考试，合格8人，合格率达6%。'), ['6%']);
    assert.deepEqual(percents('科室11人参加考试，合格8人，合格率达72.7%。'), []);
    assert.deepEqual(percents('年初计划建设便民驿站15个，实际建成18个，完成率120%。'), []);
    // A rate named for the group the smaller count names is of that group (its size is not given).
    assert.deepEqual(percents('全镇家庭医生签约服务2.8万人，其中慢病患者签约0.9万人，慢病患者签约率76.5%。'), []);
    assert.deepEqual(percents('全镇家庭医生签约服务2.8万人，其中慢病患者签约0.9万人，签约率76.5%。'), ['76.5%']);
  });

  it('accepts what rounds or cuts to the stated precision, and asks whether the base allows it', () => {
    assert.deepEqual(percents('支部共有党员8名，其中女党员占37%。'), []);
    assert.deepEqual(percents('支部共有党员8名，其中女党员占37.5%。'), []);
    assert.deepEqual(percents('支部共有党员8名，其中女党员占40%。'), ['40%']);
    assert.deepEqual(percents('共有党员120名，其中女党员占40%。'), []);
    assert.deepEqual(percents('科室6名医生中，副高以上职称占50%。'), []);
    assert.deepEqual(percents('科室6名医生中，副高以上职称占40%。'), ['40%']);
    // The count is not the whole of the share: 示范岗 are not the teachers.
    assert.deepEqual(percents('设立党员示范岗10个，任课教师中党员占68%。'), []);
    assert.deepEqual(percents('全年共发展党员30名，其中青年党员20名，占比67%。'), []);
    assert.deepEqual(percents('全年共发展党员30名，其中青年党员20名，占比66.7%。'), []);
  });

  it('checks a progress bar against its percentage', () => {
    assert.deepEqual(percents('数据治理进度：██████░░░░ 60%'), []);
    assert.deepEqual(percents('数据治理进度：██████░░░░ 90%'), ['90%']);
    assert.deepEqual(percents('数据治理进度 [▰▰▰▰▰▰▰▱▱▱] 70%'), []);
  });
});
