// The cheap looks that let figure extraction and the number checks skip most text: each
// must answer exactly as the slow path it stands in front of, on both of its sides.
import { strict as assert } from 'node:assert';
import { loadSegmenter } from '../server/src/segmenters/index';
import { wordIndex, wordStartingAt, wordEndingAt, wordAt, wordBoundary } from '../server/src/engine/figures/word-index';
import { matchMarker } from '../server/src/engine/reader/markers';
import { hasFigure, parseNumber, unfilledFigures } from '../server/src/engine/figures/quantities';
import { quotedSpans } from '../server/src/engine/reader/quotes';
import { charSet, scanBack, scanForward, SENTENCE_END } from '../server/src/engine/text/scan';
import type { Block } from '../server/src/engine/types';
import { buildModel } from '../server/src/engine/model';
import { EMPTY_CONFIG, type EngineConfig } from '../server/src/engine/config';
import { findBreakdowns } from '../server/src/engine/figures/breakdowns';
import { SUM_DEFAULTS } from '../server/src/engine/checks/numbers-sum';
import { run } from './numbers-util';

const seg = loadSegmenter();
const words = (t: string) => seg.tag(t);

function prose(text: string): Block {
  return { kind: 'paragraph', nesting: 0, text, offsets: Int32Array.from(text, (_, i) => i), start: 0, end: text.length };
}

describe('figure pre-filters', () => {
  describe('word index', () => {
    const text = '今年共培训入党积极分子320人次，走访困难党员45户，其中少数民族党员12名。';
    const ws = words(text);
    const ix = wordIndex(ws);
    // The same questions answered by walking the words one by one.
    const spans: { s: number; e: number }[] = [];
    for (let at = 0, i = 0; i < ws.length; at += ws[i].word.length, i++) spans.push({ s: at, e: at + ws[i].word.length });

    it('covers the text end to end', () => {
      assert.equal(ws.map((w) => w.word).join(''), text);
      assert.equal(ix.start[ws.length], text.length);
    });
    it('answers which word starts, ends or holds each position as a walk over the words does', () => {
      for (let pos = -1; pos <= text.length + 1; pos++) {
        assert.equal(
          wordStartingAt(ix, pos),
          spans.findIndex((x) => x.s === pos),
          `start at ${pos}`,
        );
        assert.equal(
          wordEndingAt(ix, pos),
          spans.findIndex((x) => x.e === pos),
          `end at ${pos}`,
        );
        assert.equal(
          wordAt(ix, pos),
          spans.findIndex((x) => x.s <= pos && pos < x.e),
          `word at ${pos}`,
        );
        const straddled = spans.some((x) => x.s < pos && pos < x.e);
        assert.equal(wordBoundary(ix, pos), !straddled, `boundary at ${pos}`);
      }
    });
    it('has nothing to say about an empty block', () => {
      const empty = wordIndex([]);
      assert.equal(wordStartingAt(empty, 0), -1);
      assert.equal(wordEndingAt(empty, 0), -1);
      assert.equal(wordAt(empty, 0), -1);
    });
  });

  describe('outline markers by their first character', () => {
    it('still reads markers after leading (ideographic) spaces', () => {
      assert.equal(matchMarker('　　（一）加强政治建设')?.kind, 'cnParen');
      assert.equal(matchMarker('  1. 完成年度考核')?.kind, 'arabic');
      assert.equal(matchMarker('\u3000③组织专题学习')?.kind, 'circled');
      assert.equal(matchMarker('二是强化作风建设')?.kind, 'shi');
    });
    it('answers at once for paragraphs opening with anything else', () => {
      for (const t of ['全年共召开党委会议24次。', '　　坚持以习近平新时代中国特色社会主义思想为指导', '“三会一课”制度落实到位', '', '   ']) {
        assert.equal(matchMarker(t), undefined, t);
      }
    });
  });

  describe('reading Arabic figures digit by digit', () => {
    // A fixed pseudo-random sequence: the same strings on every run.
    let seed = 20231128;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const FULL = '０１２３４５６７８９';
    function figure(): { written: string; ascii: string } {
      const int = String(1 + next(9)) + Array.from({ length: next(17) }, () => String(next(10))).join('');
      const frac = next(3) === 0 ? Array.from({ length: 1 + next(6) }, () => String(next(10))).join('') : '';
      const ascii = frac ? `${int}.${frac}` : int;
      // Thousands separators and full-width forms as reports write them.
      let written = next(4) === 0 ? int.replace(/\B(?=(\d{3})+$)/g, next(2) ? ',' : '，') : int;
      if (frac) written += (next(2) ? '.' : '．') + frac;
      if (next(3) === 0) written = written.replace(/[0-9]/g, (d) => FULL[Number(d)]);
      return { written, ascii };
    }
    it('gives the same value and decimals as Number() on the ASCII form', () => {
      for (let k = 0; k < 5000; k++) {
        const { written, ascii } = figure();
        const dot = ascii.indexOf('.');
        assert.deepEqual(parseNumber(written), { value: Number(ascii), decimals: dot < 0 ? 0 : ascii.length - dot - 1 }, written);
      }
    });
    it('reads the figures of a report', () => {
      assert.deepEqual(parseNumber('12,500'), { value: 12500, decimals: 0 });
      assert.deepEqual(parseNumber('９８．５'), { value: 98.5, decimals: 1 });
      assert.deepEqual(parseNumber('0.35'), { value: 0.35, decimals: 2 });
      assert.deepEqual(parseNumber('1.0'), { value: 1, decimals: 1 });
    });
  });

  describe('hasFigure', () => {
    it('is false for prose without any digit, and for years, dates and ordinals', () => {
      assert.equal(hasFigure('组织开展业务培训，干部能力素质得到明显提升。'), false);
      assert.equal(hasFigure('2023年3月15日召开第2次专题会议。'), false);
    });
    it('is true for a figure, in ASCII or full-width digits', () => {
      assert.equal(hasFigure('联合12部门开展专项整治。'), true);
      assert.equal(hasFigure('覆盖群众９５００余人。'), true);
    });
  });

  describe('quote spans', () => {
    it('are found for every opening mark, unclosed ones running to the end of the line', () => {
      for (const [open, close] of [
        ['“', '”'],
        ['‘', '’'],
        ['《', '》'],
        ['〈', '〉'],
        ['「', '」'],
        ['『', '』'],
        ['"', '"'],
      ]) {
        const text = `学习${open}两学一做${close}精神，共开展活动12次。`;
        assert.deepEqual(quotedSpans(text), [{ start: 2, end: 8 }], text);
      }
      assert.deepEqual(quotedSpans('他说：“全年完成任务\n下一段'), [{ start: 3, end: 10 }]);
    });
    it('are none for text without an opening mark, closing marks included', () => {
      assert.deepEqual(quotedSpans('全年共开展主题党日活动12次，参与党员320人次。'), []);
      assert.deepEqual(quotedSpans('误写的后引号”与书名号》不开启引文。'), []);
    });
  });

  describe('quotes looked up for the first candidate', () => {
    const raws = (text: string) => buildModel(text, 'text', EMPTY_CONFIG, seg).quantities.map((q) => q.raw);
    it('leaves figures inside quotes and title marks alone, and reads those outside', () => {
      assert.deepEqual(raws('开展“三个一百”活动，评选《十佳支部》，共表彰先进集体12个。'), ['12个']);
      assert.deepEqual(raws('共表彰先进集体12个、优秀党员35名。'), ['12个', '35名']);
    });
  });

  describe('unfilled figures', () => {
    const units = (text: string) => unfilledFigures(prose(text), 0, words(text)).map((f) => text.slice(f.from, f.to));
    it('finds units left without their figure', () => {
      assert.deepEqual(units('全年完成固定资产投资亿元，同比增长%。'), ['%', '亿元']);
      assert.deepEqual(units('共培训入党积极分子名。'), ['名']);
    });
    it('passes over words that merely end like a unit', () => {
      // 重点 ends in 点 and 工作人员 in 人 (the pre-filter lets them through to the full test).
      assert.deepEqual(units('聚焦重点工作，配齐配强工作人员，服务群众3200人次。'), []);
    });
    it('leaves a percent sign after a figure or in a format string alone', () => {
      assert.deepEqual(units('满意度达到98.5%，模板写作%s。'), []);
    });
  });

  describe('breakdowns by the number of figures in a block', () => {
    const found = (text: string) =>
      findBreakdowns(buildModel(text, 'text', EMPTY_CONFIG, seg), SUM_DEFAULTS).map((b) => [b.total.raw, b.parts.map((q) => q.raw).join('、')]);
    it('reads a total with a single part (two figures are enough)', () => {
      assert.deepEqual(found('全年共发展党员12名，其中女党员5名。'), [['12名', '5名']]);
    });
    it('skips a block whose second figure is a percentage', () => {
      assert.deepEqual(found('全年共发展党员12名，其中女党员占比42%。'), []);
    });
    it('reads parts inside parentheses at the cue’s own level, and none without parentheses when the levels differ', () => {
      assert.deepEqual(found('全年共评选先进个人30名（其中党员20名、群众10名）。'), [['30名', '20名、10名']]);
      assert.deepEqual(found('全年共评选先进个人30名，其中党员20名（含预备党员3名）、群众10名。'), [['30名', '20名、10名']]);
    });
    it('still reads the breakdowns of a block with figures in several sentences', () => {
      assert.deepEqual(found('培训工作扎实推进。全年共培训干部320人次，分别为线上200人次、线下120人次；满意度达98%。'), [['320人次', '200人次、120人次']]);
    });
  });

  describe('patterns compiled once per option list', () => {
    it('follow each draft’s own rate words (numbers/percent)', () => {
      const text = '服务企业由去年的120家扩大到150家，扩容20%。';
      assert.equal(run(text, 'numbers/percent').length, 0);
      assert.equal(run(text, 'numbers/percent', { setting: { options: { increaseWords: ['扩容'] } } }).length, 1);
      assert.equal(run(text, 'numbers/percent').length, 0);
    });
    it('follow each draft’s own placeholder patterns (text/placeholder)', () => {
      const text = '本年度共走访企业〇〇家，意见建议待补充。';
      const withCircles = (c: EngineConfig) => ({ ...c, placeholders: { ...c.placeholders, patterns: [...c.placeholders.patterns, { pattern: '〇{2,}' }] } });
      const found = (config?: (c: EngineConfig) => EngineConfig) => run(text, 'text/placeholder', { config }).map((f) => f.data?.placeholder);
      assert.deepEqual(found(), ['待补充']);
      assert.deepEqual(found(withCircles), ['〇〇', '待补充']);
      assert.deepEqual(found(), ['待补充']);
    });
    it('follow each draft’s own phrase list (metrics/vague)', () => {
      const text = '机关作风焕然一新，群众满意度明显提升。';
      assert.deepEqual(
        run(text, 'metrics/vague').map((f) => f.data?.phrase),
        ['明显提升'],
      );
      assert.deepEqual(
        run(text, 'metrics/vague', { setting: { options: { phrases: ['焕然一新'] } } }).map((f) => f.data?.phrase),
        ['焕然一新'],
      );
      assert.deepEqual(
        run(text, 'metrics/vague').map((f) => f.data?.phrase),
        ['明显提升'],
      );
    });
  });

  describe('character sets', () => {
    const text = '一是强化理论武装；二是夯实基层基础，三是深化作风建设。';
    it('stop exactly at their characters', () => {
      const semi = text.indexOf('；');
      assert.equal(scanBack(text, text.length - 1, SENTENCE_END), semi + 1);
      assert.equal(scanForward(text, 0, SENTENCE_END), semi);
      const commas = charSet('，,');
      assert.equal(scanBack(text, text.length - 1, commas), text.indexOf('，') + 1);
      assert.equal(commas.has('。'.charCodeAt(0)), false);
      assert.equal(commas.has(','.charCodeAt(0)), true);
    });
  });
});
