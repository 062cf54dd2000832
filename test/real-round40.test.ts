// What the fortieth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 40: months named in headings are no outline', () => {
  const seq = (body: string) => hits(`# 2026 年终总结\n\n${body}\n`, 'outline/sequence', 'markdown');
  const months = (titles: string[]) => titles.map((t) => `## ${t}\n\n这个月主要在做接口重构，周末去爬了两次山。`).join('\n\n');

  it('## 五、六月 and ## 九、十、十一月 between ## 四月 and ## 十二月 name months, not items five and nine', () => {
    assert.deepEqual(seq(months(['一月', '二月', '三月', '四月', '五、六月', '七、八月', '九、十、十一月', '十二月'])), []);
  });

  it('a numbered outline still goes on: ## 三、四季度工作计划 is item three, and ## 四、五月 after ## 二、 skips one', () => {
    assert.deepEqual(seq(months(['一、上半年回顾', '二、存在的不足', '三、四季度工作计划'])), []);
    assert.equal(seq(months(['一、上半年回顾', '二、存在的不足', '四、下半年打算'])).length, 1);
  });
});

describe('round 40: blanks that are not blanks', () => {
  const blank = (s: string) => hits(`# 2026 年终总结\n\n## 回顾\n\n${s}\n`, 'text/placeholder', 'markdown');

  it('bold Markdown cannot close after 。 or ？ is bold, not a ** blank; **人 and **同志 pasted as plain text stay blanks', () => {
    assert.deepEqual(blank('年底最开心的是桌游。**人怎么可以这么喜欢玩桌游？**下半年认识了好多新朋友。'), []);
    assert.deepEqual(blank('翻了翻总结的定义：**对一年来的工作进行回顾和分析，找出经验和教训。**我想，那就放开写吧。'), []);
    // (In Markdown that pair is bold; pasted from Word it is two blanks.)
    assert.deepEqual(hits('一、主要工作\n全年共**人参加培训，其中党员**人。\n', 'text/placeholder'), ['**', '**']);
  });

  it('万一xxx怎么办 and 就要考xx分 suppose a thing; 完成xx项 leaves a figure out', () => {
    assert.deepEqual(blank('那段时间总担心，万一xxx怎么办。高中时想的是就要考xx分，就要考xx大学。'), []);
    assert.deepEqual(blank('如果XX项目延期，就先上线核心功能。'), []);
    assert.deepEqual(blank('今年完成xx项目验收，共计xx人参与。'), ['xx', 'xx']);
  });
});

describe('round 40: a plan set on this year’s level restates it', () => {
  const conflict = (a: string, b: string) =>
    hits(`一、主要工作\n（一）${a}\n二、存在的问题\n学习形式比较单一，个别党员参学不够主动。\n三、下步打算\n（一）${b}\n`, 'numbers/conflict');

  it('组织集中学习20次 … 在今年开展集中学习22次的基础上: the same sessions, held by either verb', () => {
    assert.equal(conflict('加强理论武装。全年组织集中学习20次，专题研讨6次。', '在今年开展集中学习22次的基础上，进一步丰富学习形式。').length, 1);
    assert.deepEqual(conflict('加强理论武装。全年组织集中学习20次，专题研讨6次。', '在今年开展集中学习20次的基础上，进一步丰富学习形式。'), []);
    // (The plan's own count of sessions next year is a target, not this year's level.)
    assert.deepEqual(conflict('加强理论武装。全年组织集中学习20次，专题研讨6次。', '明年计划开展集中学习24次，进一步丰富学习形式。'), []);
  });

  it('完成授信村38个 … 在今年已完成授信村41个的基础上: this year’s level of a doing, stated again', () => {
    assert.equal(conflict('深耕普惠金融。完成授信村38个，授信农户1.26万户。', '在今年已完成授信村41个的基础上，实现全辖行政村全覆盖。').length, 1);
    assert.deepEqual(conflict('深耕普惠金融。完成授信村38个，授信农户1.26万户。', '在今年已完成授信村38个的基础上，实现全辖行政村全覆盖。'), []);
  });
});

describe('round 40: terms', () => {
  it('口没遮拦', () => {
    assert.deepEqual(hits('一、主要工作\n开会时说话口没遮拦，事后才觉得不妥。\n', 'terms/preferred'), ['口没遮拦']);
  });
});

describe('round 40: a PSP 2.1 table grouped by its names alone', () => {
  const sums = (rows: [string, number][]) =>
    hits(
      `# 课程项目个人总结\n\n## PSP 表\n\n| PSP2.1 | 耗时(h) |\n| --- | --- |\n${rows.map(([l, v]) => `| ${l} | ${v} |`).join('\n')}\n`,
      'numbers/sum',
      'markdown',
    );

  it('Development 30 over steps of 24, Reporting 6 over 5, Sum 50 over 4+30+6=40: three slips, no bold needed', () => {
    const found = sums([
      ['Planning', 4],
      ['Estimate', 4],
      ['Development', 30],
      ['Analysis', 6],
      ['Design', 5],
      ['Coding', 10],
      ['Test', 3],
      ['Reporting', 6],
      ['Size Measurement', 2],
      ['Postmortem & Process Improvement Plan', 3],
      ['Sum', 50],
    ]);
    assert.equal(found.length, 3);
  });

  it('a table that adds up, and one whose total holds when Reporting is read as one more step, pass', () => {
    const good: [string, number][] = [
      ['Planning', 4],
      ['Estimate', 4],
      ['Development', 24],
      ['Analysis', 6],
      ['Design', 5],
      ['Coding', 10],
      ['Test', 3],
      ['Reporting', 5],
      ['Size Measurement', 2],
      ['Postmortem & Process Improvement Plan', 3],
      ['Sum', 33],
    ];
    assert.deepEqual(sums(good), []);
    // (Planning 2 with no step under it; Reporting 1 written beside its steps 2+2, all summed: 2+24+1+4=31.)
    assert.deepEqual(
      sums([
        ['Planning', 2],
        ['Development', 24],
        ['Analysis', 6],
        ['Design', 5],
        ['Coding', 10],
        ['Test', 3],
        ['Reporting', 1],
        ['Size Measurement', 2],
        ['Postmortem', 2],
        ['Summary', 31],
      ]),
      [],
    );
  });

  it('a table with a row no PSP names is not read as one', () => {
    assert.deepEqual(
      sums([
        ['Planning', 4],
        ['Estimate', 4],
        ['Development', 30],
        ['Analysis', 6],
        ['Design', 5],
        ['Meetings', 10],
        ['Reporting', 5],
        ['Postmortem', 3],
      ]),
      [],
    );
  });
});

describe('XX set off by spaces in an engineer’s review', () => {
  const blank = (s: string) => hits(`# 2025 年终总结\n\n## 工作\n\n${s}\n`, 'text/placeholder', 'markdown');

  it('在 XX 公司 and “一口气看完 XXX” leave a thing unnamed on purpose', () => {
    assert.deepEqual(blank('最大的一次事故是当年在 XX 公司，一个 bug 让 xx 用户多扣了钱。'), []);
    assert.deepEqual(blank('下班回家就边看“一口气看完 XXX”边打游戏。'), []);
  });

  it('共 XX 人, 得分 XX 分 and XX 市 still leave a figure or a place out', () => {
    assert.deepEqual(blank('本次演练共 XX 人参加，测评得分 XX 分。'), ['XX', 'XX']);
    assert.deepEqual(blank('与 XX 市第一医院签订了合作协议。'), ['XX']);
  });
});

describe('round 42: a date left as 9 月 XX 日 in an engineer’s review is still a blank', () => {
  it('2025 年 9 月 XX 日', () => {
    assert.deepEqual(hits('# 项目复盘\n\n## 结论\n\n二期计划于 2025 年 9 月 XX 日上线。\n', 'text/placeholder', 'markdown'), ['XX']);
  });
});
