// numbers/sum on breakdowns and tables written the way real reports write them (issue #13, items 6 and 9).
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

const sum = (text: string, kind: 'text' | 'markdown' = 'text') => run(text, 'numbers/sum', { kind });

describe('numbers/sum on real drafts', () => {
  describe('prose breakdowns', () => {
    it('a unit written once at the end of a 分别为 list', () => {
      const text = '全年门诊、急诊、体检量分别为21.5、4.3、2.2万人次，合计29万人次。';
      const [f, ...rest] = sum(text);
      assert.equal(rest.length, 0);
      assert.equal(flagged(text, f), '29万人次');
      assert.equal(f.message, '21.5+4.3+2.2=28，与“合计29万人次”不符。');
      assert.deepEqual(
        f.related?.map((r) => flagged(text, r)),
        ['21.5', '4.3', '2.2万人次'],
      );
      assert.equal(sum(text.replace('29万', '28万')).length, 0);
    });

    it('each item with its own 万 and the unit at the end', () => {
      assert.equal(sum('共服务群众5.9万人次，城区和农村分别为2.1万、3.6万人次。').length, 1);
      assert.equal(sum('共服务群众5.7万人次，城区和农村分别为2.1万、3.6万人次。').length, 0);
    });

    it('subjects between the total and 分别为', () => {
      const text = '全年接待读者共计52.4万人次，总馆、南区分馆、北区分馆分别为30.2、12.5、8.7万人次。';
      const [f] = sum(text);
      assert.equal(f.message, '30.2+12.5+8.7=51.4，与“共计52.4万人次”不符。');
      assert.equal(sum(text.replace('52.4', '51.4')).length, 0);
      // Two subjects, three figures: 分别 distributes over something else.
      assert.equal(sum('全年接待读者共计52.4万人次，总馆和分馆分别为30.2、12.5、8.7万人次。').length, 0);
    });

    it('a sum stated in the next sentence: 以上三项共计', () => {
      const text = '发放低保金1200万元；保障特困人员800人，发放供养金300万元；实施临时救助900人次，发放救助金150万元。以上三项共计发放救助资金1750万元。';
      const [f, ...rest] = sum(text);
      assert.equal(rest.length, 0);
      assert.equal(flagged(text, f), '1750万元');
      assert.equal(f.message, '1200+300+150=1650，与“共计1750万元”不符。');
      assert.equal(sum(text.replace('1750万元', '1650万元')).length, 0);
      // Fewer figures than the count announced: no reading to check.
      assert.equal(sum('发放低保金1200万元，发放供养金300万元。以上三项共计发放1500万元。').length, 0);
    });

    it('a colon list after the total', () => {
      assert.equal(sum('共培训330人次：线上200人次、线下120人次。').length, 1);
      assert.equal(sum('共培训320人次：线上200人次、线下120人次。').length, 0);
    });

    it('long labels sharing a head noun', () => {
      const text = '全年共办理案件120件，其中审结刑事案件25件、民事案件68件、行政案件17件。';
      assert.equal(sum(text).length, 1);
      assert.equal(sum(text.replace('68件', '78件')).length, 0);
      assert.equal(sum('全年共划分网格130个，其中城市社区网格88个、老旧小区网格27个、商务楼宇网格12个。').length, 1);
    });

    it('a clause with another measure between the total and 其中', () => {
      const text = '全年共实施项目40个，总投资5.1亿元，其中农田建设项目16个、产业融合项目13个、人居环境整治项目9个。';
      const [f] = sum(text);
      assert.equal(flagged(text, f), '40个');
      assert.equal(sum(text.replace('40个', '38个')).length, 0);
    });

    it('labels with parentheses stay whole', () => {
      const text = '全年开展培训86期，其中县级（含县直部门）培训30期、乡级（含街道）培训46期。';
      const [f] = sum(text);
      assert.equal(f.message, '30+46=76，与“86期”不符。');
      assert.deepEqual(
        f.related?.map((r) => r.message),
        ['分项：县级（含县直部门）培训30期', '分项：乡级（含街道）培训46期'],
      );
    });

    it('traps: 其中 naming only some of the parts, overlapping attributes', () => {
      for (const ok of [
        '支部现有党员36名，其中女党员14名。',
        '支部现有党员24名，其中女党员10名、退休党员2名。',
        '全县共有企业120家，其中高新技术企业30家、科技型中小企业45家。',
        '共选派驻村干部60名，其中女干部21名、少数民族干部9名、35岁以下干部18名。',
        '共实施项目50个，其中重点项目20个、民生项目15个。',
        '共收集意见建议85条，其中营商环境方面23条、民生保障方面31条等。',
        '全年共培训1100余人次，城区和农村分别为500、600人次。',
        '共发放补贴2860、640、215万元。',
        '上述两项工作均已完成，共涉及群众350户。',
      ]) {
        assert.deepEqual(
          sum(ok).map((f) => f.message),
          [],
          ok,
        );
      }
    });
  });

  describe('tables', () => {
    const md = [
      '| 平台 | 10月 | 12月 |',
      '| --- | --- | --- |',
      '| 公众号 | 2890 | 3120 |',
      '| 公众号增长率 | - | 7.9% |',
      '| 知乎 | 20160 | 30300 |',
      '| 掘金 | 1847 | 2180 |',
      '| 总计 | 24897 | 35400 |',
      '',
    ].join('\n');

    it('a total row against the rows above it, rate rows left out', () => {
      const [f, ...rest] = sum(md, 'markdown');
      assert.equal(rest.length, 0);
      assert.equal(flagged(md, f), '35400');
      assert.equal(f.message, '“总计”一行“12月”列：3120+30300+2180=35600，与35400不符。');
      assert.equal(sum(md.replace('35400', '35600'), 'markdown').length, 0);
    });

    it('pipe rows pasted without a |---| line, in plain text and in Markdown', () => {
      const pasted = md.replace('| --- | --- | --- |\n', '');
      assert.equal(sum(pasted, 'text').length, 1);
      assert.equal(sum(pasted, 'markdown').length, 1);
      assert.equal(sum(md, 'text').length, 1);
    });

    it('subtotal rows, cells like 3.6万, a total under the header', () => {
      const t = ['| 项目 | 人次 |', '| 合计 | 9.9万 |', '| 门诊 | 6.3万 |', '| 急诊 | 2.5万 |', '| 体检 | 1.2万 |', ''].join('\n');
      assert.equal(sum(t).length, 1);
      assert.equal(sum(t.replace('9.9万', '10万')).length, 0);
      const s = [
        '| 单位 | 户数 |',
        '| 甲村 | 120 |',
        '| 乙村 | 80 |',
        '| 小计 | 200 |',
        '| 丙社区 | 310 |',
        '| 丁社区 | 95 |',
        '| 小计 | 400 |',
        '| 合计 | 600 |',
        '',
      ].join('\n');
      // 合计 agrees with the subtotals as written: only the wrong subtotal is reported.
      assert.deepEqual(
        sum(s).map((f) => flagged(s, f)),
        ['400'],
      );
    });

    it('traps: rate and average columns, totals that no column adds up to, two-level labels', () => {
      const rates = ['| 指标 | 完成数 | 完成率（%） |', '| 门诊 | 100 | 95.5 |', '| 住院 | 50 | 90.1 |', '| 合计 | 150 | 93.9 |', ''].join('\n');
      assert.equal(sum(rates).length, 0);
      const notSum = ['| 项目 | 上年 | 本年 |', '| 甲 | 10 | 12 |', '| 乙 | 20 | 22 |', '| 合计 | 31 | 35 |', ''].join('\n');
      assert.equal(sum(notSum).length, 0);
      const levels = [
        '| 项目 | 金额 |',
        '| 一、财政拨款 | 300 |',
        '| （一）基本支出 | 200 |',
        '| （二）项目支出 | 100 |',
        '| 二、其他收入 | 50 |',
        '| 合计 | 350 |',
        '',
      ].join('\n');
      assert.equal(sum(levels).length, 0);
      const sub = ['| 类别 | 人数 |', '| 干部 | 40 |', '| 其中：女性 | 15 |', '| 职工 | 60 |', '| 合计 | 100 |', ''].join('\n');
      assert.equal(sum(sub).length, 0);
    });
  });
});
