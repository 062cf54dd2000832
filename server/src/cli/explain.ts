// `shengao explain RULE`: a rule's documentation in the terminal — what it checks, why,
// the standard it rests on, a before/after example — from the same metadata as
// docs/rules.md, so it never drifts. A mistyped id gets the nearest ids offered.
import { RULES } from '../engine/index.js';
import type { RuleMeta } from '../engine/index.js';
import { rulesDocBase, ruleDocsHref } from '../rule-links.js';
import { nearest } from '../nearest.js';

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '暗示' };

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

export function explainRule(r: RuleMeta): string {
  const out = [`${r.id} — ${r.title}`, `(${r.titleEn})`, '', r.rationale, ''];
  if (r.reference) out.push(`依据：${r.reference}`, '');
  out.push(`默认级别：${r.defaultSeverity}（${SEVERITY_ZH[r.defaultSeverity]}）；${r.fixable ? '可用 --fix 自动修复' : '不提供自动修复'}`, '');
  if (r.example?.previous) out.push('去年的总结 last year:', indent(r.example.previous), '');
  if (r.example) out.push('改前 before:', indent(r.example.bad), '', '改后 after:', indent(r.example.good), '');
  const href = ruleDocsHref(r.id);
  if (href) out.push(`文档：${href}`, '');
  return out.join('\n');
}

export class UnknownRuleError extends Error {}

/** The text `shengao explain ID` prints; throws UnknownRuleError (with suggestions) for an unknown id. */
export function explain(id: string | undefined): string {
  if (!id) {
    const w = Math.max(...RULES.map((r) => r.id.length));
    return [
      '用法：shengao explain 规则编号',
      '',
      ...RULES.map((r) => `  ${r.id.padEnd(w)}  ${r.title}`),
      '',
      rulesDocBase() ? `全部规则的说明：${rulesDocBase()}` : '',
      '',
    ].join('\n');
  }
  const rule = RULES.find((r) => r.id === id);
  if (rule) return explainRule(rule);
  const near = nearest(
    id,
    RULES.map((r) => r.id),
  );
  throw new UnknownRuleError(`没有规则“${id}”${near.length ? `，是否是 ${near.join('、')}？` : '。shengao explain 不带参数可列出全部规则'}`);
}
