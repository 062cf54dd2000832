// numbers/conflict: the figures the check compares — each prose figure that states a measure (named, scoped and
// placed by its sentence) and each table figure of this year — in document order.
import type { CheckContext } from '../../rule.js';
import type { Stated } from './stated.js';
import type { ConflictRun } from './context.js';
import { localFacts, type Local } from './local-facts.js';
import { bodyName } from './context-words.js';
import { unitKin } from './naming.js';
import { itemOfBreakdown } from './parts.js';
import { inPlans, planYear, scopeOf } from './scopes.js';
import { tableFigures } from './tables.js';

/** A paragraph that sums up the year just reported, in the past tense all through (no plan or future word). */
const RECAP =
  /^(?:总的来说|总之|综上所述|综上|总体来看|回顾全年|回顾一年来)[，,][^。；;！!]*?(?:今年|全年|本年|(?:19|20)[0-9]{2}年)(?![^。；;！!]*(?:明年|来年|下一步|下阶段|力争|计划|争取|确保|预计|目标|将(?:继续|进一步|全力|着力|加快|持续)))/;

/** A stock counted at the year's end: 截至…12月底, 年末. */
const YEAR_END_SCOPE = /^(?:截至|截止|12月底|12月末|年底|年末)(?:\|(?:截至|截止|12月底|12月末|年底|年末))*$/;
const AREA_SCOPE = /^全([县市区镇乡])$/;

/**
 * 截至2025年12月底，协会共有会员1286家 … 全县1268家会员中: in a year's report, what there is at the year's end is the year's
 * level, and a figure scoped by the whole of the area (全县) that the reporting body is of (县个私协会) is the body's
 * own: both are of the report's own scope.
 */
function ownArea(cx: ConflictRun, l: Local, scope: string): string {
  if (!scope || cx.titled.length) return scope;
  if (l.stock === true && YEAR_END_SCOPE.test(scope)) return '';
  const area = AREA_SCOPE.exec(scope);
  if (!area) return scope;
  // (县个私协会, 县财政局: a body of the county; 安平县, 河口镇人民政府: the county's or the town's own government.)
  const body = bodyName(cx);
  const place = body.replace(/(?:委|人民政府|政府)$/, '');
  return body.startsWith(area[1]) || (place.length >= 2 && place.length <= 5 && place.endsWith(area[1]) && /^[\u4e00-\u9fff]+$/.test(place)) ? '' : scope;
}

/** The draft's figures that state a measure, prose and tables', in document order. */
export function statedFigures(cx: ConflictRun, ctx: CheckContext): Stated[] {
  const { model } = cx;
  const stated: Stated[] = [];
  const all = model.quantities;
  for (let k = 0; k < all.length;) {
    // The figures of one block are consecutive.
    let e = k + 1;
    while (e < all.length && all[e].blockIndex === all[k].blockIndex) e++;
    const qs = all.slice(k, e);
    k = e;
    const block = model.blocks[qs[0].blockIndex];
    if (block.kind === 'tableRow' || itemOfBreakdown(model, qs[0].blockIndex)) continue;
    // (总的来说，2025年支行存款净增…: a paragraph summing up the year restates the past, wherever it stands;
    // the item it happens to follow does not name its figures.)
    const recap = RECAP.test(block.text);
    const planned = inPlans(cx, qs[0].start) && !recap;
    const locals = ctx.perBlock(block, 'stated', () => qs.map((q) => localFacts(cx, block.text, q, qs)));
    qs.forEach((q, i) => {
      const l = locals[i];
      // A plan's figures are targets; one that refers back (对新发展的2名党员) still restates the past, and so
      // does one whose sentence names only years before the plan's (三、2026年工作打算 … 2025年全院共开展…21项).
      const past = planned && !!l?.years && l.years.split('|').every((y) => Number(y.slice(0, 4)) < (planYear(cx, q.start) ?? 0));
      if (!l || (planned && !l.refersBack && !past)) return;
      const scope = ownArea(cx, l, scopeOf(cx, l.scope));
      // (Every field of Stated, in its order, absent ones undefined — as tableFigure() writes them: one shape for every
      // figure. Optional parts spread in made a shape per combination and a throwaway object per part.)
      stated.push({
        q,
        refersBack: l.refersBack,
        span: q,
        raw: q.raw,
        thing: l.measure,
        verb: '',
        // (2025届毕业生共1286人 … 今年1268名毕业生: people are counted by 人 and 名 alike.)
        unit: unitKin(q.unit),
        min: q.min,
        max: q.max,
        scope,
        years: l.years,
        inTable: false,
        whole: l.whole,
        words: l.words,
        // (A past figure restated under a plan item is not named by the plan's title.)
        context: l.refersBack ? [] : recap || past ? l.words : undefined,
        contextSet: undefined,
        sentence: l.sentence,
        outer: l.outer,
        purpose: l.purpose,
        stock: l.stock,
        subset: l.subset,
        verbOnly: l.verbOnly ? true : undefined,
        thisYear: l.thisYear ? true : undefined,
        ownScope: scope !== l.scope ? l.scope : undefined,
        net: l.net ? true : undefined,
        short: l.short ? true : undefined,
        digits: undefined,
        earliest: undefined,
        reported: undefined,
        exact: undefined,
        named: undefined,
        ownList: undefined,
        ownSet: undefined,
      });
    });
  }
  for (const x of tableFigures(model)) stated.push(x);
  // In document order: the later of two figures is the one reported, a table's as much as the prose's.
  stated.sort((x, y) => x.span.start - y.span.start);
  return stated;
}
