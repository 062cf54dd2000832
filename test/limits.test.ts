// deepLine: the first line nested past the limit, found by a scan that looks closer only
// at lines opening with a space, a tab or a container marker.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { deepLine } from '../server/src/engine/reader/limits';

/** The reading deepLine must keep: every line through regexes, as it was first written. */
function byRegex(text: string, max: number): { start: number; end: number; depth: number } | undefined {
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') break;
    const line = m[0];
    const lead = /^[ \t]*/.exec(line)![0];
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/.exec(line)?.[0] ?? '';
    if (!prefix && lead.length < 2 * max) continue;
    let cols = 0;
    for (const c of prefix || lead)
      if (c === ' ') cols++;
      else if (c === '\t') cols += 4;
    const markers = (line.slice(0, prefix.length + 1).match(/>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g) ?? []).length;
    const depth = markers + Math.floor(cols / 2);
    if (depth > max) return { start: m.index, end: m.index + line.replace(/[\r\n]+$/, '').length, depth };
  }
  return undefined;
}

describe('deepLine: the first line nested past the limit', () => {
  it('finds the quoted list nested deep, not the prose around it (a level per marker and per two spaces)', () => {
    const text = '一、主要工作\n全年完成培训12期。\r\n> > - 1. > 第一批学员结业\n> 二、存在问题\n';
    const hit = deepLine(text, 6);
    assert.deepEqual(hit, { start: 19, end: 37, depth: 7 });
    assert.equal(text.slice(hit!.start, hit!.end), '> > - 1. > 第一批学员结业');
    assert.equal(deepLine(text, 7), undefined);
  });

  it('counts indentation alone only when it is long (a tab four columns)', () => {
    assert.equal(deepLine('正文\n\t\t\t  三级缩进的一行\n', 2)?.depth, 7);
    assert.equal(deepLine('正文\n\t\t\t  三级缩进的一行\n', 3), undefined);
  });

  it('agrees with the regex reading on random lines of markers, spaces and prose (fast-check)', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '>', '> ', '- ', '* ', '+ ', '1. ', '12) ', '3.', '-', '正文', '工作', '\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (ps, max) => {
        const text = ps.join('');
        assert.deepEqual(deepLine(text, max), byRegex(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});
