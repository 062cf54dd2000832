// text/placeholder on blanks real drafts leave (issue 13): ** standing alone for a name, a list of
// ** blanks, a space left where a figure belongs, and _ that joins two names in a field. Our own examples.
import { strict as assert } from 'node:assert';
import { check } from './helpers';

const blanks = (text: string, kind: 'text' | 'markdown' = 'text') =>
  check(text, { kind })
    .findings.filter((f) => f.ruleId === 'text/placeholder')
    .map((f) => text.slice(f.start, f.end));

describe('real text: blanks (text/placeholder)', () => {
  it('** standing alone for a place name between Chinese characters is a blank', () => {
    assert.deepEqual(blanks('我们坚持走出一条具有**特色的乡村振兴之路，全年接待游客12万人次。'), ['**']);
  });

  it('a list of ** blanks (**、**等重点项目) is two blanks', () => {
    assert.deepEqual(blanks('全力推进**、**等重点招商项目落地，完成签约8个。'), ['**', '**']);
  });

  it('bold written in a pasted draft (**重点**工作) is no blank', () => {
    assert.deepEqual(blanks('今年的**重点**工作是招商引资，签约项目8个。'), []);
    assert.deepEqual(blanks('**注意：**本表数据截至6月底。', 'markdown'), []);
  });

  it('a space left where the figure belongs (收入为 万元) is an unfilled figure', () => {
    const found = blanks('截至9月末，我社各项收入为 万元，各项支出为 万元，实现利润 万元。');
    assert.deepEqual(found, ['万元', '万元', '万元']);
  });

  it('a meeting’s head count left out (应到人、实到人) is unfilled; 应到12人 and 参加人、记录人 are not', () => {
    assert.deepEqual(blanks('支部党员大会应到人、实到人，审议通过3项议题。'), ['人', '人']);
    assert.deepEqual(blanks('支部党员大会应到12人、实到11人，参加人、记录人均已签字。'), []);
  });

  it('份 and 例 standing where a count belongs (采集样本份。) are unfilled; 一式两份、月份 are not', () => {
    assert.deepEqual(blanks('全年采集流感样本份，全部按时送检。'), ['份']);
    assert.deepEqual(blanks('合同一式两份，按月份统计送检样本。'), []);
  });

  it('a spaced figure in Markdown (收入为 3.2 万元) is filled', () => {
    assert.deepEqual(blanks('截至9月末，各项收入为 3.2 万元，支出为 1.1 万元。', 'markdown'), []);
  });

  it('_ joining two names in a short field value is no blank; in a sentence it still is', () => {
    assert.deepEqual(blanks('**所在部门：** 技术部_西南分公司\n\n今年完成了三个项目。', 'markdown'), []);
    assert.deepEqual(blanks('持续深化医药卫生_改革，全年新增床位120张。'), ['_']);
    assert.deepEqual(blanks('任务：深化医药卫生_改革工作，推进分级诊疗制度建设。'), ['_']);
  });
});

describe('real text: numbered items left empty (text/placeholder)', () => {
  const blanks = (text: string) =>
    check(text)
      .findings.filter((f) => f.ruleId === 'text/placeholder')
      .map((f) => f.message);

  it('「1、」 alone on its line among written siblings is a slot never filled in', () => {
    assert.deepEqual(blanks('二、下周计划\n1、\n2、完成接口联调；\n3、整理测试报告。'), ['编号“1、”后面没有内容，尚未填写。']);
  });

  it('a numbered title with its text on the lines below, or a list where every item is empty, is no blank', () => {
    assert.deepEqual(blanks('一、主要工作\n（一）\n全年完成项目12个。\n（二）队伍建设\n新招聘4人。'), []);
    assert.deepEqual(blanks('附件：\n1、\n2、\n3、'), []);
  });
});
