import { strict as assert } from 'node:assert';
import { matchMarker, parseChineseNumeral, canonicalMarker } from '../server/src/engine/reader/markers';

describe('outline markers', () => {
  it('reads Chinese numerals up to the twenties and beyond', () => {
    assert.equal(parseChineseNumeral('一'), 1);
    assert.equal(parseChineseNumeral('十'), 10);
    assert.equal(parseChineseNumeral('十二'), 12);
    assert.equal(parseChineseNumeral('二十一'), 21);
    assert.equal(parseChineseNumeral('一百零八'), 108);
    assert.ok(Number.isNaN(parseChineseNumeral('第')));
  });

  const cases: [string, string, number, string][] = [
    ['一、履行职责情况', 'cn', 1, '一、'],
    ['二十一、其他工作', 'cn', 21, '二十一、'],
    ['一、一年来的主要工作', 'cn', 1, '一、'],
    ['三、2024年工作思路', 'cn', 3, '三、'],
    ['三.下步打算', 'cn', 3, '三.'],
    ['（一）谋全局抓统筹还不够深入', 'cnParen', 1, '（一）'],
    ['(二)创新精神不足', 'cnParen', 2, '(二)'],
    ['（三）、抓普通党员教育不够严格', 'cnParen', 3, '（三）、'],
    ['1、深入学习宣传贯彻', 'arabic', 1, '1、'],
    ['2.着力锻造坚强有力基层党组织', 'arabic', 2, '2.'],
    ['3．扎实推进党建与业务深度融合', 'arabic', 3, '3．'],
    ['１２．全角数字', 'arabic', 12, '１２．'],
    ['（1）举办培训班', 'arabicParen', 1, '（1）'],
    ['(2).开展宣讲', 'arabicParen', 2, '(2).'],
    ['③完善制度', 'circled', 3, '③'],
    ['一是推进党建与业务融合', 'shi', 1, '一是'],
    ['二要夯实基层基础', 'shi', 2, '二要'],
  ];
  for (const [text, kind, ordinal, marker] of cases) {
    it(`recognises ${marker} in “${text}”`, () => {
      const m = matchMarker(text);
      assert.ok(m, 'no marker');
      assert.equal(m.kind, kind);
      assert.equal(m.ordinal, ordinal);
      assert.equal(m.text, marker);
    });
  }

  const negatives = [
    '2023年，县直机关工委围绕中心工作',
    '1.5万人次参加了线上答题',
    '12.5%的党支部达到五星标准',
    '十分重视基层党建工作',
    '一、二季度累计完成投资3.2亿元',
    '1、2月份受疫情影响',
    '一是一、二是二的工作作风',
    '“五个十佳”评选活动顺利开展',
    '第2页',
  ];
  for (const text of negatives) {
    it(`does not take “${text}” for a marker`, () => {
      assert.equal(matchMarker(text), undefined);
    });
  }

  it('writes canonical markers per GB/T 9704', () => {
    assert.equal(canonicalMarker('cn', 4), '四、');
    assert.equal(canonicalMarker('cnParen', 12), '（十二）');
    assert.equal(canonicalMarker('arabic', 3), '3.');
    assert.equal(canonicalMarker('arabicParen', 2), '（2）');
  });
});
