// The rule reference (docs/rules.md) is rendered from the rules' metadata, so the
// docs, hover text, SARIF rule list and schema never drift from the code.
import type { RuleMeta } from './rule.js';

/** Anchor of a rule in docs/rules.md: `outline/style` → `outline-style`. */
export function ruleAnchor(id: string): string {
  return id.replace(/\//g, '-');
}

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '暗示' };

export function renderRuleDocs(rules: RuleMeta[]): string {
  const lines: string[] = [
    '# 规则一览 / Rule reference',
    '',
    '<!-- 本文件由 `npx tsx scripts/gen-docs.ts` 根据规则元数据生成，请勿手改。 Generated from rule metadata; do not edit. -->',
    '',
    '| 规则 rule | 检查什么 | What it checks | 默认级别 | 可自动修复 |',
    '|---|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${ruleAnchor(r.id)}) | ${r.title} | ${r.titleEn} | ${r.defaultSeverity} | ${r.fixable ? '是' : '否'} |`),
    '',
  ];
  for (const r of rules) {
    lines.push(`<a id="${ruleAnchor(r.id)}"></a>`, '', `## ${r.id}`, '', `**${r.title}** — ${r.titleEn}`, '', r.rationale, '');
    if (r.reference) lines.push(`依据：${r.reference}`, '');
    lines.push(`默认级别：${r.defaultSeverity}（${SEVERITY_ZH[r.defaultSeverity]}）；${r.fixable ? '提供自动修复' : '不提供自动修复'}。`, '');
    if (r.example) {
      if (r.example.previous) lines.push('去年的总结 / last year’s report:', '', '```text', r.example.previous, '```', '');
      lines.push('改前 / before:', '', '```text', r.example.bad, '```', '', '改后 / after:', '', '```text', r.example.good, '```', '');
    }
    if (r.options && Object.keys((r.options as { properties?: object }).properties ?? {}).length) {
      lines.push('选项 / options（在规则包 `rules:` 下设置）:', '', '```json', JSON.stringify(r.options, null, 2), '```', '');
    }
  }
  return lines.join('\n');
}
