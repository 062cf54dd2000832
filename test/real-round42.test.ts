// What the forty-second held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

const md = (body: string) => `# 平台组2025年终总结\n\n## 一、工作成果\n\n${body}\n`;

describe('round 42: prose beside a table row that holds its figure in another cell', () => {
  const table = '| 指标 | 2024 年 | 2025 年 | 变化 |\n|---|---:|---:|---:|\n| 在云业务系统（个） | 96 | 154 | +58 |\n| 接入部门（个） | 20 | 27 | +7 |';

  it('完成 58 个业务系统的迁移 states the row’s change, not this year’s 154', () => {
    assert.deepEqual(hits(md(`全年完成 58 个业务系统的上云迁移。\n\n${table}\n\n- 分 3 批迁移，共 58 个系统。`), 'numbers/conflict', 'markdown'), []);
  });

  it('5 个部门的接口文档缺失: a bare name, far below the row naming it in full, is some of them', () => {
    assert.deepEqual(hits(md(`${table}\n\n## 二、问题\n\n- 5 个部门的自建系统接口文档缺失，需逆向分析。`), 'numbers/conflict', 'markdown'), []);
  });

  it('a value the row does not hold still conflicts with it', () => {
    assert.equal(hits(md(`${table}\n\n年末在云业务系统 145 个，平台可用性 99.97%。`), 'numbers/conflict', 'markdown').length, 1);
  });
});

describe('round 42: blanks that are not blanks, and one that is', () => {
  it('数据元 4,620 个 names data elements; 投资亿元， leaves a figure out', () => {
    assert.deepEqual(hits(md('- 建立目录，登记数据元 4,620 个；\n- 完成投资亿元，同比增长。'), 'text/placeholder', 'markdown'), ['亿元']);
  });

  it('*(…)* and ***…*** Markdown could not read are emphasis; *同志 alone is a blank', () => {
    assert.deepEqual(hits(md('那年要准备毕业设计，考驾照*(从南京转回老家)*以及其他琐事。'), 'text/placeholder', 'markdown'), []);
    assert.deepEqual(hits(md('\u200b\t  ***城市里的街道和写字楼都是不变的，变的只是时间和人。***'), 'text/placeholder', 'markdown'), []);
    assert.deepEqual(hits(md('会议由市委副秘书长*同志主持。'), 'text/placeholder', 'markdown'), ['*']);
  });

  it('健康**”建设 pasted from Word: the name inside the quotes was left blank', () => {
    assert.deepEqual(hits('一、主要工作\n加快推进健康**”建设，坚持不懈抓好疫情防控。\n', 'text/placeholder'), ['**']);
  });
});

describe('round 42: a coverage rate over two things of one list', () => {
  it('覆盖全县 15 个乡镇、172 个行政村，村级覆盖率 100%: neither count is a part of the other', () => {
    assert.deepEqual(hits(md('- 政务外网已覆盖全县 15 个乡镇、172 个行政村，村级覆盖率 100%；'), 'numbers/percent', 'markdown'), []);
    assert.deepEqual(hits('一、主要工作\n完成抽检200批次，合格196批次，合格率95%。\n', 'numbers/percent'), ['95%']);
  });
});

describe('round 42: ## 1 年度成果 is item one', () => {
  it('## 1 年度成果 / ## 2 问题与不足 / ## 3 2026 年计划 skips nothing', () => {
    const seq = (s: string) => hits(`# 2025 年终总结（SRE）\n\n${s}\n`, 'outline/sequence', 'markdown');
    assert.deepEqual(seq('## 1 年度成果\n\n完成容器化迁移。\n\n## 2 问题与不足\n\n告警仍偏多。\n\n## 3 2026 年计划\n\n继续降噪。'), []);
    assert.equal(seq('## 1 年度成果\n\n完成容器化迁移。\n\n## 3 问题与不足\n\n告警仍偏多。').length, 1);
  });
});

describe('round 42: counts and terms', () => {
  it('五项内部管理制度，即 four titles: 内部 before the noun is its modifier', () => {
    assert.deepEqual(hits('一、主要工作\n修订了五项内部管理制度，即《会员管理办法》《财务管理制度》《档案管理制度》《印章管理规定》。\n', 'numbers/count'), [
      '五项内部管理制度',
    ]);
    assert.deepEqual(hits('一、主要工作\n修订了四项内部管理制度，即《会员管理办法》《财务管理制度》《档案管理制度》《印章管理规定》。\n', 'numbers/count'), []);
  });

  it('总书记新时代中国特色社会主义思想', () => {
    assert.deepEqual(hits('一、主要工作\n坚持以总书记新时代中国特色社会主义思想为指导。\n', 'terms/preferred'), ['总书记新时代中国特色社会主义思想']);
  });
});
