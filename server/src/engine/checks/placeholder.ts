// text/placeholder: template slots left unfilled (XX, ××, 某某, *同志, 【待补充】, TODO, 待定…).
// The patterns come from the pack (placeholders.patterns) so a team can add its own.
import type { Check } from '../rule.js';
import type { Block, Draft } from '../types.js';
import type { PlaceholderPattern } from '../config.js';
import { blockSpan } from '../blocks.js';
import { unfilledFigures } from '../quantities.js';
import { compiledBy } from '../compiled.js';

const PROSE = new Set(['paragraph', 'listItem', 'heading', 'tableRow']);

type Compiled = { re: RegExp; message: string | undefined }[];

// Global regexes: every use sets lastIndex to 0 first.
const compile = compiledBy((patterns: readonly PlaceholderPattern[]): Compiled => patterns.map((p) => ({ re: new RegExp(p.pattern, 'gu'), message: p.message })));

export const placeholderCheck: Check = {
  name: 'placeholder',
  rules: [
    {
      id: 'text/placeholder',
      title: '未填写的占位符（XX、××、某某、*同志、【待补充】、TODO、待定）',
      titleEn: 'Unfilled placeholder',
      rationale: '套用模板或旧稿时留下的占位符一旦送审，就是硬伤。',
      defaultSeverity: 'error',
      fixable: false,
      example: { bad: '市直机关工委书记*同志对经验做法作出批示。', good: '市直机关工委书记王明同志对经验做法作出批示。' },
    },
  ],
  run(model, ctx) {
    const { patterns, allow } = ctx.config.placeholders;
    const allowed = [...allow, ...ctx.config.allow];
    const compiled = compile(patterns);
    const out: Draft[] = [];
    model.blocks.forEach((block, index) => {
      if (!PROSE.has(block.kind)) return;
      for (const d of ctx.inBlock(block, () => inBlock(block, index))) out.push(d);
    });
    return out;

    function inBlock(block: Block, index: number): Draft[] {
      const out: Draft[] = [];
      const text = block.text;
      const taken: { s: number; e: number }[] = [];
      for (const { re, message } of compiled) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const s = m.index;
          const e = s + m[0].length;
          if (taken.some((t) => s < t.e && t.s < e)) continue; // 【待补充】 already covers 待补充
          if (allowed.some((a) => {
            for (let at = text.indexOf(a, Math.max(0, s - a.length)); at >= 0 && at <= s; at = text.indexOf(a, at + 1)) if (at + a.length >= e) return true;
            return false;
          })) continue;
          taken.push({ s, e });
          const span = blockSpan(block, s, e);
          out.push({ start: span.start, end: span.end, message: (message ?? '占位符“{0}”尚未填写。').replace('{0}', m[0]), data: { placeholder: m[0] } });
        }
      }
      // A unit where a figure belongs (完成投资亿元, 占比%): the figure was never filled in.
      // A table's header row names its columns (服务人次、金额（万元）): no figure belongs there.
      const header = block.kind === 'tableRow' && model.blocks[index - 1]?.kind !== 'tableRow';
      for (const f of header ? [] : unfilledFigures(block, index, model.words(text))) {
        if (taken.some((t) => f.from < t.e && t.s < f.to)) continue;
        const span = blockSpan(block, f.from, f.to);
        out.push({ start: span.start, end: span.end, message: `“${f.unit}”前缺少数字：这里的数据尚未填写。`, data: { placeholder: f.unit, figure: true } });
      }
      return out;
    }
  },
};
