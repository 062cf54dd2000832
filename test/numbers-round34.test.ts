// numbers/* on the ways of writing that round thirty-four of the evaluation showed the engine misread.
// Sentences are made up; each class has the behaviour it must show and a trap on the other side.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const conflicts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/conflict', { kind }).map((f) => flagged(text, f));
const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));
const percents = (text: string) => run(text, 'numbers/percent').map((f) => flagged(text, f));

describe('numbers/conflict: two sentences of one paragraph, each opened by its own subject', () => {
  const para = (second: string) =>
    `一、基金运行情况\n截至10月底，机关事业单位养老保险征缴收入8630.5万元，待遇支出7420.8万元；统筹累计结余12380.6万元。${second}\n`;

  it('a figure naming nothing but its thing after a ； is of the subject its sentence opens with', () => {
    assert.deepEqual(conflicts(para('城乡居民养老保险征缴收入2210.4万元，待遇支出3050.2万元，累计结余11960.3万元。')), []);
  });

  it('the same subject restated with another value is still reported', () => {
    assert.deepEqual(conflicts(para('经复核，机关事业单位养老保险征缴收入8630.5万元；统筹累计结余11960.3万元。')), ['11960.3万元']);
  });
});

describe('numbers/conflict: things a doing was done on, counted before 的 and the doing', () => {
  it('those updated are some of the rooms there are', () => {
    const text = '## 一、主要工作\n\n- 配合后勤处完成多媒体教室4间、共160套桌椅的更新。\n\n## 二、存在的问题\n\n- 多媒体教室仅6间，公开课排期紧张。\n';
    assert.deepEqual(conflicts(text, 'markdown'), []);
  });

  it('two counts of the rooms there are still conflict', () => {
    const text = '## 一、主要工作\n\n- 学校现有多媒体教室4间，全部接入校园网。\n\n## 二、存在的问题\n\n- 多媒体教室仅6间，公开课排期紧张。\n';
    assert.deepEqual(conflicts(text, 'markdown'), ['6间']);
  });
});

describe('numbers/count: a 、-list saying where a doing was done, its last item closed by 了', () => {
  it('the places are not what is counted', () => {
    assert.deepEqual(counts('今年3月，在东关镇、西河乡和北坡村布置了5个监测点，定期采集土壤墒情数据。'), []);
  });

  it('a list that is what is counted is still checked', () => {
    assert.deepEqual(counts('今年3月，在东关镇设立了土壤、气象、水文三类观测点。'), []);
    assert.deepEqual(counts('今年重点抓好土壤、气象两类观测点建设，其中土壤墒情观测点5个。'), []);
    assert.deepEqual(counts('建成土壤、气象、水文、虫情两类观测点。'), ['两类观测点']);
  });
});

describe('numbers/percent: a rate after two counts both named by its own doing', () => {
  it('this quarter and the year so far are no part and base of the rate', () => {
    assert.deepEqual(percents('三季度开展孕产妇产后访视0.36万人，1—9月累计访视1.02万人，访视率92.4%。'), []);
  });

  it('a rate of the doing over the count of another doing is still checked', () => {
    assert.deepEqual(percents('排查燃气管道漏点1480处，修复1436处，修复率90.2%。'), ['90.2%']);
  });
});

describe('numbers/percent: last year’s level in brackets right after this year’s', () => {
  it('the rate is checked against the bracketed base', () => {
    assert.deepEqual(percents('全年完成健康体检3.45万人次（上年3.12万人次），同比增长9.6%。'), ['9.6%']);
  });

  it('a rate that fits is not reported, nor one after a bracket that is no base', () => {
    assert.deepEqual(percents('全年完成健康体检3.45万人次（上年3.12万人次），同比增长10.6%。'), []);
    assert.deepEqual(percents('全年完成健康体检3.45万人次（其中老年人1.12万人次），同比增长9.6%。'), []);
  });
});

const sums = (text: string) => run(text, 'numbers/sum').map((f) => flagged(text, f));

describe('numbers/sum: 分别 over the places a whole reaches, a clause of another measure between', () => {
  it('the parts are added up against the whole before the aside', () => {
    assert.deepEqual(sums('全年完成退化草场补播1.6万亩，总投资2300万元，分布于东岭、西坪、南塘3个村，面积分别为0.7万亩、0.5万亩、0.3万亩。'), ['1.6万亩']);
  });

  it('parts that add up, or a count of places that is not theirs, stay quiet', () => {
    assert.deepEqual(sums('全年完成退化草场补播1.6万亩，总投资2300万元，分布于东岭、西坪、南塘3个村，面积分别为0.7万亩、0.5万亩、0.4万亩。'), []);
    assert.deepEqual(sums('全年完成退化草场补播1.6万亩，总投资2300万元，分布于东岭、西坪、南塘4个村，面积分别为0.7万亩、0.5万亩、0.3万亩。'), []);
  });
});
