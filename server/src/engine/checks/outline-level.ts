// outline/level: a higher-rank marker nested under a lower-rank one, e.g. （一） under 1.; or a list
// continued a level too deep (## 1. ## 2. ### 3.).
import type { Check } from '../rule.js';
import type { Draft } from '../types.js';
import { misleveled } from '../reader/siblings.js';

export const outlineLevelCheck: Check = {
  name: 'outline-level',
  rules: [
    {
      id: 'outline/level',
      title: '层级倒置：高一级的序号出现在低一级序号之下（如“1.”下面出现“（一）”）',
      titleEn: 'A higher-rank marker nested under a lower-rank one',
      rationale: '公文层次依次为“一、”“（一）”“1.”“（1）”，可以越级向下使用（“一、”下直接用“1.”），但不能倒过来。',
      reference: 'GB/T 9704-2012 7.3.3',
      defaultSeverity: 'warning',
      fixable: false,
      example: { bad: '1.加强理论学习\n（一）举办读书班', good: '（一）加强理论学习\n1.举办读书班' },
    },
  ],
  run(model) {
    const out: Draft[] = [];
    for (const { node, under } of model.levelIssues) {
      out.push({
        start: node.marker.start,
        end: node.marker.end,
        message: `层级倒置：“${node.marker.text}”比“${under.marker.text}”高一级，不应出现在其下。请调整序号层级。`,
        related: [{ start: under.marker.start, end: under.marker.end, message: `低一级的序号“${under.marker.text}”` }],
      });
    }
    for (const [node, prev] of misleveled(model)) {
      out.push({
        start: node.marker.start,
        end: node.marker.end,
        message: `层级不对：“${node.marker.text}”接着“${prev.marker.text}”往下编号，却比它低一级；应与“${prev.marker.text}”同级。`,
        related: [{ start: prev.marker.start, end: prev.marker.end, message: `上一个“${prev.marker.text}”` }],
      });
    }
    return out;
  },
};
