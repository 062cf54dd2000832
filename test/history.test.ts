// history/*: this year's report against last year's (lint's `previous`, the CLI's --previous).
// Two reports of one street office written for the purpose: figures restated wrongly, growth
// rates that do not follow, a passage copied with new numbers, a stale date and a passed deadline.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding } from '../server/src/engine/index';
import { loadSegmenter } from '../server/src/segmenters/index';
import { cli } from '../server/src/cli/cli';
import { pack, project } from './helpers';

const LAST = [
  '2023年度城关街道工作总结',
  '',
  '一、主要工作',
  '（一）抓党的建设。坚持把党的政治建设摆在首位，全年召开党工委理论学习中心组学习会12次。全年新发展党员12名，走访服务企业120家。',
  '（二）抓民生服务。2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点，惠及居民1800户。',
  '（三）抓基层治理。全年化解矛盾纠纷286起，调解成功率96%，实现地区生产总值8.5亿元。',
  '二、存在的问题',
  '网格员队伍不够稳定，专业化水平有待提高。',
  '三、下步工作打算',
  '一是2024年6月底前建成智慧社区平台；二是推动“红色物业”覆盖全部小区。',
].join('\n');

const THIS = [
  '2024年度城关街道工作总结',
  '',
  '一、主要工作',
  '（一）抓党的建设。坚持把党的政治建设摆在首位，全年召开党工委理论学习中心组学习会14次。全年新发展党员15名，较上年的10名增加5名；走访服务企业由去年的120家增加到150家。',
  '（二）抓民生服务。2023年5月，在幸福里、锦绣苑两个小区启动“红色物业”试点，惠及居民2300户。',
  '（三）抓基层治理。全年化解矛盾纠纷312起，同比增长12%，调解成功率98%，较上年提高3个百分点；实现地区生产总值9.35亿元，同比增长10%。',
  '二、存在的问题',
  '社区工作者流动较快，数字化应用能力不足。',
  '三、下步工作打算',
  '一是2024年6月底前建成智慧社区平台；二是2025年底前实现“红色物业”全覆盖。',
].join('\n');

function run(text: string, previous?: string): Finding[] {
  const r = lint(text, {
    kind: 'text',
    config: pack().config,
    segmenter: loadSegmenter(),
    previous: previous === undefined ? undefined : { text: previous, kind: 'text' },
  });
  return r.findings.filter((f) => f.ruleId.startsWith('history/'));
}

function at(text: string, fs: Finding[], rule: string): string[] {
  return fs.filter((f) => f.ruleId === rule).map((f) => text.slice(f.start, f.end));
}

describe('history/* (this year against last year)', () => {
  const found = run(THIS, LAST);

  it('says nothing without last year’s report', () => {
    assert.deepEqual(run(THIS), []);
  });

  it('history/restated: a last-year figure that differs from last year’s report, not one that agrees', () => {
    assert.deepEqual(at(THIS, found, 'history/restated'), ['10名']);
    const f = found.find((x) => x.ruleId === 'history/restated')!;
    assert.match(f.message, /去年的总结（第 4 行）报的是12名/);
  });

  it('history/growth: a rate or a points change that does not follow from the two years, not one that does', () => {
    // 312 vs 286 is 9.09%, not 12%; 98% vs 96% is 2 points, not 3; 9.35亿 vs 8.5亿 is 10% (passes).
    assert.deepEqual(at(THIS, found, 'history/growth'), ['12%', '3个百分点']);
    assert.match(found.find((x) => x.ruleId === 'history/growth')!.message, /\(312−286\)÷286=9\.09%/);
  });

  it('history/copied: a passage copied with only the numbers changed, with last year’s line', () => {
    const copied = found.filter((x) => x.ruleId === 'history/copied');
    assert.deepEqual(
      copied.map((f) => THIS.slice(f.start, f.end).slice(0, 7)),
      ['坚持把党的政治', '2023年5月'],
    );
    assert.match(copied[0].message, /与去年的总结第 4 行雷同，只改了数字/);
    assert.deepEqual(copied[0].data?.change, 'numbers');
    // Rewritten, the passage is no copy; headings repeat by design and are never reported.
    const rewritten = THIS.replace(
      '坚持把党的政治建设摆在首位，全年召开党工委理论学习中心组学习会14次。',
      '围绕学习贯彻全会精神，党工委中心组开展专题学习14次，形成调研报告5篇。',
    );
    assert.deepEqual(
      at(rewritten, run(rewritten, LAST), 'history/copied').map((s) => s.slice(0, 7)),
      ['2023年5月'],
    );
  });

  it('history/copied: one sentence of this year’s statistics, reworded around new figures, is no copy; a long one is', () => {
    const last = '2023年度工作总结\n一、主要工作\n全面推进节能降耗。优化能源结构，清洁能源消费比重提高1.7个百分点，煤炭消费比重下降2个百分点。\n';
    const now = '2024年度工作总结\n一、主要工作\n持续打好蓝天保卫战。优化能源结构，煤炭消费比重下降3.1个百分点，清洁能源消费比重提高2.6个百分点。\n';
    assert.deepEqual(at(now, run(now, last), 'history/copied'), []);
    // The same words with last year's figures kept is a copy.
    const kept = now.replace('下降3.1个百分点，清洁能源消费比重提高2.6个百分点', '下降2个百分点，清洁能源消费比重提高1.7个百分点');
    assert.equal(at(kept, run(kept, last), 'history/copied').length, 1);
  });

  it('history/copied: a link line under an item is no copied passage; an item that is one long sentence over its links is compared', () => {
    const report = (half: string, release: string) =>
      [
        `开发组${half}工作总结`,
        `一、发布专家包${release}正式版，修复了一批用户反馈的问题。`,
        '    下载地址：',
        '    https://www.example.org/downloads/latest.php',
        '二、开发组的公益基金继续公开接受用户捐助，目前支持银行转账与网上支付两种捐助方式。',
        '    链接：',
        '    https://www.example.org/foundation/donate.php',
      ].join('\n') + '\n';
    const last = report('2010年下半年', '1.2');
    const now = report('2011年上半年', '1.3');
    const copied = at(now, run(now, last), 'history/copied');
    assert.deepEqual(
      copied.map((t) => t.slice(0, 8)),
      ['二、开发组的公益'],
    );
  });

  it('history/stale-date: a plan announced for a half-year already over when the report was signed (2011-07-04)', () => {
    const report = (half: string, plan: string, signed: string) =>
      [
        `开发组${half}工作总结`,
        '一、发布专家包1.3正式版，新增对新版编译器的支持。',
        `    ${plan}开发组的计划如下：`,
        '一、发布1.4版。',
        '二、完善帮助文档。',
        '',
        '开发组',
        `    ${signed}`,
      ].join('\n') + '\n';
    const last = report('2010年上半年', '2010 年下半年', '2010-07-02');
    const late = report('2010年下半年', '2011 年上半年', '2011-07-04');
    assert.deepEqual(at(late, run(late, last), 'history/stale-date'), ['2011 年上半年开发组的计划如下：']);
    // Signed in January, the same plan still lies ahead.
    const onTime = report('2010年下半年', '2011 年上半年', '2011-01-08');
    assert.deepEqual(at(onTime, run(onTime, last), 'history/stale-date'), []);
  });

  it('history/copied: says when nothing at all was changed', () => {
    const same = THIS.replace(
      '社区工作者流动较快，数字化应用能力不足。',
      '网格员队伍不够稳定，专业化水平有待提高。本年度继续存在这个问题，需要加以重视和解决。',
    );
    const f = run(same, LAST).filter((x) => x.ruleId === 'history/copied' && same.slice(x.start, x.end).startsWith('网格员'));
    assert.equal(f.length, 0, 'a short sentence alone is no copied passage');
    const longer = LAST.replace('网格员队伍不够稳定，专业化水平有待提高。', '网格员队伍不够稳定，专业化水平有待提高，发现问题、解决问题的能力还需要加强。');
    const g = run(longer.replace('2023年度', '2024年度'), longer).filter((x) => x.ruleId === 'history/copied');
    assert.ok(g.some((x) => /一字未改/.test(x.message)));
  });

  it('history/copied: a numbered item that is one line of content is compared; a title heading text is not', () => {
    const last =
      '2023年度工作总结\n一、主要工作\n（一）抓队伍建设。全年培训网格员4期。\n三、下步工作打算\n1、完成智慧社区平台二期建设，接入全部社区的网格数据、视频监控和物业报修信息。\n';
    const now =
      '2024年度工作总结\n一、主要工作\n（一）抓队伍建设。全年轮训网格员6期，人人过关。\n二、存在的问题\n平台建设滞后。\n三、下步工作打算\n1、完成智慧社区平台二期建设，接入全部社区的网格数据、视频监控和物业报修信息。\n';
    assert.deepEqual(at(now, run(now, last), 'history/copied'), ['1、完成智慧社区平台二期建设，接入全部社区的网格数据、视频监控和物业报修信息。']);
  });

  it('history/growth: an average over years, output at comparable prices and a rate on an adjusted base are not checked against nominal levels', () => {
    const last = [
      '2023年度青石镇工作总结',
      '一、主要工作',
      '全镇实现地区生产总值20亿元，规上工业增加值5亿元。',
      '农民人均可支配收入18000元，一般公共预算收入1亿元，村集体经济收入总额800万元。',
    ].join('\n');
    const now = [
      '2024年度青石镇工作总结',
      '一、主要工作',
      '全镇实现地区生产总值21.4亿元，同比增长5.5%；规上工业增加值5.3亿元，同比增长4%。',
      '农民人均可支配收入19080元，同比增长8%。',
      '一般公共预算收入1.05亿元，按可比口径同比增长8%。',
      '村集体经济收入总额860万元，比上年增加60万元，2021年以来年均增长12%。',
    ].join('\n');
    // 19080 vs 18000 is 6%, not 8%: still found; GDP and 增加值 (real growth), the 可比口径 rate and
    // the three-year average are not nominal changes on last year's figures.
    assert.deepEqual(at(now, run(now, last), 'history/growth'), ['8%']);
    assert.equal(run(now, last).find((f) => f.ruleId === 'history/growth')!.start, now.indexOf('8%'));
  });

  it('a report given at a meeting early in the year, or headed 2024年工作回顾, is about the year it reviews (full-width digits too)', () => {
    // A county's 政府工作报告: last year's gives the day it was delivered (so it reviews 2023), this
    // year's title says 2025 but its review heading says 2024.
    const last = [
      '溪口县人民政府工作报告',
      '——2024年2月27日在溪口县第十八届人民代表大会第四次会议上',
      '一、过去一年工作回顾',
      '全县接待游客450万人次，旅游综合收入38亿元。',
      '二、2024年主要任务',
      '力争接待游客突破500万人次。',
    ].join('\n');
    const now = [
      '溪口县2025年政府工作报告',
      '一、２０２４年工作回顾',
      '全县接待游客520万人次，2023年为410万人次；旅游综合收入43亿元。',
      '二、２０２５年主要任务',
      '力争接待游客突破560万人次。',
    ].join('\n');
    // 2023年 is last year here (the year last year's report reviewed), and it reported 450万人次.
    assert.deepEqual(at(now, run(now, last), 'history/restated'), ['410万人次']);
    const agrees = now.replace('410万人次', '450万人次');
    assert.deepEqual(at(agrees, run(agrees, last), 'history/restated'), []);
  });

  it('history/restated: 由A提高到B in a part reviewing one year starts from last year’s value; not in a review of five years or a sentence naming its years', () => {
    const last = [
      '溪口县人民政府工作报告',
      '一、2023年工作回顾',
      '农村自来水普及率达到90%，森林覆盖率达到61.5%。',
      '二、2024年主要任务',
      '巩固农村供水成果。',
    ].join('\n');
    const now = (review: string, line: string) => ['溪口县人民政府工作报告', review, line, '二、2025年主要任务', '推进城乡供水一体化。'].join('\n');
    const one = now('一、2024年工作回顾', '农村自来水普及率由88%提高到93%，森林覆盖率由61.5%提高到62%。');
    assert.deepEqual(at(one, run(one, last), 'history/restated'), ['88%']);
    const five = now('一、过去五年工作回顾', '农村自来水普及率由88%提高到93%。');
    assert.deepEqual(at(five, run(five, last), 'history/restated'), []);
    const named = now('一、2024年工作回顾', '农村自来水普及率由2020年的88%提高到93%。');
    assert.deepEqual(at(named, run(named, last), 'history/restated'), []);
  });

  it('history/growth: last year’s budget is no level to grow from, and this year’s budget is not checked', () => {
    const last = [
      '青石镇人民政府工作报告',
      '一、2023年工作回顾',
      '全年化解矛盾纠纷286起。',
      '二、2024年主要任务',
      '今年拟安排乡村振兴衔接资金3.2亿元，比上年增加0.3亿元。',
    ].join('\n');
    const now = [
      '青石镇人民政府工作报告',
      '一、2024年工作回顾',
      // Spent 3.4亿元 last year (more than the 3.2 budgeted): +0.2 is right, and nobody can tell from the two reports.
      '全年投入乡村振兴衔接资金3.6亿元，比上年增加0.2亿元；化解矛盾纠纷312起，同比增长12%。',
      '二、2025年主要任务',
      '今年拟安排乡村振兴衔接资金4亿元，比上年增加0.4亿元。',
    ].join('\n');
    // 312 against 286 is +9.1%, not 12%: still found; the budgets are not.
    assert.deepEqual(at(now, run(now, last), 'history/growth'), ['12%']);
    // An amount is said in 亿元/万元, as the writer wrote it.
    const income = [
      last.replace('全年化解矛盾纠纷286起。', '全年一般公共预算收入2.4亿元。'),
      now.replace('；化解矛盾纠纷312起，同比增长12%', '；一般公共预算收入2.9亿元，比上年增加0.3亿元'),
    ];
    const g = run(income[1], income[0]).filter((f) => f.ruleId === 'history/growth');
    assert.deepEqual(
      g.map((f) => income[1].slice(f.start, f.end)),
      ['0.3亿元'],
    );
    assert.match(g[0].message, /2\.9亿元−2\.4亿元=0\.5亿元/);
  });

  it('history/copied: a short sentence of substance carried over word for word (or one word changed) is a copy; a slogan or a statistic with new numbers is not', () => {
    const last = [
      '青石镇人民政府工作报告',
      '一、2023年工作回顾',
      '全年化解矛盾纠纷286起。',
      '二、2024年主要任务',
      '完成镇卫生院发热门诊和住院楼改造工程。坚持稳中求进工作总基调。',
      '全年新增城镇就业1200人。',
    ].join('\n');
    const now = [
      '青石镇人民政府工作报告',
      '一、2024年工作回顾',
      '全年化解矛盾纠纷312起。',
      '二、2025年主要任务',
      '尽快完成镇卫生院发热门诊和住院楼改造工程。坚持稳中求进工作总基调。',
      '全年新增城镇就业1300人。',
    ].join('\n');
    // The plan item (20 Chinese characters, two added) is a copy; the slogan (11 characters) and
    // the statistic with a new number are not.
    assert.deepEqual(at(now, run(now, last), 'history/copied'), ['尽快完成镇卫生院发热门诊和住院楼改造工程。']);
  });

  it('history/copied: last year’s plan quoted in this year’s account of it is follow-through; repeated as this year’s plan it is a copy', () => {
    const item = '建成镇级综合养老服务中心，新增养老床位120张，配齐护理人员，力争年内投入使用。';
    const last = `2023年度青石镇工作总结\n一、主要工作\n全年走访困难群众420户。\n二、下步工作打算\n${item}\n`;
    const reviewed = `2024年度青石镇工作总结\n一、去年计划落实情况\n${item}\n中心已于9月建成，新增床位126张，入住老人58人。\n二、下步工作打算\n推进村级养老服务站全覆盖。\n`;
    assert.deepEqual(at(reviewed, run(reviewed, last), 'history/copied'), []);
    const repeated = `2024年度青石镇工作总结\n一、主要工作\n全年走访困难群众460户。\n二、下步工作打算\n${item}\n`;
    assert.deepEqual(at(repeated, run(repeated, last), 'history/copied'), [item]);
  });

  it('history/copied: a list copied item by item is one passage, even of short items; a record of past years is not', () => {
    const md = (t: string, p: string) =>
      lint(t, { kind: 'markdown', config: pack().config, segmenter: loadSegmenter(), previous: { text: p, kind: 'markdown' } }).findings.filter(
        (f) => f.ruleId === 'history/copied',
      );
    const last =
      '# 2023年度信访工作总结\n\n## 一、数据一览\n\n- 受理来信来访 168 件\n- 办结 160 件\n- 回访满意率 97%（与上年持平）\n\n## 二、历年荣誉\n\n- 2021年：获评市信访工作先进单位\n- 2022年：获评省“枫桥式”派出所\n- 2023年：获评市平安建设先进集体\n';
    const now =
      '# 2024年度信访工作总结\n\n## 一、数据一览\n\n- 受理来信来访 175 件\n- 办结 171 件\n- 回访满意率 98%（较上年提高1个百分点）\n\n## 二、历年荣誉\n\n- 2021年：获评市信访工作先进单位\n- 2022年：获评省“枫桥式”派出所\n- 2023年：获评市平安建设先进集体\n- 2024年：获评省信访工作示范点\n';
    const found = md(now, last);
    assert.deepEqual(
      found.map((f) => now.slice(f.start, f.end)),
      ['受理来信来访 175 件\n- 办结 171 件\n- 回访满意率 98%（较上年提高1个百分点）'],
    );
    assert.match(found[0].message, /与去年的总结第 5—7 行雷同，逐条沿用，只改了数字和括号里的话/);
    // Two items alike are no copied list.
    const two = now.replace('- 办结 171 件\n', '- 当年化解积案 12 件\n');
    assert.deepEqual(md(two, last), []);
  });

  it('history/stale-date: last year’s dated sentence in this year’s work, and a deadline already past', () => {
    assert.deepEqual(at(THIS, found, 'history/stale-date'), ['2023年5月', '2024年6月底前']);
    // A last-year date used as a point of comparison is fine.
    const compared = THIS.replace('2023年5月，在幸福里', '与2023年5月相比，在幸福里');
    assert.deepEqual(at(compared, run(compared, LAST), 'history/stale-date'), ['2024年6月底前']);
  });

  it('history/stale-date: a school year’s report (2023—2024学年) is written in summer; a plan without a year of its own is not judged', () => {
    const school =
      '桐溪中学2023—2024学年度工作总结\n一、主要工作\n全学年开展校本教研32次。\n二、存在的问题\n教研成果转化不足。\n三、下步工作打算\n一是2024年6月底前完成课题结题；二是2024年10月底前建成创客教室。\n';
    assert.deepEqual(at(school, run(school, LAST), 'history/stale-date'), ['2024年6月底前']);
    const untitled = school.replace('桐溪中学2023—2024学年度工作总结', '桐溪中学工作总结');
    assert.deepEqual(at(untitled, run(untitled, LAST), 'history/stale-date'), []);
  });

  it('shengao check --previous runs them; a missing previous report is a usage error', async () => {
    const dir = project({ '2023.txt': LAST, '2024.txt': THIS }, 'shengao-history-');
    let out = '';
    let err = '';
    const io = { cwd: dir, env: { NO_COLOR: '1' }, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
    const code = await cli(['check', '--previous', '2023.txt', '2024.txt', '--format', 'json'], io);
    assert.equal(code, 0, err); // warnings only
    const rules = (JSON.parse(out) as { files: { findings: { ruleId: string }[] }[] }).files[0].findings
      .map((f) => f.ruleId)
      .filter((r) => r.startsWith('history/'));
    assert.deepEqual([...new Set(rules)].sort(), ['history/copied', 'history/growth', 'history/restated', 'history/stale-date']);
    err = '';
    assert.equal(await cli(['check', '--previous', 'nope.txt', '2024.txt'], io), 2);
    assert.match(err, /无法读取去年的总结 nope\.txt/);
  });

  it('check --previous --format html shows the findings, the 数据核对表 and last year’s plans against this draft', async () => {
    const dir = project({ '2023.txt': LAST, '2024.txt': THIS }, 'shengao-history-');
    const io = { cwd: dir, env: { NO_COLOR: '1' }, stdout: { write: () => true }, stderr: { write: () => true } };
    assert.equal(await cli(['check', '--previous', '2023.txt', '2024.txt', '-f', 'html', '-o', 'r.html'], io), 0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    assert.match(html, /<a href="#figures">数据核对表<\/a><a href="#trace-0">去年的工作打算落实情况：2024\.txt<\/a>/);
    assert.match(html, /data-rule="history\/restated"/);
    assert.match(html, /history\/restated <b>不符<\/b>/);
    assert.match(html, /<table class="trace"/);
  });

  it('reads last year’s report from the config (previous:), and never compares it with itself', async () => {
    const dir = project({ '.shengao.yaml': 'extends: work-summary\nprevious: 去年/2023.txt\n', '去年/2023.txt': LAST, '2024.txt': THIS }, 'shengao-history-');
    let out = '';
    const io = { cwd: dir, env: { NO_COLOR: '1' }, stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } };
    assert.equal(await cli(['check', '.', '--format', 'json'], io), 0);
    const files = (JSON.parse(out) as { files: { path: string; findings: { ruleId: string }[] }[] }).files;
    const history = (p: string) => files.find((f) => f.path === p)!.findings.filter((f) => f.ruleId.startsWith('history/')).length;
    assert.ok(history('2024.txt') >= 5);
    assert.equal(history('去年/2023.txt'), 0);
  });

  it('refuses a previous: outside the config’s folder (a workspace cannot make it quote another file)', async () => {
    const outside = project({ 'secret.txt': LAST }, 'shengao-outside-');
    const dir = project({ '.shengao.yaml': `previous: ${join(outside, 'secret.txt')}\n`, '2024.txt': THIS }, 'shengao-history-');
    let err = '';
    const io = { cwd: dir, env: { NO_COLOR: '1' }, stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    assert.equal(await cli(['check', '.'], io), 2);
    assert.match(err, /无法读取去年的总结 .*secret\.txt：.*检查范围之外/);
  });
});
