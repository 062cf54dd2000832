import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

describe('numbers/sum', () => {
  it('explains the arithmetic and points to the parts', () => {
    const text = '举办党务知识竞赛，共评选表彰优秀选手100名，其中一等奖10名、二等奖30名、三等奖50名。';
    const [f, ...rest] = run(text, 'numbers/sum');
    assert.equal(rest.length, 0);
    assert.equal(flagged(text, f), '100名');
    assert.equal(f.message, '10+30+50=90，与“共100名”不符。');
    assert.deepEqual(
      f.related?.map((r) => flagged(text, r)),
      ['10名', '30名', '50名'],
    );
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.data?.sumMin, 90);
  });

  it('reads parts written before 共计', () => {
    const text = '各支部组织线上学习42次、线下学习65次，共计117次。';
    const [f] = run(text, 'numbers/sum');
    assert.equal(f.message, '42+65=107，与“共计117次”不符。');
  });

  it('converts money units before adding', () => {
    const ok = '全年累计争取上级资金1.1亿元，其中中央资金5000万元、省级资金4000万元、市级资金2000万元。';
    assert.equal(run(ok, 'numbers/sum').length, 0);
    assert.equal(run(ok.replace('1.1亿元', '1.2亿元'), 'numbers/sum').length, 1);
  });

  it('gives approximate totals bounds, and reports only bounds that cannot meet', () => {
    assert.equal(run('全年培训党员6100余人次，其中线上3500人次、线下2650人次。', 'numbers/sum').length, 0);
    const [f] = run('全年走访群众3000余户，其中脱贫户1200户、监测户800户、一般户600户。', 'numbers/sum');
    assert.equal(f.message, '1200+800+600=2600，与“3000余户”不符。');
  });

  it('does not add up overlapping attributes or lists that end with 等', () => {
    assert.equal(run('共选派挂职干部50名，其中女干部18名、少数民族干部9名。', 'numbers/sum').length, 0);
    assert.equal(run('共收集意见建议85条，其中涉及营商环境23条、民生保障31条等。', 'numbers/sum').length, 0);
  });

  it('a single part larger than its total is always wrong', () => {
    const text = '全年走访服务企业120家，其中规上企业135家。';
    const [f] = run(text, 'numbers/sum');
    assert.match(f.message, /分项“规上企业135家”已超过“120家”/);
  });

  it('handles nested 其中 and several totals in one paragraph', () => {
    assert.equal(run('共发展党员100名，其中机关党员60名（其中女党员20名）、企业党员40名。', 'numbers/sum').length, 0);
    const text = '共举办培训班12期，其中示范班4期、专题班8期；共培训650人次，其中县级培训210人次、乡级培训380人次。';
    const fs = run(text, 'numbers/sum');
    assert.deepEqual(
      fs.map((f) => flagged(text, f)),
      ['650人次'],
    );
  });

  it('honours the tolerance option', () => {
    const text = '全年共培训党员干部321人次，其中县级培训200人次、乡级培训120人次。';
    assert.equal(run(text, 'numbers/sum').length, 1);
    assert.equal(run(text, 'numbers/sum', { setting: { options: { tolerance: 1 } } }).length, 0);
  });
});
