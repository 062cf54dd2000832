// What the fifty-seventh held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 57: a title naming two aims over fewer items', () => {
  it('落实“双减”和“五项管理” over three items, the first summing up the five: no count to check', () => {
    const text =
      '一、主要工作\n（三）落实“双减”和“五项管理”\n1.落实作业、睡眠、手机、读物、体质“五项管理”要求，作业时长控制在90分钟以内。\n2.开设课后服务课程38门。\n3.保证每天体育活动1小时。\n（四）做好安全保障\n1.开展应急演练4次。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });
});

describe('round 57: those who took part in two activities', () => {
  const text = (second: string) =>
    `一、主要工作\n2.组织五六年级学生开展研学实践，参与学生860人。\n3.开展安全教育进课堂活动12场次。\n4.${second}，参与学生210人。\n`;
  it('研学实践 … 参与学生860人 / 开设剪纸社团 … 参与学生210人: two groups, no restatement', () => {
    assert.deepEqual(hits(text('开设剪纸、竹编社团5个'), 'numbers/conflict'), []);
  });
  it('…while the same activity named again with another figure still is', () => {
    assert.deepEqual(hits(text('回顾全年研学实践'), 'numbers/conflict'), ['210人']);
  });
});

describe('round 57: a length in minutes and seconds', () => {
  it('从 5 分 10 秒降到 62 秒，缩短 80%: 5 分 is part of the level, no change computed from 10 秒', () => {
    assert.deepEqual(hits('## 构建\n\n- 构建时间从 5 分 10 秒降到 62 秒，缩短 80%。\n', 'numbers/percent', 'markdown'), []);
  });
  it('…while 从 310 秒降到 62 秒，缩短 70% is still computed', () => {
    assert.equal(hits('## 构建\n\n- 构建时间从 310 秒降到 62 秒，缩短 70%。\n', 'numbers/percent', 'markdown').length, 1);
  });
});

describe('round 57: what has been done to date', () => {
  const text = (n: string) =>
    `一、主要工作\n完成老旧小区改造14个，惠及居民2860户。\n二、存在的问题\n老旧小区长效管理不健全，已改造的${n}个小区中有7个尚未引入物业。\n`;
  it("已改造的41个小区 holds every year's, not this year's 14 restated", () => {
    assert.deepEqual(hits(text('41'), 'numbers/conflict'), []);
  });
  it("…while 已改造的12个小区 is fewer than the year's batch: a restatement with another value", () => {
    assert.deepEqual(hits(text('12'), 'numbers/conflict'), ['12个']);
  });
});

describe('round 57: a bracket after the total, a clause of another measure, then 其中', () => {
  const text = (total: string) => `一、主要工作\n全年新增教学设备${total}（套），总价值820万元，其中录播系统2台、智慧黑板36台、实验台12台、其他设备18台。\n`;
  it("2+36+12+18=68, not 70: the bracket of the unit's other name is no gap", () => {
    assert.deepEqual(hits(text('70台'), 'numbers/sum'), ['70台']);
  });
  it('…and 68 adds up', () => {
    assert.deepEqual(hits(text('68台'), 'numbers/sum'), []);
  });
});

describe("round 57: the overview's figures under an aim, held at a level, received", () => {
  it('以建设“书香城区”为目标…，全年到馆读者21.4万人次 / 全年接待到馆读者21.7万人次: one measure, two values', () => {
    const text =
      '2025年，区图书馆以建设“书香城区”为目标，推进总分馆建设，全年到馆读者21.4万人次，外借图书30.2万册次。现总结如下。\n一、主要工作\n（一）阅读服务\n全年接待到馆读者21.7万人次，日均约600人次。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), ['21.7万人次']);
  });
  it('…and no alarm when they agree', () => {
    const text =
      '2025年，区图书馆以建设“书香城区”为目标，推进总分馆建设，全年到馆读者21.4万人次，外借图书30.2万册次。现总结如下。\n一、主要工作\n（一）阅读服务\n全年接待到馆读者21.4万人次，日均约600人次。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
  it('粮食播种面积稳定在48.2万亩 / 全年粮食播种面积48.6万亩: a measure held at a level is stated', () => {
    const text = '2025年，粮食播种面积稳定在48.2万亩，总产量19.6万吨。现总结如下。\n一、主要工作\n全年粮食播种面积48.6万亩，其中水稻30.1万亩。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), ['48.6万亩']);
  });
});

describe('round 57: X and _ inside an identifier', () => {
  it('amss_xxxx 目录 and -D__FILENAME__=tmp.c are names, not blanks', () => {
    const text = '## 编译\n\n如 vendor/source/qcn 目录、amss_xxxx 文件。\n\n> clang -Wall -D__FILENAME__=tmp.c -o tmp.o\n';
    assert.deepEqual(hits(text, 'text/placeholder', 'markdown'), []);
  });
  it('…while P99 从 820ms 降到 XXms still lacks its figure', () => {
    assert.equal(hits('## 性能\n\n- P99 延迟从 820ms 降到 XXms。\n', 'text/placeholder', 'markdown').length, 1);
  });
});

describe('round 57: a page cut in the middle, its kinds of numbering each begun elsewhere', () => {
  const text = (top: string) =>
    `${top}二是执法办案持续加大，查处案件126件。\n三是维权渠道畅通，受理投诉2300件。\n（四）建强宣传阵地\n一是线下宣传覆盖12个乡镇。\n二是线上引导阅读量18万次。\n二、存在的不足\n执法力量不足。\n`;
  it('二是 … （四） … 一是 … 二、: the 一是 starts its own kind; the page began without its 一、', () => {
    assert.deepEqual(hits(text(''), 'outline/sequence'), []);
  });
  it('…while a whole draft that announces its parts and starts at 二、 is still a skip', () => {
    assert.ok(hits(text('现将全年工作总结如下：\n'), 'outline/sequence').length >= 1);
  });
});

describe('round 57: a bracket spelling out a quoted name', () => {
  it("“双百”行动（百名党员进楼宇、百家企业结对社区），结对企业112家: the 百名 and 百家 are the name's words", () => {
    assert.deepEqual(hits('一、主要工作\n开展“双百”行动（百名党员进楼宇、百家企业结对社区），结对企业112家、参与党员136名。\n', 'style/numbers'), []);
  });
  it('…while 参与党员136名，其中青年党员五十名 still mixes forms', () => {
    assert.equal(hits('一、主要工作\n全年参与党员136名，其中青年党员五十名。\n', 'style/numbers').length, 1);
  });
});
