// numbers/count: a stated number of items (三个方面, 以下四点, 五项措施, 两个宣讲团)
// against the items that actually follow: an inline enumeration (一是……二是……),
// the outline children of the node that announces them, or a 、-list right
// before or after the phrase. Political formulas (四个意识, 两个维护…) and quoted
// names are never counts of the items around them.
import { num, plainFields } from '../explain.js';
import { type Check, type CheckContext, optionsSchema, stringList } from '../rule.js';
import type { Block, Draft, OutlineNode, ReportModel, Span } from '../types.js';
import { blockSpan } from '../reader/blocks.js';
import { parseChineseNumeral } from '../reader/markers.js';
import { quotedSpans, inside } from '../reader/quotes.js';
import { walkOutline } from '../reader/outline.js';
import { scanBack, scanForward, charSet, SENTENCE_END } from '../text/scan.js';
import { ISSUED_AS, joinsOf, listAfter, listInBrackets, openOf, splitBefore, type ItemList } from '../figures/count-lists.js';
import { wordIndex, wordAt, wordStartingAt, type WordIndex } from '../figures/word-index.js';
import { compiledBy } from '../run/compiled.js';

const LIST_START = charSet('，,。；;：:\n（(）)');

export const COUNT_DEFAULTS = {
  // (推出四款专属产品: products, apps and models are counted by 款.)
  // (举办培训班4期，分别为…: 期 only after the noun it counts, announcing the items; 二期工程 is a phase.)
  classifiers: ['个方面', '方面', '个', '项', '条', '大', '类', '种', '点', '支', '件', '张', '批', '款', '期'],
  ignore: [
    '四个意识',
    '四个自信',
    '两个维护',
    '两个确立',
    '三个代表',
    '四个全面',
    '五位一体',
    '两个一百年',
    '三严三实',
    '四个服从',
    '四个伟大',
    '三个务必',
    '两个务必',
    '八项规定',
    '三会一课',
    '两学一做',
    '三重一大',
    '三大攻坚战',
    '五大发展理念',
    '四下基层',
    '三个区分开来',
    '两个结合',
    '十个明确',
    '十四个坚持',
    '三大任务',
    '两个大局',
    '四个自觉',
    '五个必由之路',
    '六个必须坚持',
    '两个毫不动摇',
    '三个一百',
    // (困难残疾人生活补贴和重度残疾人护理补贴: a named pair of subsidies, whatever list it ends.)
    '残疾人两项补贴',
  ],
};

/** A count of units of time: 12 个工作日, 3个月, 两个小时. */
const LENGTH_OF_TIME = /个\s?(?:工作日|小时|钟头|星期|礼拜|月|学时|课时)$/;
const NUM = '(?:[一二两三四五六七八九十]{1,3}|[2-9]|1[0-9])';
/** What a count with an adjective before it (五个重要的方面) may count: the parts of a whole. */
const PARTS = /^(?:方面|环节|步骤|阶段)$/;
/** The whole of a quoted count: “四个一”“三个坚持”“五项制度” (not “五个十佳”, whose head holds another number). */
const QUOTED_COUNT = new RegExp(
  `^(${NUM})(个|项|条|张|大|种|类|支|批|件)?(一[\u4e00-\u9fff]{0,2}|(?:(?![一二两三四五六七八九十百千万])[\u4e00-\u9fff]){1,4})$`,
  'u',
);
/** “五抓五促”“三比三看”: one numeral twice, each before a word of its own. */
const PAIRED_COUNT = /^([一二两三四五六七八九十])([\u4e00-\u9fff])\1((?![一二两三四五六七八九十])[\u4e00-\u9fff])$/u;

/** Up to a few words, then where a list may start: 落实“三到位”要求，做到…. */
// (“五个规范”要求规范组织生活，即…: 即 announces the list from further off.)
const HEADED_LEAD = /^[\u4e00-\u9fff]{0,6}(?:[：:]|[，,](?:即|就是|做到|实现|确保)?[：:]?)|^[\u4e00-\u9fff]{0,12}[，,](?:即|也就是|就是)[：:]?/;

/** What follows 三点 when it is a time of day: 三点半, 八点钟, 九点整, 十点一刻, 两点十分. */
const TIME_AFTER = /^(?:半|钟|整|一刻|三刻|[0-9０-９]{1,2}分|(?:[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])分)/;
/** A part of the day right before 三点: 下午三点, 晚上八点. */
const TIME_BEFORE = /(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜里|夜间|早晨|清晨)$/;

/** What names the body whose congress N大 is: 党的, or an organisation's name ending 联/协/会/团/盟 (文联, 作协, 工会, 共青团, 民盟). */
const CONGRESS_OF = /(?:党的|[联协会团盟])$/;
/** What follows a congress (its opening, its spirit, its report), not a counted noun (协会三大任务). */
const CONGRESS_AFTER = /^(?:[、，,。；;）)”"和及与上]|精神|报告|开幕|闭幕|召开|胜利|代表|以来|期间|会议|文件|$)/;

/** What a bare count before a colon follows: 主要有三类：, 分为四种：, 包括两项：, 一共做了 5 项：. */
const BARE_COUNT_LEAD = /(?:有|分为|分成|包括|包含|涉及|[\u4e00-\u9fff]了)$/;
/**
 * A count written after the noun it counts, then what announces the items: 修订管理制度五项，分别为…, 问题三类：.
 * (分别 and no figure to the sentence's end: 获奖3项，分别为一等奖1项、二等奖2项 is a breakdown, numbers/sum's.)
 */
const AFTER_NOUN_LEAD = /^(?:[：:]|[，,](?:分别为|分别是|即|具体为|具体是)[：:]?)/;

/** A noun of a few characters, then a colon: what a spaced count (5 项优化：) announces. */
// (…or its noun and what was done to them: 参与了 5 个项目的测试工作：.)
const SPACED_ANNOUNCES = /^[\u4e00-\u9fff]{1,4}(?:的[\u4e00-\u9fff]{1,6})?[：:]/;

interface Phrase {
  block: Block;
  blockIndex: number;
  from: number;
  to: number;
  count: number;
  text: string;
  /** A quoted count's repeated word (“三到位” → 到位, “四个坚持” → 坚持): each listed item names it. */
  head?: string;
  /** A quoted count without a counting word (“三到位”): only a list whose items all hold the head counts. */
  headOnly?: boolean;
  /** Written after the noun it counts (管理制度五项，分别为…): only a list in the clause's own marks counts. */
  postNoun?: boolean;
  /** A second word each item names (“五抓五促” → 促, beside 抓). */
  head2?: string;
}

/** The count phrase pattern for a pack's classifiers: built once per list, not per draft. */
const phraseRegex = compiledBy((classifiers: string[]): RegExp => {
  const cls = [...classifiers]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  // The lookahead repeats what NUM starts with: a pattern opening with a lookbehind gets no
  // first-character scan from V8 and tries every position of the text (2.3× slower).
  // (一共做了 5 项: a Markdown writer may space an Arabic count from its classifier.)
  return new RegExp(`(?=[一二两三四五六七八九十1-9])(?<![第0-9０-９一二两三四五六七八九十百千.．])(${NUM})( ?)(${cls})`, 'gu');
});

function findPhrases(model: ReportModel, ctx: CheckContext, classifiers: string[], ignore: string[]): Phrase[] {
  // Shared by every draft: its lastIndex is set before each block's scan.
  const re = phraseRegex(classifiers);
  const out: Phrase[] = [];
  model.blocks.forEach((block, bi) => {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'heading') return;
    for (const p of ctx.perBlock(block, 'phrases', () => inBlock(block))) out.push({ ...p, block, blockIndex: bi });
  });
  return out;

  function inBlock(block: Block): Omit<Phrase, 'block' | 'blockIndex'>[] {
    const out: Omit<Phrase, 'block' | 'blockIndex'>[] = [];
    const text = block.text;
    let quotes: readonly Span[] | undefined; // for the first phrase
    // Where the words start: built for the first phrase (most blocks have none).
    let ix: WordIndex | undefined;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const from = m.index;
      let to = from + m[0].length;
      const count = /^[0-9]/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
      if (!Number.isFinite(count) || count < 2 || count > 12) continue;
      if (m[2] && !/^[0-9]/.test(m[1])) continue;
      const cl = m[3];
      // 党的二十大, 文联十一大, 作协十大开幕式: right after an organisation's name, N大 is its Nth congress, not N of anything.
      if (cl === '大' && CONGRESS_OF.test(text.slice(Math.max(0, from - 2), from)) && CONGRESS_AFTER.test(text.slice(to, to + 2))) continue;
      // 下午三点半, 晚上八点钟: a time of day, not a count of points.
      if (cl === '点' && (TIME_AFTER.test(text.slice(to, to + 3)) || TIME_BEFORE.test(text.slice(Math.max(0, from - 2), from)))) continue;
      quotes ??= quotedSpans(text);
      // Quoted counts are read below, quote by quote.
      if (quotes.length && inside(quotes, from, to)) continue;
      ix ??= wordIndex(model.words(text));
      const words = ix.words;
      // The counted noun: the word right after the classifier (方面 needs none).
      const wi = wordStartingAt(ix, to);
      // 服务内容主要有三类：A、B、C: a count right before a colon, after 有/分为/包括, names no noun but announces the list.
      const after = text.slice(to);
      let postNoun = false;
      const bare =
        (/^(?:类|项|种|条)$/.test(cl) &&
          ((/^[：:]/.test(after) && BARE_COUNT_LEAD.test(text.slice(Math.max(0, from - 5), from).trimEnd())) ||
            (postNoun = afterNoun(model, text, from, after, cl)))) ||
        (cl === '期' && (postNoun = afterNoun(model, text, from, after, cl)));
      if (cl === '期' && !postNoun) continue;
      // 新建社区食堂4个（幸福里、锦江苑、丰泽园）: a count after its noun, the things it counts named in brackets
      // right after it (two or more, each a name of its own, no figure).
      const named = cl !== '点' && /[\u4e00-\u9fff]$/.test(text.slice(Math.max(0, from - 1), from)) && NAMED_AFTER.test(text.slice(to, to + 60));
      // (双十一、春节等 4 个高峰: a spaced count is read only where it announces the items, as a bare count does,
      // or as its noun does right before a colon: 一共落地了 5 项优化：.)
      if (m[2] && !bare && !SPACED_ANNOUNCES.test(after)) continue;
      if (!cl.endsWith('方面') && cl !== '点' && !bare && !named) {
        if (wi < 0) continue;
        const w = words[wi];
        if (/^[\p{P}\s]/u.test(w.word)) continue;
        // 五个重要的方面, 三个关键的环节: an adjective and 的 between the count and the parts it counts.
        const head = words[wi + 2];
        if (cl === '个' && w.tag === 'a' && words[wi + 1]?.word === '的' && head && PARTS.test(head.word)) {
          to += w.word.length + 1 + head.word.length;
          const own = wordAt(ix, from);
          if (own < 0 || ix.start[own] !== from) continue;
          const phrase = text.slice(from, to);
          if (!ignore.some((f) => phrase.startsWith(f))) out.push({ from, to, count, text: phrase });
          continue;
        }
        // 两项评选，三张清单：— jieba tags some counted nouns as verbs or adjectives; at a clause end they are still the head.
        const headAtEnd = /^[va]/.test(w.tag) && w.word.length >= 2 && /^[，,。；;：:（(]?$/.test(text.charAt(to + w.word.length));
        // 五项运维管理制度, 五项安全管理制度: a word the segmenter does not know (运维/x) or an adjective (安全/an)
        // right before a noun is that noun's modifier.
        // (五项内部管理制度: so is a word of place, 内部 / 外部 (f); 六项内控制度: and a word that only ever qualifies, 内控 (b).)
        const unknownBeforeNoun =
          (w.tag === 'x' || w.tag === 'an' || w.tag === 'a' || w.tag === 'f' || w.tag === 'b') &&
          /^[\u4e00-\u9fff]{2,}$/.test(w.word) &&
          /^(?:n|nz|vn|l|j|ng)/.test(words[wi + 1]?.tag ?? '');
        if (!/^(?:n|nz|vn|l|j|ng|nt)/.test(w.tag) && !headAtEnd && !unknownBeforeNoun) continue;
        to += w.word.length;
        // 三项重点任务: take a second noun of the same phrase.
        const w2 = words[wi + 1];
        if (w2 && /^(?:n|nz|vn|l|j|ng)/.test(w2.tag) && !/^[\p{P}\s]/u.test(w2.word)) to += w2.word.length;
      } else if (wi < 0 && wordStartingAt(ix, from) < 0) continue;
      // The numeral must start a word (十佳, 一百二十家 are other things), or the phrase lies inside one word.
      const own = wordAt(ix, from);
      if (own < 0 || (ix.start[own] !== from && ix.start[own + 1] < to)) continue;
      const phrase = text.slice(from, to);
      // (用时 12 个工作日：, 3个月： a length of time, not a count of the items after it.)
      if (LENGTH_OF_TIME.test(phrase)) continue;
      if (ignore.some((f) => phrase.startsWith(f) || f.startsWith(phrase) || text.slice(from, from + f.length) === f || formulaAround(text, from, f))) continue;
      out.push(postNoun ? { from, to, count, text: phrase, postNoun } : { from, to, count, text: phrase });
    }
    for (const q of quotes ?? quotedSpans(text)) {
      const p = quoted(text, q, ignore);
      if (p) out.push(p);
    }
    return out.length > 1 ? out.sort((a, b) => a.from - b.from) : out;
  }
}

/** （幸福里、锦江苑、丰泽园）: names in brackets, joined by 、 only, no figure among them. */
// (（含东苑、西湖湾） / （如…） / （其中…）: some of them, not the list.)
const NAMED_AFTER = /^[（(](?!含|包括|如|例如|比如|其中|主要|重点|涉及|分别)[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+[）)]/;

/** 修订内控制度五项，分别为《…》《…》: the count follows a noun (the word before it) and announces the items, none holding a figure. */
function afterNoun(model: ReportModel, text: string, from: number, after: string, cl: string): boolean {
  const lead = AFTER_NOUN_LEAD.exec(after);
  if (!lead) return false;
  // (识别出漏损原因 5 类：: a spaced count follows its noun past the space.)
  const ws = model.words(text.slice(scanBack(text, from, SENTENCE_END), from).trimEnd());
  const w = ws[ws.length - 1];
  if (!w || !/^(?:n|nz|vn|l|j)$/.test(w.tag) || w.word.length < 2) return false;
  // (…分别为A班、B班、C班，累计培训1350人次: a figure in a clause after the list's is what came of the things, not an item;
  // one counted as the things are — ，其余2项正在修订 — may count the rest of them.)
  const clause = /^[^，,；;。！!？?\n]*/.exec(after.slice(lead[0].length))![0];
  const rest = after.slice(lead[0].length + clause.length, scanForward(after, 0, SENTENCE_END));
  // (《…办法》（岷政办发〔2025〕21号）: the number a document was issued under is no figure of the items.)
  return !/[0-9０-９]/.test(clause.replace(ISSUED_AS, '')) && !new RegExp(`(?:[0-9０-９]|[一二两三四五六七八九十])\\s?${cl}`).test(rest);
}

/** A formula whose count is not its first character (残疾人两项补贴), written around the count at `from`. */
function formulaAround(text: string, from: number, f: string): boolean {
  const k = f.search(/[0-9一二两三四五六七八九十]/);
  return k > 0 && from >= k && text.startsWith(f, from - k);
}

/** A quote holding nothing but a count and a short head (“四个一”“五项制度”“三到位”), as a phrase with its marks. */
function quoted(text: string, q: Span, ignore: string[]): Omit<Phrase, 'block' | 'blockIndex'> | undefined {
  if (q.end - q.start > 9 || !/["”」』’]/.test(text[q.end - 1])) return undefined;
  const inner = text.slice(q.start + 1, q.end - 1);
  // “五抓五促”: the count twice, each before a word every item names (抓党建促发展).
  const pair = PAIRED_COUNT.exec(inner);
  if (pair) {
    const count = parseChineseNumeral(pair[1]);
    if (!Number.isFinite(count) || count < 2 || count > 12 || ignore.some((f) => inner === f)) return undefined;
    return { from: q.start, to: q.end, count, text: inner, head: pair[2], head2: pair[3], headOnly: true };
  }
  const m = QUOTED_COUNT.exec(inner);
  if (!m) return undefined;
  const count = /^[0-9]/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  if (!Number.isFinite(count) || count < 2 || count > 12) return undefined;
  if (ignore.some((f) => inner === f || inner.startsWith(f))) return undefined;
  return { from: q.start, to: q.end, count, text: inner, head: m[3], headOnly: !m[2] };
}

interface Items {
  spans: Span[];
  source: 'enumeration' | 'outline' | 'list' | 'bullets' | 'table';
  /** For a list in the sentence: how its items are set apart. */
  kind?: ItemList['kind'] | 'brackets' | 'examples' | 'and';
  /** The list ends with 等 or names a subset: fewer items than stated is fine. */
  open: boolean;
  /** Items joining two things (党建和业务): each may stand for two of the stated count. */
  joins: number;
  /** Fewer items than stated may only mean the rest come in the next sentence. */
  mayContinue: boolean;
  /** Another reading of the list's items (a ；-list's first item read as a 、-list): a count it fits is no slip. */
  alt?: Span[];
}

/** Each block's outline node (the last in outline order whose body holds it), once per model. */
function nodeOfBlock(model: ReportModel, bi: number): OutlineNode | undefined {
  const byBlock = model.shared('nodesByBlock', () => {
    // One pass over the outline, not one per phrase: a 100k draft has thousands of nodes.
    const m = new Map<Block, OutlineNode>();
    for (const n of walkOutline(model.outline)) for (const b of n.body) m.set(b, n);
    return m;
  });
  return byBlock.get(model.blocks[bi]);
}

/** What introduces a list right after the count: 三项重点：…, 三项措施，即…, “四个一”机制：…. */
const LIST_LEAD = /^(?:的?[\u4e00-\u9fff]{0,4})?(?:[：:]|[，,](?:即|分别是|分别为|包括|主要是|主要有|主要包括|具体是|具体为)[：:]?)/;
/** An outline marker opening the block's text (二、 1、 （三）). */
const OWN_MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[）)])/;
/**
 * The count's own clause, then a short one of what became of the things counted, then the colon: 三个项目的开发，
 * 均按期上线： (not one naming a selection or other things: ，主要工作：, ，重点做法：).
 */
const CLAUSE_THEN_COLON =
  /^[\u4e00-\u9fff]{0,8}[，,](?![^：:]*(?:主要|重点|部分|其中|例如|比如|如下|情况|工作|做法|举措|措施|成果|成效|收获|体会|亮点|经验|问题))[\u4e00-\u9fff]{2,8}[：:]\s*$/;

/** A count in an earlier clause of the sentence (抓好一个格局，建立两个机制，…): the sentence counts several things. */
// (投入了两个月，一共落地了5项优化：a span of time, 两个月, counts no things.)
const EARLIER_COUNT =
  /(?<![第0-9０-９.．])(?:[一二两三四五六七八九十]{1,3}|[0-9]{1,2})(?:个方面|个(?!多?(?:月|小时|星期|礼拜|工作日|季度|半月))|项|条|大|类|种|支|张|批|方面)[\u4e00-\u9fff]/;

function countedBefore(text: string, from: number): boolean {
  const lead = text.slice(scanBack(text, from, SENTENCE_END), from);
  const cut = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('、'), lead.lastIndexOf('；'), lead.lastIndexOf(';'));
  return cut > 0 && EARLIER_COUNT.test(lead.slice(0, cut));
}

/**
 * 本人分管城建、城管和应急工作，联系3个社区。: an earlier clause of the sentence names a 、-list of duties; the
 * headings after such a sentence take up those duties (and the count last among them), not the count's items.
 */
function listedBefore(text: string, from: number): boolean {
  const lead = text.slice(scanBack(text, from, SENTENCE_END), from);
  const cut = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('；'), lead.lastIndexOf(';'));
  return cut > 0 && /[\u4e00-\u9fff]、[\u4e00-\u9fff]/.test(lead.slice(0, cut));
}

/** What points to the items that follow, right before the count: 下面四件事, 以下三个方面. */
const FOLLOWING_BEFORE = /(?:以下|下面|下列)\s*$/;

/** A lead that ends by announcing what follows: 开展工作，具体如下。 / 的工作，现总结如下： */
// (四件事，按轻重缓急排列如下。: how they are laid out may take a few more words.)
const AS_FOLLOWS = /^(?:的?[\u4e00-\u9fff]{0,4})?[，,]?(?:现将?|具体|特)?(?:[\u4e00-\u9fff]{0,4}|按[\u4e00-\u9fff]{2,6})如下[：:。]?\s*$/;
/** Brackets that may hold the list: 五项制度（首问负责、…）. */
const BRACKET_LEAD = /^(?:的?[\u4e00-\u9fff]{0,8})?[（(]/;

function fromList(p: Phrase, list: ItemList, mayContinue: boolean, brackets = false): Items {
  const spans = list.spans.map((x) => blockSpan(p.block, x.start, x.end));
  const alt = list.alt?.map((x) => blockSpan(p.block, x.start, x.end));
  return { spans, source: 'list', kind: brackets ? 'brackets' : list.kind, open: list.open, joins: list.joins, mayContinue, alt };
}

function itemsFor(model: ReportModel, p: Phrase): Items | undefined {
  const found = p.headOnly ? undefined : plainItemsFor(model, p);
  if (found || !p.head) return found;
  // “三到位”，做到责任到位、措施到位: a list further on counts when every item names the head.
  const text = p.block.text;
  // “三到位”要求（责任到位、措施到位）: the brackets right after hold the list.
  const bracket = /^[\u4e00-\u9fff]{0,6}[（(]/.exec(text.slice(p.to));
  if (bracket) {
    const list = listInBrackets(text, p.to + bracket[0].length - 1);
    if (list && list.spans.every((x) => namesHeads(text.slice(x.start, x.end), p))) return fromList(p, list, false, true);
    return undefined;
  }
  const lead = HEADED_LEAD.exec(text.slice(p.to));
  if (!lead) return undefined;
  const list = listAfter(text, p.to + lead[0].length);
  // (“五项管理”，对作业、睡眠、手机、读物管理逐项…: the head written once after the last item is every item's.)
  const shared = list && !p.head2 ? sharedHead(p, list, p.head) : undefined;
  if (shared) return shared;
  if (!list || !list.spans.every((x) => namesHeads(text.slice(x.start, x.end), p)))
    return p.head2 || !/即|就是|[：:]/.test(lead[0]) ? undefined : joinedHeads(text, p, p.to + lead[0].length);
  // (“五星”支部创建，…评定五星支部6个、四星支部9个、三星支部6个: every item counts its head — 五星, 四星 — so the
  // quote names a grade of a scale, one of the items, not a count of them.)
  if (list.spans.every((x) => gradeOf(text.slice(x.start, x.end), p.head!))) return undefined;
  const items = fromList(p, list, !list.endsBlock && list.kind !== 'dun' && list.kind !== 'quotes');
  // (抓民生促和谐: an item naming both heads is one of the formula's, whatever 和 its words hold.)
  return p.head2 ? { ...items, joins: 0 } : items;
}

/** What may open the first item of a list the head is shared over: 对作业、睡眠…管理 / 把…、…管理. */
const SHARED_LEAD = /^(?:对|把|将|从|就|围绕|抓好|落实|加强|强化)/;

/**
 * “五项管理”规定，对作业、睡眠、手机、读物管理逐项制定细则: a 、-list of short names (four characters or fewer), the
 * quoted count's head (two characters or more) written once, right after the last name, and named by no other item —
 * the head is every item's (作业管理, 睡眠管理…), so the items are the names. The last item is cut at the head.
 */
function sharedHead(p: Phrase, list: ItemList, head: string): Items | undefined {
  const text = p.block.text;
  if (list.kind !== 'dun' || list.open || head.length < 2 || list.spans.length < 2) return undefined;
  const items = list.spans.map((x) => text.slice(x.start, x.end));
  const last = items[items.length - 1];
  const at = last.indexOf(head);
  // (作业、睡眠等管理: the names stand for more.)
  if (at < 1 || at > 4 || !/^[\u4e00-\u9fff]+$/.test(last.slice(0, at)) || last[at - 1] === '等') return undefined;
  const first = items[0].replace(SHARED_LEAD, '');
  const names = [first, ...items.slice(1, -1)];
  if (names.some((n) => !/^[\u4e00-\u9fff]{1,4}$/.test(n) || n.includes(head))) return undefined;
  const spans = list.spans.map((x, k) => blockSpan(p.block, x.start, k === list.spans.length - 1 ? x.start + at + head.length : x.end));
  return { spans, source: 'list', kind: 'dun', open: false, joins: 0, mayContinue: false };
}

/** The clause a quoted count announces, when it names the head on each side of 和/及/与 and nowhere else. */
const AND_CLAUSE = /^[^，,。；;：:！!？?\n（(“”]{4,60}(?=[，,。；;！!？?]|$)/;
/** What may carry a list on after its clause: ，以及…, ，还有…. */
const GOES_ON = /^[，,]\s*(?:以及|及|和|与|还有|另外|此外|同时|并|等)/;

/**
 * “三个专项”行动，即A专项整治和B专项检查: items joined by 和 (not by 、, which listAfter reads) each naming the quoted
 * count's head, nothing else in the clause naming it: as many items as heads.
 */
function joinedHeads(text: string, p: Phrase, s: number): Items | undefined {
  const head = p.head!;
  if (head.length < 2) return undefined;
  const m = AND_CLAUSE.exec(text.slice(s));
  if (!m || GOES_ON.test(text.slice(s + m[0].length)) || /^等/.test(text.slice(s + m[0].length))) return undefined;
  const clause = m[0];
  const spans: Span[] = [];
  let from = 0;
  const joins = /以及|和|及|与/g;
  let j: RegExpExecArray | null;
  while ((j = joins.exec(clause)) !== null) {
    const item = clause.slice(from, j.index);
    // (A join inside an item — 院感防控和质控专项检查 — leaves its head to the item after it.)
    if (!item.includes(head)) continue;
    spans.push({ start: s + from, end: s + j.index });
    from = j.index + j[0].length;
  }
  const last = clause.slice(from);
  if (!spans.length || !last.includes(head)) return undefined;
  spans.push({ start: s + from, end: s + clause.length });
  // Each item names the head once, and the count of heads is the count of items.
  if (spans.some((x) => text.slice(x.start, x.end).split(head).length !== 2)) return undefined;
  if (spans.some((x) => x.end - x.start < head.length + 2)) return undefined;
  return { spans, source: 'list', kind: 'and', open: false, joins: 0, mayContinue: false };
}

/** Whether an item names the quoted count's head (and its second one: 抓…促…). */
function namesHeads(item: string, p: Phrase): boolean {
  return item.includes(p.head!) && (!p.head2 || item.includes(p.head2));
}

/** Whether `item` names `head` with a numeral right before it (四星 in 四星支部9个): a grade, not the head itself. */
function gradeOf(item: string, head: string): boolean {
  for (let at = item.indexOf(head); at >= 0; at = item.indexOf(head, at + 1)) if (at > 0 && /[一二两三四五六七八九十0-9０-９]/.test(item[at - 1])) return true;
  return false;
}

function plainItemsFor(model: ReportModel, p: Phrase): Items | undefined {
  const text = p.block.text;
  // 1. An inline enumeration right after the phrase in the same block.
  const endSrc = blockSpan(p.block, p.from, p.to).end;
  const en = model.enumerations.find((e) => e.blockIndex === p.blockIndex && e.items[0].marker.start >= endSrc);
  if (en) {
    const gapText = model.text.slice(endSrc, en.items[0].marker.start);
    // A colon announces the list from further off (从四个方面推进“学为中心”课堂改革：一是…).
    if (/^[\u4e00-\u9fff“”]{0,10}[：:，,。]?\s*$/.test(gapText) || /^[\u4e00-\u9fff“”]{0,18}[：:]\s*$/.test(gapText))
      return { spans: en.items.map((i) => i.span), source: 'enumeration', open: false, joins: 0, mayContinue: false };
  }
  // 2. The node whose title or closing lead announces its children.
  const rest = text.slice(p.to);
  const node = nodeOfBlock(model, p.blockIndex);
  const ownTitle = node !== undefined && node.body.length === 1 && node.body[0] === p.block && rest.trim() === '';
  // (负责三个项目的前端开发，均按期上线：— a short clause saying what became of them may stand before the colon.)
  const colon = /^[\u4e00-\u9fff]{0,8}[：:]\s*$/.test(rest) || AS_FOLLOWS.test(rest) || CLAUSE_THEN_COLON.test(rest);
  // (围绕下面四件事展开。 / 从以下三个方面汇报。: 下面/以下 right before the count points to what follows, and a short
  // verb may close the sentence.)
  const following = FOLLOWING_BEFORE.test(text.slice(Math.max(0, p.from - 3), p.from)) && /^[\u4e00-\u9fff]{0,6}[：:。]\s*$/.test(rest);
  const announces = ownTitle || colon || following || /^(?:的?工作|的?内容|的?情况)?[：:。]\s*$/.test(rest);
  // 从思想建设、任务执行、能力提升三方面展开总结：the parts are named before the count; the headings
  // after it take them up (and a draft cut short may hold fewer).
  const named = announces ? listBefore(model, p) : undefined;
  // 联系内科、骨伤科等4个党支部。: a 等-list before a count that merely ends its sentence counts those
  // things, examples of them; only a colon, 如下 or a heading of its own announces the headings after.
  if (named && (!named.open || (!colon && !ownTitle))) return named;
  if (announces) {
    // The items are the first child's family: a sub-heading after 1、2、 (### 总结与反思) is no third item.
    // 抓好一个格局，建立两个机制，开展好五项活动。: headings after a sentence of several counted things take up
    // those things (（一）抓好一个格局…), not the last count's items.
    // (…and so do headings after a sentence that merely ends with the count, when it first named a list of other things.)
    const several = countedBefore(text, p.from) || (!colon && !ownTitle && !/以下$/.test(text.slice(0, p.from)) && listedBefore(text, p.from));
    // (# 2025年度述职报告 / 一年来，我主要抓了三个方面的工作。/ ## 一、主要工作 …: the paragraph closing the body of the
    // document's title heading, whose children are the report's parts, is the report's lead, as one before any heading is.
    // Not a colon's, which announces what comes right after it; and only over parts the report names as such — 主要工作,
    // 存在的不足 — not a heading's items: ## 遗憾 / 去年写了三个插件： / 1. 2.)
    const secs = model.sectionNodes;
    if (
      node &&
      !several &&
      !colon &&
      node.body[node.body.length - 1] === p.block &&
      secs.length &&
      node.children[0] === secs[0] &&
      !secs.includes(node) &&
      secs.some((s) => s.section)
    )
      return leadItems(model, p);
    const all = node && node.body[node.body.length - 1] === p.block && !several ? node.children : undefined;
    const family = all?.filter((c) => c.marker.kind === all[0].marker.kind && c.rank === all[0].rank);
    // (…up to where the numbering starts again: 两个插件：1. 2. … 两个功能：1. 2. are two lists under one heading.)
    const restart = family?.findIndex((c, k) => k > 0 && c.marker.ordinal === 1 && family[k - 1].marker.ordinal >= 2) ?? -1;
    const children = restart > 0 ? family!.slice(0, restart) : family;
    // (推动“两个覆盖” ⏎ 1.指导建立党组织… 2.开展示范创建…: items under a quoted formula that never name its head are the work
    // done for it, not its two parts.)
    const formulaApart =
      !!p.head && /[“"]/.test(text.charAt(p.from) + text.charAt(p.from - 1)) && !!children?.every((c) => !c.title.split(/[，,。；;：:]/)[0].includes(p.head!));
    if (children?.length && !formulaApart)
      return { spans: children.map((c) => ({ start: c.start, end: c.titleSpan.end })), source: 'outline', open: false, joins: 0, mayContinue: false };
    // A Markdown bullet list right after the announcing paragraph.
    const next = model.blocks[p.blockIndex + 1];
    // (Only after a colon or 如下: a sentence that merely ends before a list does not announce it.)
    if (colon && next && next.kind === 'listItem' && !children?.length && !several) {
      const spans: Span[] = [];
      for (let i = p.blockIndex + 1; i < model.blocks.length; i++) {
        const b = model.blocks[i];
        if (b.kind === 'listItem' && b.nesting === next.nesting) spans.push({ start: b.start, end: b.end });
        else if (b.kind === 'listItem' && b.nesting > next.nesting) continue;
        else break;
      }
      return { spans, source: 'bullets', open: false, joins: 0, mayContinue: false };
    }
    // (全年参与了 5 个项目的测试工作： ⏎ | 项目 | 角色 | … |: a table right after the colon lists them, a row each, its
    // header and a 合计 row aside.)
    // (Not after another clause: …三条主线开展工作，关键数字：| 指标 |… — the colon announces the figures.)
    // (Nor a count of some of them: 参与 3 个项目，承担其中 2 个项目的技术负责人：.)
    if (
      colon &&
      /^[\u4e00-\u9fff]{0,10}[：:]\s*$/.test(rest) &&
      !/其中\s*$/.test(text.slice(Math.max(0, p.from - 4), p.from)) &&
      next &&
      next.kind === 'tableRow' &&
      !children?.length &&
      !several
    ) {
      const rows: Span[] = [];
      for (let i = p.blockIndex + 2; i < model.blocks.length && model.blocks[i].kind === 'tableRow'; i++) {
        const b = model.blocks[i];
        if (!TOTAL_ROW.test(b.text.replace(/^[\s|*]+/, ''))) rows.push({ start: b.start, end: b.end });
      }
      if (rows.length >= 2) return { spans: rows, source: 'table', open: false, joins: 0, mayContinue: false };
    }
    if (!node && !several && model.preamble[model.preamble.length - 1] === p.block && model.sectionNodes.length) return leadItems(model, p);
  }
  // 3a. A list right after: 三项重点：党建、业务、队伍建设。 / 两项措施：强化培训；严格考核。
  const after = LIST_LEAD.exec(rest);
  if (after) {
    const list = listAfter(text, p.to + after[0].length);
    // (干线4条，分别为A、B、C和D；早高峰…: after a count that follows its noun, a ；-list runs on into what came of them.)
    if (list && p.postNoun && list.kind === 'semicolon') return undefined;
    // A ，- or ；-list may go on in the next sentence; a 、-list ends with its clause.
    if (list) return fromList(p, closingJoin(text, list), !list.endsBlock && list.kind !== 'dun' && list.kind !== 'quotes');
  }
  // 3b. Brackets right after: 推行五项制度（首问负责、限时办结、一次告知）。
  const bracket = BRACKET_LEAD.exec(rest);
  if (bracket) {
    const list = listInBrackets(text, p.to + bracket[0].length - 1);
    if (list) return fromList(p, list, false, true);
  }
  // 3d. Examples further on: 从五个重要的方面进行了探讨，如A、B，C以及D等 — fewer is a selection, more cannot be.
  const ex = EXAMPLES_LEAD.exec(rest);
  if (ex) {
    const spans = examplesAfter(text, p.to + ex[0].length);
    if (spans)
      return { spans: spans.map((x) => blockSpan(p.block, x.start, x.end)), source: 'list', kind: 'examples', open: true, joins: 0, mayContinue: false };
  }
  return listBefore(model, p);
}

/** A few words, then 如/例如 opening examples of what was counted. */
const EXAMPLES_LEAD = /^[^，,。；;：:“”]{0,12}[，,](?:如|例如|比如|诸如)[：:]?/;

/**
 * The examples from `s` to the sentence's end, closed by 等: short names set apart by 、，or 以及
 * (政府职能转变、腐败问题，“三农”问题，就业问题以及金融方面的问题等). Three or more, none over ten characters
 * nor holding a figure; undefined for anything else (a clause that goes on: 收获很大).
 */
function examplesAfter(text: string, s: number): Span[] | undefined {
  const end = scanForward(text, s, SENTENCE_END);
  const close = /等{1,2}\s*$/.exec(text.slice(s, end));
  if (!close) return undefined;
  const stop = end - close[0].length;
  const spans: Span[] = [];
  for (const m of text.slice(s, stop).matchAll(/[^、，,]+/g)) {
    // (以及 joins the last two names.)
    let at = s + m.index;
    for (const part of m[0].split('以及')) {
      spans.push({ start: at, end: at + part.length });
      at += part.length + 2;
    }
  }
  if (spans.length < 3) return undefined;
  for (const x of spans) {
    const item = text.slice(x.start, x.end);
    if (item.length < 2 || item.length > 10 || /[0-9０-９]/.test(item)) return undefined;
  }
  return spans;
}

/**
 * The lead paragraph's “以下四个方面” may mean all top sections, those before the problems
 * part, or the headings of the first one (一、主要工作 → （一）…（四）): any agreeing is enough,
 * and a count below the sections' may name only some of them.
 */
function leadItems(model: ReportModel, p: Phrase): Items | undefined {
  const secs = model.sectionNodes;
  // One top section is no report's outline: the text was cut, or its parts were not recognised.
  if (secs.length < 2) return undefined;
  let w = 0;
  while (w < secs.length && secs[w].section !== 'problems' && secs[w].section !== 'next') w++;
  const first = secs[0].children;
  const outline = (nodes: OutlineNode[]): Items => ({
    spans: nodes.map((c) => ({ start: c.start, end: c.titleSpan.end })),
    source: 'outline',
    open: false,
    joins: 0,
    mayContinue: false,
  });
  // 重点抓了以下三个方面的工作 before one part of work done (一、主要工作 → （一）…（四）): the work is its headings.
  if (w === 1 && first.length >= 2 && /^的?工作/.test(p.block.text.slice(p.to))) return p.count === first.length ? undefined : outline(first);
  if (p.count === secs.length || p.count === w || p.count === first.length || p.count < secs.length) return undefined;
  return outline(w >= 2 ? secs.slice(0, w) : first.length >= 2 ? first : secs);
}

/** After the count, the last item joined by 和/及 to one more: both sides four characters or more (not 作风和纪律建设). */
const FINAL_JOIN_AFTER = /^([\u4e00-\u9fff]{4,})[和及]([\u4e00-\u9fff]{4,})$/;

/**
 * 三类：助老陪伴、四点半课堂、垃圾分类宣传和无偿献血组织: in a 、-list of three or more after the count, a 和
 * (及) in the last item alone, between two names of an item's length, is the list's closing conjunction.
 */
function closingJoin(text: string, list: ItemList): ItemList {
  const spans = list.spans;
  if (list.kind !== 'dun' || spans.length < 3) return list;
  const last = spans[spans.length - 1];
  if (spans.slice(0, -1).some((x) => /[和及与]/.test(text.slice(x.start, x.end)))) return list;
  // (周调度、月通报、季考核和年度评估: a first side as long as every item before it, three characters or more, is one
  // more of them. Not two: 思想、组织、作风和纪律建设 may name 作风和纪律建设 as one.)
  const len = spans[0].end - spans[0].start;
  const even = len >= 3 && spans.slice(0, -1).every((x) => x.end - x.start === len);
  const m = FINAL_JOIN_AFTER.exec(text.slice(last.start, last.end)) ?? (even ? evenJoin(len).exec(text.slice(last.start, last.end)) : null);
  if (!m) return list;
  const split = [...spans.slice(0, -1), { start: last.start, end: last.start + m[1].length }, { start: last.start + m[1].length + 1, end: last.end }];
  return { ...list, spans: split, joins: list.joins - 1 };
}

/** The last item opening with a name of `len` characters, then 和/及 and another of two or more. */
function evenJoin(len: number): RegExp {
  return new RegExp(`^([\\u4e00-\\u9fff]{${len}})[和及]([\\u4e00-\\u9fff]{2,})$`);
}

/** The last item of a 、-list joined to one more by 和/及: both sides two or more characters, no other join. */
const FINAL_JOIN = /^([\u4e00-\u9fff]{2,})[和及]([\u4e00-\u9fff]{2,})$/;

/** An item holding the end of a counted list and the start of the next: 餐饮服务4个股室及城区 → 城区. */
const COUNTED_THEN_JOIN =
  /^.*?(?:[0-9０-９]+|[一二两三四五六七八九十]{1,3})(?:个|家|所|项|类|支|条|名|处)[\u4e00-\u9fff]{1,6}?(?:以及|及|和|与)(?=[\u4e00-\u9fff]{2})/;

/** An item that is a place in a sequence of rounds (完成第一批, 第二期共), a verb and a total word allowed around it. */
const ORDINAL_ITEM = /^([\u4e00-\u9fff]*)第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:批次?|期|轮|阶段|季度|届)(?:共计?|合计|累计|总计)?$/;
/** A count of the rounds themselves (两批, 三期). */
const ROUNDS = /^(?:[一二两三四五六七八九十]{1,3}|[0-9]{1,2})\s?(?:个)?(?:批|期|轮|阶段|季度|届)/;

/** 3c. A list right before: 调研、座谈、走访三项活动; “学习标兵”“服务明星”两项评选; 首问负责、限时办结（三项制度）. */
function listBefore(model: ReportModel, p: Phrase): Items | undefined {
  const text = p.block.text;
  let s = p.from;
  // （首问负责、限时办结、一次告知）三项制度
  if (s > 0 && /[）)]/.test(text[s - 1])) {
    const open = openOf(text, s - 1);
    if (open >= 0) {
      const list = listInBrackets(text, open);
      if (list) return fromList(p, list, false, true);
    }
    return undefined;
  }
  // 首问负责、限时办结、一次告知（以下简称“三项制度”）: the count in brackets names the list before them.
  const lead = /[（(](?:以下)?(?:简称|合称|统称|即|共)?$/.exec(text.slice(Math.max(0, s - 6), s));
  if (lead) s -= lead[0].length;
  let open = false;
  const tail = /(?:等|这|包括[^，,。；;：:]*在内的?|在内的?)$/.exec(text.slice(Math.max(0, s - 20), s));
  if (tail && !lead) {
    // 包括A、B在内的六个系统: the list is a subset of what is counted.
    if (tail[0] !== '这') open = true;
    s -= /在内的?$/.test(tail[0]) ? /在内的?$/.exec(tail[0])![0].length : tail[0].length;
  }
  // 二、配合团险、中介、个险三支渠道: the block's own outline marker is no item.
  const b = Math.max(scanBack(text, s, LIST_START), OWN_MARKER.exec(text)?.[0].length ?? 0);
  let spans = splitBefore(text, b, s);
  if (!spans || spans.length < 2) return undefined;
  // 食品生产、餐饮服务2个股室及城区、河口2个监管所: a list counted on its own, then 及 (和, 与) and the next
  // list — the count counts only the items after the join.
  for (let k = spans.length - 2; k >= 0; k--) {
    const m = COUNTED_THEN_JOIN.exec(text.slice(spans[k].start, spans[k].end));
    if (!m) continue;
    spans = [{ start: spans[k].start + m[0].length, end: spans[k].end }, ...spans.slice(k + 1)];
    break;
  }
  if (spans.length < 2) return undefined;
  // 完成第一批、第二批共3个行政村…: items that are places in a sequence (第一批, 第二期) name the rounds the things
  // counted came in, each holding some of them, not the things themselves (unless the count counts the rounds).
  // (The first item runs from the clause's start: 今年完成第一期.)
  const ordinal = (x: Span) => ORDINAL_ITEM.exec(text.slice(x.start, x.end))?.[1].length ?? 99;
  if (spans.every((x, k) => ordinal(x) <= (k ? 2 : 8)) && !ROUNDS.test(p.text)) return undefined;
  if (/^(?:包括|如|例如|比如|包含)/.test(text.slice(spans[0].start, spans[0].end))) open = true;
  // 驻点值守、质量评查、回访和异地协作等四项: in a 、-list of three or more, a 和 (及) in the last item
  // alone is the list's closing conjunction, joining its last two items (none of the others holds one).
  const closing = spans.length >= 3 ? FINAL_JOIN.exec(text.slice(spans[spans.length - 1].start, spans[spans.length - 1].end)) : null;
  // (…or one item of two short words: 青少年、农民、产业工人、老年人、领导干部和公务员五类重点人群 — either reading is kept.)
  let unsplit: Span[] | undefined;
  if (closing && text[spans[0].end] === '、' && spans.slice(0, -1).every((x) => !/[和及与]/.test(text.slice(x.start, x.end)))) {
    const { start, end } = spans[spans.length - 1];
    // (Two short words only: 特种设备安全和工业产品质量安全 are two items like the rest.)
    if (closing[1].length <= 4 && end - start - closing[1].length - 1 <= 4) unsplit = spans.slice();
    spans.splice(spans.length - 1, 1, { start, end: start + closing[1].length }, { start: start + closing[1].length + 1, end });
  }
  const lastItem = spans[spans.length - 1];
  // (城乡低保、临时救助、残疾人“两项补贴”等救助资金: a quoted formula right after a short last item is that item's name,
  // one of the list, not a count of it.)
  // (…and 等 after it closes the list it stands in: a count of the list would come after the 等.)
  if (
    /^["“]/.test(text.charAt(p.from)) &&
    text.charAt(p.to) === '等' &&
    lastItem.end === p.from &&
    /^[\u4e00-\u9fff]{1,4}$/.test(text.slice(lastItem.start, lastItem.end))
  )
    return undefined;
  // 组织党员、干部开展三项活动: the phrase is the object of a verb in the last item, not the list's head.
  const lastWords = model.words(text.slice(lastItem.start, lastItem.end));
  // (《预算管理办法》: a title is a name, whatever verbs its words hold.)
  // (车辆使用管理办法: nor does a rule's name, ending in what it is — 办法, 制度, 预案 — whatever verbs its words hold.)
  const titled = /^《[^《》]+》$|(?:制度|办法|预案|规定|细则|规程|责任制|方案)$/.test(text.slice(lastItem.start, lastItem.end));
  // (在A区、B区和C县布置了7个试验点: a last item closed by 了 ends in a doing, whatever its verb was read as — the list says
  // where, the count is the doing's object.)
  const verbInLast =
    !titled && lastWords.length > 1 && (lastWords.some((w) => /^v/.test(w.tag) && w.tag !== 'vn') || lastWords[lastWords.length - 1].tag === 'ul');
  // (从思想建设、任务执行、能力提升三方面: 从…方面 frames the list, whatever verbs its items hold.)
  const framed = /方面$/.test(p.text) && /从[^、，,]{2,}$/.test(text.slice(spans[0].start, spans[0].end));
  if (verbInLast && !framed && !parallelTail(model, text, spans, lastWords) && !doingsAlike(model, text, spans, lastWords)) return undefined;
  // (抹擦、清扫、整理湖滨西路两个新建的公交站台: bare verbs, the last one's object after it — the count is of that object.
  // The first item may carry the clause's opening: 组织志愿者擦洗、清扫、整理….)
  const verbOf = (x: Span, whole: boolean) => {
    const ws = model.words(text.slice(x.start, x.end));
    const w = ws[ws.length - 1];
    return (whole ? ws.length === 1 : ws.length >= 1) && /^v/.test(w.tag) && w.tag !== 'vn' ? w.word : '';
  };
  const firstVerb = verbOf(spans[0], false);
  if (
    spans.length >= 3 &&
    firstVerb &&
    spans.slice(1, -1).every((x) => verbOf(x, true)) &&
    lastWords.length >= 2 &&
    lastWords[0].word.length === firstVerb.length
  )
    return undefined;
  // 开展“阳光大课间”、落实“三项制度”: a verb, then the quoted count as its object, after a verb and a quoted object —
  // two doings joined by 、, the count one of their objects, not the list's head.
  const objectOf =
    /^["“]/.test(text.charAt(p.from)) &&
    /^[\u4e00-\u9fff]{1,2}$/.test(text.slice(lastItem.start, lastItem.end)) &&
    spans.slice(0, -1).some((x) => /[\u4e00-\u9fff]{2}[“"][^”"]+[”"]$/.test(text.slice(x.start, x.end)));
  if (objectOf) return undefined;
  // 养老金、低保金、残疾人两项补贴分别为2860万元、960万元、185万元: as many figures as items
  // distributed by 分别 say the count names the last item (残疾人两项补贴), not the list.
  const fb = /^[\u4e00-\u9fff]{0,4}分别(?:为|是|有|达到|达)?([^，,；;。：:]*)/.exec(text.slice(p.to));
  if (fb && fb[1].split('、').filter((x) => /[0-9０-９]/.test(x)).length === spans.length) return undefined;
  const quoted = (x: Span) => /^["“「『‘《]/.test(text[x.start]) && /["”」』’》]$/.test(text[x.end - 1]);
  // (对评价为“中”“差”的7个项目: the quoted grades a thing was given, then 的, pick out those of the count; they are no items.)
  const grades = text.slice(spans[0].start, p.from);
  if (/^(?:[^“”]{0,8}(?:为|是|评|定))?(?:“[^“”]{1,4}”){2,}\s*的\s*$/.test(grades)) return undefined;
  if (!spans.slice(1).every((x) => x.end > x.start && x.end - x.start <= (quoted(x) ? 16 : 12))) return undefined;
  const kind = spans.every((x) => text[x.end] !== '、') && spans.length > 1 ? 'quotes' : 'dun';
  return {
    spans: spans.map((x) => blockSpan(p.block, x.start, x.end)),
    source: 'list',
    kind,
    open,
    joins: joinsOf(text, spans),
    mayContinue: false,
    alt: unsplit?.map((x) => blockSpan(p.block, x.start, x.end)),
  };
}

/**
 * 会员走访、信用评价、行业统计、纠纷调解三项制度: the last item ends in a verb as an item in the middle of
 * the list does, with as many characters — a noun and its verb as the name of each item (行业统计 / 纠纷调解),
 * not a verb that takes the count as its object (党员、干部开展三项活动).
 */
function parallelTail(model: ReportModel, text: string, spans: Span[], lastWords: { word: string; tag: string }[]): boolean {
  if (spans.length < 3) return false;
  const last = spans[spans.length - 1];
  const end = lastWords[lastWords.length - 1];
  if (!end || end.tag !== 'v' || lastWords.length < 2 || !/^n/.test(lastWords[lastWords.length - 2].tag)) return false;
  return spans.slice(1, -1).some((x) => {
    if (x.end - x.start !== last.end - last.start) return false;
    const ws = model.words(text.slice(x.start, x.end));
    return ws.length === lastWords.length && /^v/.test(ws[ws.length - 1].tag);
  });
}

/**
 * 问题收集、督促整改、督查督办、跟踪回访三项机制: every item after the first is a doing of four characters or more, made
 * of verbs only, as long as the last — names of practices, each a doing, not a verb taking the count as its object.
 */
function doingsAlike(model: ReportModel, text: string, spans: Span[], lastWords: { word: string; tag: string }[]): boolean {
  if (spans.length < 3) return false;
  const last = spans[spans.length - 1];
  const len = last.end - last.start;
  const doing = (ws: { tag: string }[]) => ws.length >= 2 && ws.every((w) => /^v/.test(w.tag));
  if (len < 4 || !doing(lastWords)) return false;
  return spans.slice(1, -1).every((x) => x.end - x.start === len && doing(model.words(text.slice(x.start, x.end))));
}

/** A heading that counts what it heads: 笔记——19篇, 书评：10篇，完成. */
const HEADING_COUNT =
  /^([^\s—－:：]{1,12}?)\s*(?:——|—|－－|--|：|:)\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(篇|本|部|首|个|项|条|门|款)(?=$|[，,；;（(\s])/;
/** A heading naming a selection of what it counts: 主要、部分、精选、其中… */
const SELECTION = /主要|其中|例如|比如|部分|精选|节选|选读|代表|推荐|摘|等|之一|top|TOP|Top/;
/** A line that is one item of a plain list: a link, a template tag, a Markdown list item or a short title (no full stop). */
const ITEM_LINE = /^(?:\[[^\]]+\]\([^)]*\)\S{0,2}|\{%[^%]*%\}|(?:[-*+]|[0-9]{1,2}[.)])\s+\S.{0,60}|[^。！!；;\s][^。！!；;]{0,39})$/;

/**
 * 笔记——19篇 over the titles of the section's lines, one per line: a count in a heading against the lines
 * of its section when every line is an item (a link, a template tag, a list item or a short title) and they
 * stand in one run. Not for a heading naming a selection, nor for a section running to the end of the page
 * with fewer lines (the rest may be cut).
 */
function headingLines(model: ReportModel): Draft[] {
  const out: Draft[] = [];
  const heads = model.blocks.filter((b) => b.kind === 'heading');
  heads.forEach((h, k) => {
    const m = HEADING_COUNT.exec(h.text.trim());
    if (!m || SELECTION.test(h.text)) return;
    const count = /^[0-9]/.test(m[2]) ? Number(m[2]) : parseChineseNumeral(m[2]);
    if (!Number.isFinite(count) || count < 2) return;
    const lineEnd = model.text.indexOf('\n', h.end);
    if (lineEnd < 0) return;
    const next = heads[k + 1];
    const body = model.text.slice(lineEnd + 1, next ? next.start : model.text.length);
    // (The next heading's own # marks are not in its block: cut them off the body's last line.)
    const lines: Span[] = [];
    let at = lineEnd + 1;
    for (const l of body.replace(/\n[ \t]*#{1,6}[ \t]*$/, '').split('\n')) {
      if (l.trim()) lines.push({ start: at, end: at + l.length });
      at += l.length + 1;
    }
    const lineText = (x: Span) => model.text.slice(x.start, x.end);
    // (One run of lines, none indented — a nested item is no item of the count — and none running on: 完成了…，)
    const oneRun = lines.length >= 2 && !/\n[ \t]*\n/.test(model.text.slice(lines[0].start, lines[lines.length - 1].end));
    if (!oneRun || lines.some((x) => /^\s/.test(lineText(x)) || /[，,、：:（(]$/.test(lineText(x).trimEnd()) || !ITEM_LINE.test(lineText(x).trim()))) return;
    if (lines.length === count || (!next && lines.length < count)) return;
    const from = h.text.indexOf(m[2]);
    out.push({
      ...blockSpan(h, from, from + m[2].length + m[3].length),
      message: `标题写的是“${m[2]}${m[3]}”，其下实际列出${lines.length}${m[3]}，二者不符。`,
      related: lines.map((x, i) => ({ ...x, message: `第${i + 1}${m[3]}` })),
      data: { stated: count, found: lines.length, source: '标题下各行' },
    });
  });
  return out;
}

/** Whether each item holds one figure and the figures add up to `count`. */
function groupsAddUp(model: ReportModel, spans: readonly Span[], count: number): boolean {
  let sum = 0;
  for (const s of spans) {
    const inside = model.quantities.filter((q) => q.start >= s.start && q.end <= s.end && q.value !== undefined && q.kind === 'count');
    if (inside.length !== 1) return false;
    sum += inside[0].value!;
  }
  return sum === count;
}

/** A table's row of sums: 合计, 小计, 总计. */
const TOTAL_ROW = /^(?:合计|小计|总计|共计)/;

const LIST_NAMES: Record<NonNullable<Items['kind']>, string> = {
  dun: '顿号并列',
  comma: '逗号并列',
  semicolon: '分号并列',
  quotes: '引号并列',
  brackets: '括号内列举',
  examples: '举例',
  and: '“和”字并列',
};

export const numbersCountCheck: Check = {
  name: 'numbers-count',
  rules: [
    {
      id: 'numbers/count',
      title: '说“三个方面”却列了四条：所述条数与实际列举不符',
      titleEn: 'Stated number of items does not match the items listed',
      rationale: '“从以下三个方面”后面列了四条，是领导一眼就能看出的硬伤。列举可以是“一是……二是……”、下级标题，或顿号并列。',
      defaultSeverity: 'error',
      fixable: false,
      options: optionsSchema({
        classifiers: stringList('计数用的量词（个、项、条、大、方面、点……）'),
        ignore: stringList('固定提法，不按条数核对（四个意识、两个维护……）'),
      }),
      example: {
        bad: '重点抓好三个方面工作：一是强化理论武装；二是夯实基层基础；三是深化作风建设；四是严格监督执纪。',
        good: '重点抓好四个方面工作：一是强化理论武装；二是夯实基层基础；三是深化作风建设；四是严格监督执纪。',
      },
      explain(d) {
        if (d.stated === undefined) return plainFields(d);
        return [`写明 ${num(d.stated)} 项，实际列出 ${num(d.found)} 项${d.source ? `（按${String(d.source)}计数）` : ''}`];
      },
    },
  ],
  run(model, ctx) {
    const opts = ctx.options('numbers/count', COUNT_DEFAULTS);
    const out: Draft[] = [];
    for (const p of findPhrases(model, ctx, opts.classifiers, opts.ignore)) {
      const items = itemsFor(model, p);
      if (!items) continue;
      const n = items.spans.length;
      // One item is no list: more often the rest was not recognised, or the text was cut.
      if (n < 2) continue;
      if (n === p.count || items.alt?.length === p.count) continue;
      // (落实“双减”和“五项管理” ⏎ 1.…6.: a title naming another quoted aim beside the count holds the items of both — more
      // of them, or fewer when one item sums up an aim: 1.严格落实作业、睡眠…“五项管理”要求 ⏎ 2.… ⏎ 3.….)
      if (items.source === 'outline' && /[”"]\s*[和与及、]\s*$/.test(p.block.text.slice(0, p.from).replace(/[“"]$/, ''))) continue;
      if (items.open && n < p.count) continue;
      // 三项工作：党建和业务、队伍建设: one item may cover two of the count.
      // (四项机制，即联席会议机制、党建与业务融合考核机制…: not an item that ends in the counted noun and names it once, one of
      // it whatever 与 joins before that.)
      const noun = /[项个条类种大]([\u4e00-\u9fff]{2,})$/.exec(p.text)?.[1];
      // (技术责任人和巡查责任人, the noun on both sides of the 和, is still two.)
      const itemText = (x: Span) => model.text.slice(x.start, x.end).trimEnd();
      const joins =
        noun && items.spans.every((x) => itemText(x).endsWith(noun))
          ? items.spans.filter((x) => itemText(x).indexOf(noun) < itemText(x).length - noun.length).length
          : items.joins;
      if (n < p.count && (items.mayContinue || p.count <= n + joins)) continue;
      // (共 9 个插件： ⏎ - 银行类：4 个 ⏎ - 第三方支付：3 个 ⏎ - 跨境：2 个: groups whose figures add up to the count break it down.)
      if (n < p.count && groupsAddUp(model, items.spans, p.count)) continue;
      const where =
        items.source === 'list'
          ? LIST_NAMES[items.kind ?? 'dun']
          : items.source === 'enumeration'
            ? '“一是……”列举'
            : items.source === 'outline'
              ? '下级标题'
              : items.source === 'table'
                ? '表格'
                : '列表';
      const span = blockSpan(p.block, p.from, p.to);
      out.push({
        ...span,
        // (修订四项制度，包括考勤制度、财务制度和采购制度: read as two items, 和 may join two; the writer counts three.)
        message:
          n < p.count && joins
            ? `写的是“${p.text}”，${where}实际最多有${n + joins}项（“和”“及”两边各算一项），二者不符。`
            : `写的是“${p.text}”，${where}实际有${n}项，二者不符。`,
        related: items.spans.map((s, i) => ({ ...s, message: `第${i + 1}项` })),
        data: { stated: p.count, found: n, source: items.source },
      });
    }
    for (const d of headingLines(model)) out.push(d);
    return out;
  },
};
