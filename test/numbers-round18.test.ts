// numbers/sum, numbers/count, numbers/percent and numbers/conflict on the ways of writing that round eighteen of
// the evaluation showed the engine misread. Sentences are made up; each class has the defect it must find and the
// trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const counts = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/count', { kind }).map((f) => flagged(text, f));

describe('numbers/count: headings after a sentence that first names a list of duties', () => {
  const text = (lead: string) =>
    [
      '二、工作开展情况',
      lead,
      '（一）社会事务。全年办理各类事项1200件。',
      '（二）民政工作。发放低保金320万元。',
      '（三）退役军人服务。走访慰问退役军人86人次。',
      '（四）信访工作。接待来访群众140人次。',
      '（五）包联村庄。到包联村走访调研40次。',
      '三、存在的不足',
      '一是学习不够深入。',
    ].join('\n');

  it('take up the duties, not the villages counted last', () => {
    assert.deepEqual(counts(text('本人分管社会事务、民政、退役军人服务和信访工作，包联4个村庄。')), []);
  });

  it('a colon after the count still announces them', () => {
    assert.deepEqual(counts(text('本人分管社会事务、民政、退役军人服务和信访工作，重点抓了四个方面：')), ['四个方面']);
  });

  it('a sentence of one count still announces its headings', () => {
    assert.deepEqual(counts(text('本人重点抓了四项工作。')), ['四项工作']);
  });
});
