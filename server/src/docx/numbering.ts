// Word's automatic numbering: a numbered paragraph stores no marker, only a list
// (numId) and a level (ilvl); the reader sees "一、", "（二）", "3." computed from
// numbering.xml. This computes the same marker, so the outline checks judge what the
// reader sees: formats, level text (%1, %2…), start values, restarts of deeper levels,
// and a list instance's startOverride ("restart numbering").
import { child, elements, val, type XmlElement } from './xml.js';

interface Level {
  start: number;
  format: string;
  /** "（%1）", "%1、", "%1.%2"… */
  text: string;
  /** 0: never restarts; n: restarts when a level 1..n (1-based) is used; undefined: after any higher level. */
  restart?: number;
  /** Legal numbering: every number shown as decimal. */
  legal: boolean;
  /** What follows the marker: tab (default), space or nothing. */
  suffix: string;
}

interface Instance {
  abstractId: string;
  levels: Map<number, Level>;
  /** Levels whose count restarts at the instance's first paragraph, and from what. */
  startOverride: Map<number, number>;
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word writes chineseCounting). */
export function chineseNumber(n: number, digits = DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length) parts.push(digits === DIGITS ? '零' : digits[0]);
    zero = false;
    // 十二, not 一十二 (only when ten is the leading unit).
    parts.push(d === 1 && unit === units[1] && i === 0 && digits === DIGITS ? unit : digits[d] + unit);
  }
  return parts.join('');
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: 27 → AA.
  const c = String.fromCharCode(65 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A number in one of Word's numFmt values. Unknown formats fall back to decimal, as Word does for most. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return format === 'ideographDigital' ? [...String(n)].map((d) => DIGITS[Number(d)]).join('') : chineseNumber(n);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevel(lvl: XmlElement): Level {
  const restart = val(lvl, 'lvlRestart');
  return {
    start: Number(val(lvl, 'start') ?? 0) || 0,
    format: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    legal: child(lvl, 'isLgl') !== undefined && val(lvl, 'isLgl') !== '0' && val(lvl, 'isLgl') !== 'false',
    suffix: val(lvl, 'suff') ?? 'tab',
  };
}

function levelsOf(el: XmlElement): Map<number, Level> {
  const m = new Map<number, Level>();
  for (const lvl of elements(el, 'lvl')) m.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
  return m;
}

/** The lists of one document and their running counts, read paragraph by paragraph in order. */
export class Numbering {
  private readonly instances = new Map<string, Instance>();
  /** Counts per abstract list: instances of one list continue each other, as in Word. */
  private readonly counts = new Map<string, number[]>();
  private readonly overridden = new Set<string>();

  constructor(xml: XmlElement | undefined) {
    if (!xml) return;
    const abstracts = new Map<string, { levels: Map<number, Level> }>();
    for (const a of elements(xml, 'abstractNum')) abstracts.set(a.attrs.abstractNumId ?? '', { levels: levelsOf(a) });
    for (const num of elements(xml, 'num')) {
      const abstractId = val(num, 'abstractNumId') ?? '';
      const abs = abstracts.get(abstractId);
      if (!abs) continue;
      const levels = new Map(abs.levels);
      const startOverride = new Map<number, number>();
      for (const o of elements(num, 'lvlOverride')) {
        const ilvl = Number(o.attrs.ilvl ?? 0);
        const so = val(o, 'startOverride');
        if (so !== undefined) startOverride.set(ilvl, Number(so) || 0);
        const lvl = child(o, 'lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.instances.set(num.attrs.numId ?? '', { abstractId, levels, startOverride });
    }
  }

  /** The marker of the next paragraph in list `numId` at level `ilvl` ("" when none), counting it. */
  next(numId: string, ilvl: number): { marker: string; suffix: string } {
    const inst = this.instances.get(numId);
    const level = inst?.levels.get(ilvl);
    if (!inst || !level) return { marker: '', suffix: '' };
    let counts = this.counts.get(inst.abstractId);
    if (!counts) this.counts.set(inst.abstractId, (counts = []));
    const firstOfInstance = !this.overridden.has(numId);
    this.overridden.add(numId);
    if (firstOfInstance && inst.startOverride.size) {
      // "Restart numbering": this instance's first paragraph starts its levels afresh.
      for (const [l, start] of inst.startOverride) counts[l] = start - 1;
    }
    const startOf = (l: number) => (inst.startOverride.has(l) ? inst.startOverride.get(l)! : (inst.levels.get(l)?.start ?? 1));
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    // Deeper levels start again after this one (unless their lvlRestart says otherwise).
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const r = inst.levels.get(deeper)?.restart;
      if (r === undefined || (r !== 0 && ilvl < r)) counts[deeper] = undefined as unknown as number;
    }
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const n = counts![l] ?? startOf(l);
      const fmt = inst.levels.get(l)?.format ?? 'decimal';
      return formatNumber(n, level.legal ? 'decimal' : fmt);
    });
    return { marker: level.format === 'bullet' ? '' : marker, suffix: level.suffix };
  }
}
