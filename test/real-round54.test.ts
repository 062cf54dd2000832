// What the fifty-fourth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 54: a point of a list set as a heading', () => {
  const text = (point: string) =>
    `## 工作\n\n### 社区运营\n\n#### 组织线上分享\n\n1. 三月一次\n2. 五月两次\n\n#### 整理新人指南\n\n写了 4 篇入门文档。\n\n#### ${point}\n\n#### 维护镜像站\n\n全年可用率 99.9%。\n`;
  it('#### 迁移旧数据并归档； closes with a semicolon: a point, not a title left empty', () => {
    assert.deepEqual(hits(text('迁移旧数据并归档；'), 'structure/empty-section', 'markdown'), []);
  });
  it('…while #### 迁移旧数据 among titles with content is left empty', () => {
    assert.equal(hits(text('迁移旧数据'), 'structure/empty-section', 'markdown').length, 1);
  });
});
