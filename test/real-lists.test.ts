// Lists as real reports lay them out, found when round three's sealed drafts were opened: a count
// announced from further off than the next few words, a quoted count whose bracketed items follow
// a longer name, figures written as a label's value (捐赠：1942万元), and a total stated in the
// paragraph after a Markdown list. Examples are our own.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const numbers = (text: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId.startsWith('numbers/'))
    .map((f) => `${f.ruleId} ${f.message}`);

describe('real text: lists laid out the way reports lay them out', () => {
  it('a colon announces the items from further off: 从三个方面推进“放管服”改革落地：一是…二是…', () => {
    const bad = '一、主要工作\n局里从三个方面推进“放管服”改革落地见效：一是压减审批时限；二是推行并联审批。\n';
    assert.deepEqual(numbers(bad), ['numbers/count 写的是“三个方面”，“一是……”列举实际有2项，二者不符。']);
    assert.deepEqual(numbers(bad.replace('二是推行并联审批。', '二是推行并联审批；三是开展跟踪回访。')), []);
  });

  it('without a colon, a far-off enumeration is not tied to the count (it may answer something else)', () => {
    assert.deepEqual(numbers('一、主要工作\n局里从三个方面推进“放管服”改革落地见效，工作中一是压减审批时限，二是推行并联审批。\n'), []);
  });

  it('a quoted count whose bracketed items follow a longer name: “四个一”主题实践活动（…）', () => {
    const bad = '一、主要工作\n开展“四个一”主题实践活动（读一本好书、写一篇心得、办一件实事），参与党员216人次。\n';
    assert.deepEqual(numbers(bad), ['numbers/count 写的是“四个一”，括号内列举实际有3项，二者不符。']);
    assert.deepEqual(numbers(bad.replace('办一件实事', '办一件实事、交一位朋友')), []);
  });

  it('a figure written as a label’s value (定向捐赠：1942万元) is a figure; a ratio after a figure (1：3) is not', () => {
    const m = check('一、主要工作\n定向捐赠：1942万元，配套比例1：3。\n').model;
    assert.deepEqual(
      m.quantities.map((q) => q.raw),
      ['1942万元'],
    );
  });

  it('以上三项共计… in the paragraph after a Markdown list adds up the items above it', () => {
    const list = '## 一、募集善款\n\n全年接收捐赠情况如下：\n\n- 定向捐赠：1260万元\n- 非定向捐赠：530万元\n- 物资折价：215万元\n\n';
    assert.deepEqual(numbers(list + '以上三项共计2015万元。\n', 'markdown'), ['numbers/sum 1260+530+215=2005，与“共计2015万元”不符。']);
    assert.deepEqual(numbers(list + '以上三项共计2005万元。\n', 'markdown'), []);
    // Two items above but “三项” said: not these items; no sum is claimed.
    assert.deepEqual(numbers(list.replace('- 物资折价：215万元\n', '') + '以上三项共计2015万元。\n', 'markdown'), []);
  });
});
