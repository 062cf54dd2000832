// numbers/conflict: one transfer of funds named from its two ends — what the reporting body won from its superiors
// (全年争取上级项目资金380万元) and what the superiors allocated to it (对上级下拨的350万元项目资金…): one quantity.
import type { ReportModel } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';
import { scanBack, CLAUSE_END } from '../../text/scan.js';

/** The receiving end, right before the figure: the body won it from 上级 (争取上级…, 获得上级…), and the name of what it won. */
const RECEIVED = /(?:争取到?|获得|获批|争得)上级([\u4e00-\u9fff]{4,10})$/;
/** Verbs of the giving end: the superiors allocated it. */
const GRANTED = new Set(['下拨', '下达', '拨付', '划拨']);
/** The giver right before the verb: 上级下拨的. */
const GIVER = /上级\s*$/;

/**
 * Whether `a` counts what was won from 上级 (争取上级项目资金) and `b`, an attributive restatement, what 上级 allocated
 * (上级下拨的…项目资金): the same name, four characters or more, written right before `a`'s figure after 上级.
 */
export function oneTransfer(model: ReportModel, a: Quantity, b: Quantity): boolean {
  if (!GRANTED.has(b.verb) || b.thing.length < 4) return false;
  const bText = model.blocks[b.blockIndex].text;
  const at = bText.lastIndexOf(b.verb, b.from);
  if (at < 0 || b.from - at > b.verb.length + 2 || !GIVER.test(bText.slice(Math.max(0, at - 4), at))) return false;
  const aText = model.blocks[a.blockIndex].text;
  const lead = aText.slice(scanBack(aText, a.from, CLAUSE_END), a.from).replace(/\s+/g, '');
  return RECEIVED.exec(lead)?.[1] === b.thing;
}
