// A draft's file name is part of what it says it is: an engineer's 2023年终总结.md often carries its
// title only in the name, and a 转正述职报告.docx opens straight on its first part.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFiles } from '../server/src/project/check-files';
import { draftName } from '../server/src/project/files';
import { loadSegmenter } from '../server/src/segmenters/index';
import { copyPath } from '../scripts/eval/run-cli';
import { check } from './helpers';

// A year's review with no title line and no shortcomings or plans anywhere: only its name says what it is.
const UNTITLED = `## 前言

这一年换了团队，从零开始接手订单中心的重构，下面按季度回顾一下。

## 数据回顾

- 全年提交代码 1,240 次，合并请求 186 个，评审别人的合并请求 320 个。
- 订单中心接口平均响应时间从 420 ms 降到 180 ms，全年故障 3 次，均在 30 分钟内恢复。
- 主导完成支付回调的幂等改造，覆盖 12 个下游系统，重复扣款投诉从每月 9 起降到 0 起。
- 带了 2 个新人，整理入职文档 14 篇，组内分享 6 次。

## 几件难忘的事

- 三月的一个周五晚上，支付回调积压了 2 万多条，和两位同事在公司守到凌晨三点，把积压一条条补完，没有一笔订单丢失。
- 六月接手了一个没人愿意碰的老模块，读了一个月的代码，画了 30 多张时序图，最后把它拆成了 4 个小服务。
- 十月第一次以面试官的身份参加校园招聘，面了 23 位同学，其中 3 位后来成了组里的同事，看着他们成长很有成就感。

## 读书与生活

- 读完技术书 8 本、闲书 15 本，跑步 620 公里，去了 4 个没去过的城市。
- 周末学做饭，能做的家常菜从 5 道到了 20 多道，年底给家里做了一桌年夜饭。

## 技术上的收获

- 第一次完整地做了一次大系统的拆分，学会了先画清楚数据流再动手，拆分过程中写了 9 篇设计文档，评审会开了 11 次。
- 把订单中心的监控从零搭起来，告警规则 46 条，值班手册 1 份，夜间告警从每周 7 次降到每周 1 次左右。
- 给团队的代码评审定了清单，评审平均耗时从两天缩短到半天，新人第一次提交合并请求的平均时间从 3 周缩短到 1 周。
- 参加了 2 次外部技术大会，在公司内部技术沙龙讲了 1 次支付幂等的实践，会后整理成文章，在内网被转发了 80 多次。

## 后记

写到这里，一年就算过去了。感谢同事们的包容，也感谢家人的支持，这一年过得很充实。
`;

const missing = (text: string, name?: string, kind: 'markdown' | 'text' = 'markdown') =>
  check(text, { kind, name, only: ['structure/missing-section'] }).findings.map((f) => f.message);

describe('a draft titled only by its file name', () => {
  it('is held to a year-end summary’s parts when the name says 年终总结', () => {
    assert.deepEqual(missing(UNTITLED), []);
    const named = missing(UNTITLED, '2023年终总结');
    assert.ok(
      named.some((m) => /计划|打算/.test(m)),
      named.join('\n'),
    );
  });

  it('is not, when the name names no summary (笔记, README)', () => {
    assert.deepEqual(missing(UNTITLED, 'README'), []);
    assert.deepEqual(missing(UNTITLED, '订单中心重构笔记'), []);
  });

  it('holds a 转正述职报告 pasted from Word to a shortcomings part of its own', () => {
    const text = `一、工作情况
试用期三个月里，我参与了客服工单系统的开发，独立完成工单分派、超时提醒两个模块，提交代码约9000行，修复缺陷57个。
二、学习情况
系统学习了公司的开发规范和发布流程，读完《重构》《领域驱动设计》两本书，参加内部培训6次。
三、工作成绩
负责的超时提醒模块上线后，超时工单从每周40余单降到每周8单，客户投诉减少六成，但我的业务经验还不足。
四、未来规划
转正后，我希望继续深耕工单系统，年内完成工单自动分类功能，并把单元测试覆盖率从45%提高到70%。
`;
    assert.deepEqual(missing(text, undefined, 'text'), []);
    const named = missing(text, '转正述职报告', 'text');
    assert.equal(named.length, 1, named.join('\n'));
    assert.match(named[0], /问题|不足/);
  });

  it('reads a first part named 学习计划, with the work after it, as a programme done, not the plans', () => {
    const text = `试用期间，我完成了三项任务：新人学习计划、工单统计功能开发和测试环境迁移。

一、新人学习计划

学习内容包括编程语言基础、消息队列和公司的工单业务三个方面，每周向导师汇报一次。

二、工单统计功能开发

独立开发工单统计报表 6 张，上线后每天为运营同事节省约 2 小时的手工统计。

三、测试环境迁移

把测试环境的 14 台虚拟机迁到容器平台，部署时间从半天缩短到 20 分钟。

四、不足与改进

对业务的整体理解还不够，下一步我会多向业务同事请教，争取明年独立负责一个模块。
`;
    const found = missing(text, '工作总结', 'markdown');
    assert.ok(!found.some((m) => /履行职责情况/.test(m)), found.join('\n'));
  });
});

describe('the CLI passes each draft’s file name', () => {
  it('a Markdown 2023年终总结.md with no title in its text gets its missing parts reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shengao-name-'));
    writeFileSync(join(dir, '2023年终总结.md'), UNTITLED);
    writeFileSync(join(dir, '随手记.md'), UNTITLED);
    const run = await checkFiles([], { cwd: dir, segmenter: loadSegmenter() });
    const by = new Map(run.files.map((f) => [f.path, f.findings.filter((x) => x.ruleId === 'structure/missing-section').length]));
    assert.ok((by.get('2023年终总结.md') ?? 0) > 0, JSON.stringify([...by]));
    assert.equal(by.get('随手记.md'), 0);
  });

  it('names a draft by its file name without folder or extension', () => {
    assert.equal(draftName('/home/王敏/总结/2024年度工作总结.docx'), '2024年度工作总结');
    assert.equal(draftName('C:\\稿件\\述职报告.v2.md'), '述职报告.v2');
    assert.equal(draftName('README'), 'README');
  });
});

describe('eval: a copy is named as honestly as its source allows', () => {
  it('keeps a repository file’s own name and calls everything else draft', () => {
    assert.equal(
      copyPath({ path: 'eval/real/sealed9/r1401-2023年终总结.md', source: 'github:someone/blog/posts/2023年终总结.md@8f71ab11' }),
      'eval/real/sealed9/r1401/2023年终总结.md',
    );
    assert.equal(
      copyPath({ path: 'eval/real/r1506-转正述职报告.txt', source: 'github:someone/notes/转正述职报告.docx@708875b3' }),
      'eval/real/r1506/转正述职报告.txt',
    );
    assert.equal(
      copyPath({ path: 'eval/real/r017-县人社局2023年工作总结.txt', source: 'https://example.gov.cn/art/2024/1/5/art_123.html' }),
      'eval/real/r017/draft.txt',
    );
    assert.equal(copyPath({ path: 'eval/blind/b0101-城关镇2025年工作总结.md', source: 'blind:w1-r01' }), 'eval/blind/b0101/draft.md');
  });
});
