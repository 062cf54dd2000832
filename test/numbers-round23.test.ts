// numbers/* on the ways of writing that round twenty-three of the evaluation showed the engine misread.
// Sentences are made up; each class has the defect it must find and the trap it must pass.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const counts = (text: string) => run(text, 'numbers/count').map((f) => flagged(text, f));

describe('numbers/count: things counted by 款', () => {
  const text = '面向个体工商户，我行上线了三款线上信贷产品，分别是“商户贷”“税信贷”和“流水贷”，全年累计放款2.1亿元。';

  it('a count in 款 is held against the quoted names that follow', () => {
    assert.deepEqual(counts(text), []);
    assert.deepEqual(counts(text.replace('三款', '四款')), ['四款线上信贷']);
  });

  it('an ordinal 款 (第三款) counts nothing', () => {
    assert.deepEqual(counts('依照《办法》第十二条第三款规定，办理了“商户贷”“税信贷”的展期手续。'), []);
  });
});

describe('numbers/count: a quoted grade of a scale (“五星”) before the grades listed', () => {
  it('is no count of the items when each item names its own grade', () => {
    assert.deepEqual(counts('全面推进“五星”党组织评定，全区46个村党组织中评出五星组织8个、四星组织21个、三星组织17个。'), []);
  });

  it('a quoted count whose items name the head without a grade is still held against them', () => {
    assert.deepEqual(counts('认真落实“三到位”要求，做到责任到位、人员到位。'), ['“三到位”']);
    assert.deepEqual(counts('认真落实“三到位”要求，做到责任到位、人员到位、措施到位。'), []);
  });
});
