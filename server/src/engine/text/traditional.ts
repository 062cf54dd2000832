// Traditional forms of the characters section titles and intensifier claims are made of, so a draft
// typed or converted in Traditional script (存在的問題、下步工作計劃、取得顯著成效) is still read.
// One character for one: offsets in the folded text are offsets in the draft.
const TRAD: Record<string, string> = {
  問: '问',
  題: '题',
  與: '与',
  計: '计',
  劃: '划',
  績: '绩',
  職: '职',
  責: '责',
  況: '况',
  開: '开',
  關: '关',
  進: '进',
  發: '发',
  動: '动',
  務: '务',
  結: '结',
  總: '总',
  經: '经',
  驗: '验',
  難: '难',
  項: '项',
  設: '设',
  規: '规',
  來: '来',
  處: '处',
  點: '点',
  實: '实',
  際: '际',
  從: '从',
  層: '层',
  黨: '党',
  潔: '洁',
  學: '学',
  習: '习',
  舉: '举',
  標: '标',
  達: '达',
  們: '们',
  個: '个',
  將: '将',
  還: '还',
  當: '当',
  顯: '显',
  爭: '争',
  內: '内',
  貫: '贯',
  徹: '彻',
  執: '执',
  評: '评',
  價: '价',
  // (…and of the claims metrics/vague reads: 取得顯著成效、有了長足的進步.)
  長: '长',
  強: '强',
  極: '极',
  飛: '飞',
  減: '减',
  觀: '观',
  變: '变',
};
export const TRAD_RE = new RegExp(`[${Object.keys(TRAD).join('')}]`, 'g');

export function simplifiedChar(c: string): string {
  return TRAD[c] ?? c;
}

/**
 * The characters above as a bitmap over the BMP (8 KB), read by char code: asked about the
 * whole draft on every run, a regular expression's class of scattered code points cost
 * ~15 ns a character (~1.5 ms for a 100k draft at every keystroke in the editor); a bit
 * test is one read.
 */
const TRAD_BITS = new Uint32Array(0x10000 >>> 5);
for (const c of Object.keys(TRAD)) TRAD_BITS[c.charCodeAt(0) >>> 5] |= 1 << (c.charCodeAt(0) & 31);

/** Whether the text holds any of the Traditional characters above. */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (Every one of them is a CJK ideograph: anything below U+4E00 is passed at once.)
    if (c >= 0x4e00 && (TRAD_BITS[c >>> 5] & (1 << (c & 31))) !== 0) return true;
  }
  return false;
}

/** The text with the Traditional characters above in their Simplified form, same length. */
export function foldTraditional(text: string): string {
  TRAD_RE.lastIndex = 0;
  return TRAD_RE.test(text) ? text.replace(TRAD_RE, simplifiedChar) : text;
}
