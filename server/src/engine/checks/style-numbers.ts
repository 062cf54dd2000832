// style/numbers: numbers written against GB/T 15835—2011 (出版物上数字用法) and the range
// marks of GB/T 15834—2011 (标点符号用法):
//   - a range written with “~” (3~5人) or a hyphen (3-5年) instead of the wave line “～”
//     (or the dash “—” between years: 2023—2024年);
//   - a two-digit year (23年5月, 24年度) instead of the full year;
//   - one kind of quantity in one sentence written once in Arabic and once in Chinese numerals
//     (培训3期……轮训五期): 同类别同形式;
//   - multi-digit figures with and without thousands separators in one document;
//   - 12-hour (下午3点) and 24-hour (15:00) times mixed in one document.
// What GB/T 15835 keeps in Chinese numerals is never touched: the mixed-numeral test reads only
// the figures the extractor counts (not 三会一课, 十四五, 第一书记, 一是, names in quotes), and
// approximate ones (三四个, 十余名) are Chinese by rule.
import type { Check } from '../rule.js';
import type { Block, Draft, ReportModel } from '../types.js';
import type { Quantity } from '../figures/quantities.js';
import { blockSpan, PROSE_KINDS } from '../reader/blocks.js';
import { quotedSpans, inside } from '../reader/quotes.js';
import { scanBack, SENTENCE_END } from '../text/scan.js';

/** A quoted name, maybe a word after it, then an open bracket with no close: the text in it spells the name out. */
const SPELLS_OUT_NAME = /[”"][\u4e00-\u9fff]{0,4}[（(][^（()）]*$/;
/** What follows 个 in a length of time: 6个月, 3个小时, 2个星期. */
const DURATION_AFTER = /^(?:月|小时|钟头|星期|礼拜)/;
const CN_DIGIT = /^[零〇一二两三四五六七八九十百千]/;
const AR_DIGIT = /^[0-9０-９]/;
/** Right before a Chinese count: a demonstrative or the end of a quoted list, so it counts what was named. */
const POINTS_BACK = /(?:这|那|此|上述|以上|前|后|[”"』」])\s*$/;
/** A 、-list of names running up to the count, in the same clause (华南、西南两个). */
// (…or 建立健全了五项制度：积分管理制度、村务监督制度…: a count of named things before their list.)
const ANNOUNCES = /^(?:(?:大)?(?:方面|环节|领域|举措|措施|步)[^。；;，,]{0,10}(?:[：:]|一是|首先)|[\u4e00-\u9fff]{1,6}[：:](?=[^。；;]*、))/;
const LISTED_BACK = /、[^，,。；;：:、]{1,12}$/;

/** 3~5人, 3 ~ 5: an ASCII tilde or a wave dash between two numerals. */
// (Each pattern opening with a lookbehind repeats its first character in a lookahead: V8 then scans
// for that character instead of trying the lookbehind at every position of every paragraph.)
const TILDE = /(?=[ ~〜∼])(?<=[0-9０-９一二三四五六七八九十百千万亿%％])( ?)([~〜∼])( ?)(?=[0-9０-９一二三四五六七八九十])/g;
/** A date or year ending right before a range mark (2022-11, 2022年11月, 2020), and one starting right after it (2021年). */
const DATE_BEFORE = /(?<![0-9])(?:19|20)[0-9]{2}(?:[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?|年[0-9]{1,2}月(?:[0-9]{1,2}日)?)?\s?$/;
const DATE_AFTER = /^\s?(?:19|20)[0-9]{2}(?:[-./年]|学年|财年|赛季)/;
/** 3-5年, 10-15人, 2023-2024年: a hyphen between two figures before a unit (not a date 2023-05-10, a phone number or a code;
 * nor 10-15天津马拉松, a date before a place). */
const HYPHEN =
  /(?<![0-9A-Za-z\-./:_#])([0-9]{1,4})-([0-9]{1,4})(?![0-9\-./])(?=\s?(?:个|名|人|次|年|月|日|天(?!津)|周|场|期|项|家|户|%|％|万|亿|元|岁|小时|分钟|公里|米|亩|吨|倍|所|件|条|篇|批))/g;
/** 23年5月, 24年度, 23年底: a year written with two digits. */
const SHORT_YEAR = /(?=[0-9])(?<![0-9０-９.．\-/／:：A-Za-z])([0-9]{2})年(?=[0-9]{1,2}月|度|底|初|末|上半年|下半年|全年|第?[一二三四]季度)/g;
/** Words before a two-digit figure that make it a duration (近20年底 is not a year). */
const DURATION_BEFORE = /(?:近|约|逾|连续|超过|满|长达|历时|不到|将近|已有|用了|经过|每)$/;

/** A 12-hour clock time: 下午3点, 上午9:30, 晚上八时. */
const CLOCK12 = /(?:上午|下午|晚上|傍晚|中午|凌晨|早上|早晨|夜里)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[:：][0-5][0-9]|点|时)/g;
/** A time only a 24-hour clock writes: 15:00, 18时30分, 20点 (hours 13–23, no 下午 before it). */
const CLOCK24 = /(?<![0-9０-９.．:：\-/])(1[3-9]|2[0-3])(?:[:：][0-5][0-9](?![0-9])|时|点)/g;
const CLOCK24_NOT_AFTER = /(?:上午|下午|晚上|傍晚|中午|凌晨|早上|早晨|夜里)\s*$/;

/** Full year of a two-digit one: 00–49 → 20xx, 50–99 → 19xx. */
function fullYear(two: string): string {
  const n = Number(two);
  return String(n < 50 ? 2000 + n : 1900 + n);
}

// A meeting's session named by its numbers (十届五次全会, 第十四届二次会议).
// (县科协九届三次全委会: a body's plenary of its committee too.)
const SESSION = /[一二三四五六七八九十]+届[^，。；]{0,2}[一二三四五六七八九十]+(?:次|中)(?:全[会体委]|会议|常委)/;
// 百万公里责任事故率、万人发案率: a rate's base follows its unit.
const RATE_BASE = /^[\u4e00-\u9fff]{0,5}(?:率|密度)/;

function inBlock(block: Block, qs: readonly Quantity[]): Draft[] {
  const text = block.text;
  const out: Draft[] = [];
  const quotes = quotedSpans(text);
  const span = (from: number, to: number) => blockSpan(block, from, to);

  TILDE.lastIndex = 0;
  for (let m; (m = TILDE.exec(text));) {
    const from = m.index;
    const to = from + m[0].length;
    if (inside(quotes, from, to)) continue;
    const s = span(from, to);
    // 2022-11~2023-02: dates on both sides make a period, whose start and end take the dash (一字线).
    const period = DATE_BEFORE.test(text.slice(Math.max(0, from - 12), from)) && DATE_AFTER.test(text.slice(to, to + 12));
    const mark = period ? '—' : '～';
    out.push({
      ...s,
      message: period
        ? `时间的起止用一字线“—”连接（GB/T 15834—2011 4.13），不用“${m[2]}”。`
        : `数值范围用浪纹线“～”连接（GB/T 15834—2011 4.13），不用“${m[2]}”。`,
      fix: { title: `把“${m[0]}”改为“${mark}”`, edits: [{ ...s, newText: mark }], safe: true },
      data: { kind: 'range', mark: m[2] },
    });
  }

  HYPHEN.lastIndex = 0;
  for (let m; (m = HYPHEN.exec(text));) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!(a < b)) continue;
    const from = m.index + m[1].length;
    if (inside(quotes, m.index, m.index + m[0].length)) continue;
    // A period (2023-2024年, 1-11月) takes the dash of time's start and end; other figures the wave line of a range.
    const after = text.slice(m.index + m[0].length).trimStart();
    const period = (m[1].length === 4 && m[2].length === 4 && /^(?:19|20)/.test(m[1]) && after.startsWith('年')) || /^(?:月|日|号)/.test(after);
    const mark = period ? '—' : '～';
    const s = span(from, from + 1);
    out.push({
      ...s,
      message: period
        ? `时间的起止用一字线“—”连接（GB/T 15834—2011 4.13），不用短横线“-”：${m[1]}—${m[2]}。`
        : `数值范围用浪纹线“～”连接（GB/T 15834—2011 4.13），不用短横线“-”：${m[1]}～${m[2]}。`,
      fix: { title: `把“-”改为“${mark}”`, edits: [{ ...s, newText: mark }], safe: false },
      data: { kind: 'range', mark: '-' },
    });
  }

  SHORT_YEAR.lastIndex = 0;
  for (let m; (m = SHORT_YEAR.exec(text));) {
    const from = m.index;
    if (DURATION_BEFORE.test(text.slice(Math.max(0, from - 4), from))) continue;
    if (inside(quotes, from, from + m[0].length)) continue;
    const full = fullYear(m[1]);
    const s = span(from, from + 2);
    out.push({
      ...s,
      message: `年份应写全（GB/T 15835—2011）：“${m[1]}年”应写作“${full}年”。`,
      fix: { title: `改为“${full}”`, edits: [{ ...s, newText: full }], safe: false },
      data: { kind: 'year', written: m[1], full },
    });
  }

  // 同类别同形式: one unit in one sentence, Arabic here and Chinese there.
  const bySentence = new Map<number, Quantity[]>();
  for (const q of qs) {
    if (q.value === undefined || q.kind !== 'count' || q.approx || q.range) continue;
    const s = scanBack(text, q.from, SENTENCE_END);
    const list = bySentence.get(s);
    if (list) list.push(q);
    else bySentence.set(s, [q]);
  }
  for (const list of bySentence.values()) {
    for (const q of list) {
      if (!CN_DIGIT.test(q.raw)) continue;
      // 这三篇, “初级”“中级”“高级”三个等级: a count that points back at what was just named.
      if (POINTS_BACK.test(text.slice(Math.max(0, q.from - 3), q.from))) continue;
      // 新型建材、茶叶加工两个主导产业: the count sums up the names just listed; 每千次 is a unit of rate, not a count.
      if (LISTED_BACK.test(text.slice(Math.max(0, q.from - 24), q.from)) || text[q.from - 1] === '每') continue;
      // 从三个方面推进：一是…: the count announces the list that follows, a set phrase of reports.
      if (ANNOUNCES.test(text.slice(q.to, q.to + 16))) continue;
      // 十届五次全会、二十届三中全会: the session's name, kept in Chinese numerals by GB/T 15835, not a count.
      if (SESSION.test(text.slice(Math.max(0, q.from - 4), q.to + 3))) continue;
      // (“双百”行动（百名党员进楼宇、百家企业结对社区）: the bracket right after a quoted name spells the name out.)
      if (SPELLS_OUT_NAME.test(text.slice(Math.max(0, q.from - 40), q.from))) continue;
      // (中央八项规定: a name kept in Chinese numerals, not a count of 项.)
      if (q.raw === '八项' && text.startsWith('规定', q.to)) continue;
      // 百万公里责任事故率、万人发案率: the count is the base of a rate, a unit of measure, not a count.
      if (RATE_BASE.test(text.slice(q.to, q.to + 8))) continue;
      // A one-digit count in Chinese beside a large figure in digits (专职委员五名……120名) is common usage;
      // two one-digit counts (培训3期……轮训五期) or a multi-digit one in Chinese (二十三家) are not.
      // (试用期6个月……两个项目, 全程3个小时，分为三个模块: 6个月 and 3个小时 are lengths of time, not counts of the same things.)
      const length = (x: Quantity) => DURATION_AFTER.test(text.slice(x.to, x.to + 2));
      const other = list.find((o) => o !== q && o.unit === q.unit && AR_DIGIT.test(o.raw) && (q.value! >= 10 || o.value! < 10) && length(o) === length(q));
      if (!other) continue;
      // (三百万人次 is 300万人次, not 3000000万人次: the magnitude word stays.)
      const digits = /^[零〇一二两三四五六七八九十百千]+[万亿]?/.exec(q.raw)![0];
      const s = span(q.from, q.from + digits.length);
      const mag = digits.endsWith('亿') ? 1e8 : digits.endsWith('万') ? 1e4 : 1;
      const value = mag === 1 ? String(q.value) : `${q.value! / mag}${digits.slice(-1)}`;
      out.push({
        ...s,
        message: `同一句中同类数量“${other.raw}”用阿拉伯数字，“${q.raw}”却用汉字数字：同类别应同形式（GB/T 15835—2011），宜写作“${value}${q.raw.slice(digits.length)}”。`,
        fix: { title: `改为“${value}”`, edits: [{ ...s, newText: value }], safe: false },
        related: [{ start: other.start, end: other.end, message: `同类数量：${other.raw}` }],
        data: { kind: 'mixed', unit: q.unit, chinese: q.raw, arabic: other.raw },
      });
    }
  }
  return out;
}

/** Figures of 10000 and more written in digits: with thousands separators (12,500) or without (12500). */
function separatorStyles(model: ReportModel): { grouped: Quantity[]; plain: Quantity[] } {
  const grouped: Quantity[] = [];
  const plain: Quantity[] = [];
  for (const q of model.quantities) {
    const digits = /^[0-9０-９][0-9０-９,，]*/.exec(q.raw)?.[0];
    if (!digits) continue;
    if (/[,，][0-9０-９]{3}/.test(digits)) grouped.push(q);
    else if (digits.length >= 5) plain.push(q);
  }
  return { grouped, plain };
}

function clockTimes(model: ReportModel): { h12: Draft[]; h24: Draft[] } {
  const h12: Draft[] = [];
  const h24: Draft[] = [];
  model.blocks.forEach((block) => {
    if (!PROSE_KINDS.has(block.kind)) return;
    const text = block.text;
    if (!/[0-9一二三四五六七八九十][:：时点]/.test(text)) return;
    CLOCK12.lastIndex = 0;
    for (let m; (m = CLOCK12.exec(text));) h12.push({ ...blockSpan(block, m.index, m.index + m[0].length), message: m[0] });
    CLOCK24.lastIndex = 0;
    for (let m; (m = CLOCK24.exec(text));) {
      if (CLOCK24_NOT_AFTER.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // 13时 must be a time of day: 时 after a count of hours reads 小时.
      if (text.charCodeAt(m.index + m[0].length) === 0x5c0f /* 小 */) continue;
      h24.push({ ...blockSpan(block, m.index, m.index + m[0].length), message: m[0] });
    }
  });
  return { h12, h24 };
}

export const styleNumbersCheck: Check = {
  name: 'style-numbers',
  rules: [
    {
      id: 'style/numbers',
      title: '数字用法不规范（GB/T 15835：范围号、两位数年份、同类数量汉字与阿拉伯数字混用、分节与12/24小时制不统一）',
      titleEn: 'Numbers written against GB/T 15835 (range marks, two-digit years, mixed numeral forms)',
      rationale:
        '出版物与公文的数字用法以 GB/T 15835—2011 为准：计量、计数用阿拉伯数字，同类别同形式；年份写全；数值范围用“～”、年份起止用“—”（GB/T 15834—2011）。' +
        '定型词语（三会一课、十四五、第一书记）、约数（三四个、十余名）、“一是/二是”按标准保留汉字，不报。',
      reference: 'GB/T 15835—2011《出版物上数字用法》；GB/T 15834—2011《标点符号用法》4.13',
      defaultSeverity: 'info',
      fixable: true,
      example: { bad: '全年开展培训3~5期，23年5月起轮训党员干部五期，培训12期。', good: '全年开展培训3～5期，2023年5月起轮训党员干部5期，培训12期。' },
    },
  ],
  run(model, ctx) {
    const out: Draft[] = [];
    let k = 0;
    const qs = model.quantities;
    model.blocks.forEach((block, index) => {
      if (!PROSE_KINDS.has(block.kind)) return;
      const from = k;
      while (k < qs.length && qs[k].blockIndex === index) k++;
      const mine = qs.slice(from, k);
      for (const d of ctx.inBlock(block, () => inBlock(block, mine))) out.push(d);
    });

    // Document-wide: the minority style is the one to change.
    const { grouped, plain } = separatorStyles(model);
    if (grouped.length && plain.length) {
      const few = grouped.length <= plain.length ? grouped : plain;
      const many = few === grouped ? plain : grouped;
      for (const q of few) {
        out.push({
          start: q.start,
          end: q.end,
          message: `多位数的写法不统一：文中“${many[0].raw}”${few === grouped ? '不分节' : '用千分撇分节'}，“${q.raw}”${few === grouped ? '却分节' : '却不分节'}；同类别应同形式（GB/T 15835—2011）。`,
          related: [{ start: many[0].start, end: many[0].end, message: `另一种写法：${many[0].raw}` }],
          data: { kind: 'separator' },
        });
      }
    }
    const { h12, h24 } = clockTimes(model);
    if (h12.length && h24.length) {
      const few = h12.length < h24.length ? h12 : h24;
      const many = few === h12 ? h24 : h12;
      for (const t of few) {
        out.push({
          start: t.start,
          end: t.end,
          message: `时间的写法不统一：文中“${many[0].message}”用${few === h12 ? '24' : '12'}小时制，“${t.message}”用${few === h12 ? '12' : '24'}小时制；同类别应同形式（GB/T 15835—2011）。`,
          related: [{ start: many[0].start, end: many[0].end, message: `另一种写法：${many[0].message}` }],
          data: { kind: 'clock' },
        });
      }
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
