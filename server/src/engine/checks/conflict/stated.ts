// numbers/conflict: a figure as the check states it — a prose figure with what its sentence says of it, or a
// table's cell — and what pairs of figures work out about it once (its digits, its context words).
import type { Span } from '../../types.js';
import type { Quantity } from '../../figures/quantities.js';

export interface Stated {
  q?: Quantity;
  /** An attributive figure that refers back to a batch already named (新认定的21家专精特新企业中…). */
  refersBack?: boolean;
  span: Span;
  raw: string;
  thing: string;
  verb: string;
  unit: string;
  min: number;
  max: number;
  scope: string;
  years: string;
  inTable: boolean;
  /** The figure claims the whole year/total (全年, 共, 累计…). */
  whole: boolean;
  /** Content words of its sentence before it (prose figures). */
  words: string[];
  /** Those words and its outline item's title words: worked out only for a pair that conflicts. */
  context?: readonly string[];
  /** The same words as a set, built when a pair first compares them. */
  contextSet?: ReadonlySet<string>;
  /** Where its sentence starts (prose figures): two figures of one sentence are two quantities. */
  sentence: number;
  /** Where the sentence a bracket it stands in opens in starts, when a ； inside the bracket ended `sentence`. */
  outer?: number;
  /** What the figure is for, right after it (投资60万元修停车场): '' when the clause ends there. */
  purpose: string;
  /** What there is (现有、辖区…: true) or what was added (新增、新登记…: false); undefined when neither is said. */
  stock?: boolean;
  /** The condition of an attributive that picks out some of the thing (没有物业的4个小区 → 没有物业). */
  subset?: string;
  /** Named by its verb alone (抽检4250批次): compared only with this year's level restated as a plan's base. */
  verbOnly?: boolean;
  /** This year's level restated as the base of a plan (较今年的4100批次). */
  thisYear?: boolean;
  /** Its scope as written, when the period the title names was taken out of `scope`. */
  ownScope?: string;
  /** A net change named by its balance (存款净增, 存款余额…较年初增加): a measure of its own, whatever item it stands in. */
  net?: boolean;
  /** A level reached short, its measure opening the clause (用例只写到 483 条): named in full, whatever item it stands in. */
  short?: boolean;
  /** Its figure's digits (digitsOf(raw)) and their sorted key, worked out once, not for every pair. */
  digits?: Digits;
  /** Where the earliest exact prose figure of its thing, unit and value is (agreesEarlier), once asked: null when none. */
  earliest?: number | null;
  /** Already reported: later figures do not pair with it. */
  reported?: boolean;
  /** A table's cell named by its row and column together (特控线上线): only a prose figure of that very name restates it. */
  exact?: boolean;
  /** The campaigns in quotes its sentence names before it (“千名干部联千企”活动), once a pair asks: null for none. */
  named?: readonly string[] | null;
  /** Its own words (ownWords) and their set, once a pair asks. */
  ownList?: readonly string[];
  ownSet?: ReadonlySet<string>;
}

/** A figure's digits as transposed() compares them. */
export interface Digits {
  digits: string;
  key: string;
  /** Three digits or more, the point left out. */
  long: boolean;
}
