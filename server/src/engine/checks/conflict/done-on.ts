// numbers/conflict: the things a doing was done on, named by their count before 的 and the doing closing the clause
// (完成计算机教室2间、共112台电脑的更新): a batch of them, not all there are.
import type { ReportModel } from '../../types.js';
import { scanForward, SENTENCE_END } from '../../text/scan.js';
import type { Stated } from './stated.js';

/** The rest of the clause after a figure: more of what was done on (、共112台电脑), then 的 and the doing. */
const DONE_ON = /^[^，,；;。：:]{0,16}?的(?:全面|整体|集中)?(?:更新|更换|改造|升级|维修|修缮|翻新|安装|搬迁|验收|建设|提质改造)(?:工作|任务)?\s*$/;

/** Whether `x`'s clause closes with 的 and the doing its figure names what was done on. */
function doneOn(model: ReportModel, x: Stated): boolean {
  if (!x.q) return false;
  const text = model.blocks[x.q.blockIndex].text;
  return DONE_ON.test(text.slice(x.q.to, scanForward(text, x.q.to, SENTENCE_END)));
}

/**
 * 配合学校完成计算机教室2间、共112台电脑的更新 … 计算机教室仅3间: one figure counts those a doing was done on, the
 * other the thing itself — some of it and all of it.
 */
export function doneOnApart(model: ReportModel, a: Stated, b: Stated): boolean {
  return doneOn(model, a) !== doneOn(model, b);
}
