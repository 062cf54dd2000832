// numbers/* on the ways of writing that round nineteen of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { buildModel } from '../server/src/engine/model';
import { EMPTY_CONFIG } from '../server/src/engine/config';
import { loadSegmenter } from '../server/src/segmenters/index';
import { run, flagged } from './numbers-util';

const conflicts = (text: string) => run(text, 'numbers/conflict').map((f) => flagged(text, f));
const figures = (text: string) => buildModel(text, 'text', EMPTY_CONFIG, loadSegmenter()).quantities.map((q) => q.raw);

describe('quantities: an item number run into the figure after it (3.4名 after 2.)', () => {
  it('reads the figure after the item number, not a decimal across it', () => {
    const text = '（二）师资建设\n1.全校现有专任教师86人。\n2.新入职教师7人。\n3.5名教师获评市级骨干教师。';
    assert.deepEqual(figures(text), ['86人', '7人', '5名']);
  });

  it('a paragraph opening with a decimal, no list open, keeps its decimal', () => {
    assert.deepEqual(figures('全年降雨量偏少。\n3.5万亩农田实现节水灌溉。'), ['3.5万亩']);
  });
});
