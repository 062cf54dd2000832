// Draft generator for the benchmarks: builds Markdown work summaries of a given
// size from the fixture paragraphs in bench/fixtures/. Deterministic (seeded), so
// every run measures the same text. Figures in the paragraphs are redrawn for
// every use, so a large draft does not repeat the same sentences verbatim.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toChineseNumeral } from '../server/src/engine/reader/markers';

export interface Fixtures {
  duties: string[];
  problems: string[];
  next: string[];
  units: string[];
  themes: string[];
  items: string[];
  intros: string[];
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function loadFixtures(dir = join(__dirname, 'fixtures')): Fixtures {
  const titles = lines(join(dir, 'titles.txt'));
  const tagged = (tag: string) => titles.filter((l) => l.startsWith(`[${tag}]`)).map((l) => l.slice(tag.length + 2).trim());
  return {
    duties: lines(join(dir, 'duties.txt')),
    problems: lines(join(dir, 'problems.txt')),
    next: lines(join(dir, 'next.txt')),
    units: tagged('unit'),
    themes: tagged('theme'),
    items: tagged('item'),
    intros: tagged('intro'),
  };
}

/** mulberry32: small, fast, good enough for picking paragraphs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHI = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'];

export interface DraftOptions {
  /** Target length in UTF-16 code units (≈ Chinese characters). */
  chars: number;
  seed?: number;
  /** Per-mille of paragraphs that carry a deliberate outline slip (skipped number, 1、 style). */
  slips?: number;
}

/**
 * A Markdown work summary of about `chars` characters: title, intro, duties
 * (themes → items → numbered paragraphs), problems, next steps. Small drafts have
 * one paragraph per item; larger ones nest 1．2．… paragraphs under each item.
 */
export function generateDraft(fx: Fixtures, opts: DraftOptions): string {
  const rand = rng(opts.seed ?? 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const slips = opts.slips ?? 15;
  const slip = () => rand() * 1000 < slips;
  // Redraw the figures: same number of digits, years kept.
  const vary = (p: string) =>
    p.replace(/[0-9]+(?:\.[0-9]+)?(?=%)|[0-9]+/g, (d) => {
      if (/^[0-9.]+$/.test(d) && d.length > 0 && p.includes(d + '%')) {
        const pct = 50 + rand() * 50;
        return d.includes('.') ? pct.toFixed(d.split('.')[1].length) : String(Math.round(pct));
      }
      if (/^20[0-9]{2}$/.test(d)) return d;
      if (d.length === 1) return String(1 + Math.floor(rand() * 9));
      return String(10 ** (d.length - 1) + Math.floor(rand() * 9 * 10 ** (d.length - 1)));
    });

  const T = opts.chars;
  const out: string[] = [];
  let len = 0;
  const emit = (s: string) => {
    out.push(s);
    len += s.length + 2;
  };
  const unit = pick(fx.units);
  emit(`# ${unit}2024年工作总结`);
  emit(vary(pick(fx.intros)));

  const avg = 130;
  const tail = Math.min(0.15 * T, 12000);
  const dutiesEnd = T - 2 * tail;
  const perItem = Math.max(1, Math.min(10, Math.ceil(dutiesEnd / avg / 40)));
  const itemsPerTheme = perItem <= 2 ? 5 : 12;
  let top = 0;

  const numbered = (paras: string[], n: number) => {
    for (let k = 0; k < n; k++) {
      const p = vary(pick(paras));
      if (n === 1) emit(p);
      else emit(`${slip() ? `${k + 1}、` : `${k + 1}．`}${p}`);
    }
  };

  // Duties: themed sections until the budget for problems and next steps is left.
  while (len < dutiesEnd) {
    top++;
    const theme = top === 1 && T < 20000 ? '主要工作及成效' : fx.themes[(top - 1) % fx.themes.length];
    emit(`## ${toChineseNumeral(top)}、${theme}`);
    for (let i = 1; i <= itemsPerTheme && len < dutiesEnd; i++) {
      const n = slip() ? i + 1 : i;
      emit(`### （${toChineseNumeral(n)}）${fx.items[(top * 7 + i) % fx.items.length]}`);
      numbered(fx.duties, perItem);
    }
  }

  const section = (title: string, paras: string[], budget: number, inline: boolean) => {
    top++;
    emit(`## ${toChineseNumeral(top)}、${title}`);
    const end = len + budget;
    const per = Math.max(1, Math.min(10, Math.ceil(budget / avg / 12)));
    for (let i = 1; len < end; i++) {
      if (per === 1 && inline && i <= SHI.length) {
        emit(`${SHI[i - 1]}${vary(pick(paras))}`);
      } else if (per === 1) {
        emit(`（${toChineseNumeral(i)}）${vary(pick(paras))}`);
      } else {
        emit(`（${toChineseNumeral(i)}）${vary(pick(paras)).split('。')[0]}。`);
        numbered(paras, per);
      }
    }
  };
  section('存在的问题', fx.problems, tail, false);
  section('下步工作打算', fx.next, tail, true);
  return out.join('\n\n') + '\n';
}

/** `count` drafts with lengths spread evenly over [min, max] characters. */
export function generateCorpus(fx: Fixtures, count: number, min: number, max: number, seed = 7): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => generateDraft(fx, { chars: Math.round(min + r() * (max - min)), seed: seed * 1000 + i }));
}
