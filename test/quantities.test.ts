// Quantity extraction: every form a report writes a figure in, and the look-alikes
// that are not counts (years, dates, ordinals, hotlines, document numbers, names).
import { strict as assert } from 'node:assert';
import { buildModel } from '../server/src/engine/model';
import { EMPTY_CONFIG } from '../server/src/engine/config';
import { unfilledFigures, type Quantity } from '../server/src/engine/figures/quantities';
import { loadSegmenter } from '../server/src/segmenters/index';

const seg = loadSegmenter();

function qs(text: string): Quantity[] {
  return buildModel(text, 'text', EMPTY_CONFIG, seg).quantities;
}
function one(text: string, raw: string): Quantity {
  const hit = qs(text).filter((q) => q.raw === raw);
  assert.equal(
    hit.length,
    1,
    `“${raw}” should be extracted once from “${text}”; got ${qs(text)
      .map((q) => q.raw)
      .join(' | ')}`,
  );
  return hit[0];
}
function none(text: string): void {
  assert.deepEqual(
    qs(text).map((q) => q.raw),
    [],
    `no quantity expected in “${text}”`,
  );
}

describe('quantities', () => {
  describe('Arabic figures', () => {
    it('reads a plain count with its unit and exact span', () => {
      const text = '经支部考察，新发展党员87名。';
      const q = one(text, '87名');
      assert.equal(q.value, 87);
      assert.equal(q.min, 87);
      assert.equal(q.max, 87);
      assert.equal(q.unit, '名');
      assert.equal(q.kind, 'count');
      assert.equal(text.slice(q.start, q.end), '87名');
    });
    it('reads full-width digits, thousands separators and decimals', () => {
      assert.equal(one('全年服务群众１２，０００人次。', '１２，０００人次').value, 12000);
      assert.equal(one('全年服务群众12,500人次。', '12,500人次').value, 12500);
      const d = one('人均学习时长12.5小时。', '12.5小时');
      assert.equal(d.value, 12.5);
      assert.equal(d.decimals, 1);
    });
    it('scales 万 and 亿, and money units to 元', () => {
      const a = one('参与群众1.2万人次。', '1.2万人次');
      assert.equal(a.value, 12000);
      assert.equal(a.unit, '人次');
      const b = one('完成投资3亿元。', '3亿元');
      assert.equal(b.value, 3e8);
      assert.equal(b.unit, '元');
      assert.equal(b.kind, 'money');
      assert.equal(one('争取资金500万元。', '500万元').value, 5e6);
    });
  });

  describe('Chinese numerals', () => {
    it('reads 八十七, 一百二十 and 两', () => {
      assert.equal(one('其中规上企业八十七家。', '八十七家').value, 87);
      assert.equal(one('全年走访企业一百二十家。', '一百二十家').value, 120);
      const two = one('组建两个宣讲团。', '两个');
      assert.equal(two.value, 2);
      assert.equal(two.thing, '宣讲团');
    });
    it('reads 十余 as a bound, not a value', () => {
      const q = one('帮扶企业十余家。', '十余家');
      assert.equal(q.value, undefined);
      assert.equal(q.min, 10);
      assert.equal(q.max, 20);
      assert.equal(q.approx, '余');
    });
    it('leaves 一 (一个, 一批) and vague 数百 alone', () => {
      none('打造一个品牌，培树一批典型。');
      none('数百名群众参加。');
    });
  });

  describe('approximations give bounds', () => {
    it('余 and 多 follow the last written digit', () => {
      const a = one('培训党员6100余人次。', '6100余人次');
      assert.deepEqual([a.min, a.max, a.value], [6100, 6200, undefined]);
      const b = one('培训党员6000多人次。', '6000多人次');
      assert.deepEqual([b.min, b.max], [6000, 7000]);
      const c = one('抽调40余人次。', '40余人次');
      assert.deepEqual([c.min, c.max], [40, 50]);
      const d = one('两万余人参加。', '两万余人');
      assert.deepEqual([d.min, d.max], [20000, 30000]);
    });
    it('neighbouring Chinese digits are an approximate range (三四个, 两三次, 五六十人)', () => {
      const a = one('召开三四个座谈会。', '三四个');
      assert.deepEqual([a.min, a.max, a.value, a.range], [3, 4, undefined, true]);
      const b = one('动员五六十人参加。', '五六十人');
      assert.deepEqual([b.min, b.max], [50, 60]);
      assert.equal(one('培训三十四名干部。', '三十四名').value, 34);
    });
    it('约 ending a word before the figure (预约, 签约) is no approximation', () => {
      const a = one('线上预约830人次，现场办理360人次。', '830人次');
      assert.deepEqual([a.min, a.max, a.value, a.approx], [830, 830, 830, undefined]);
      assert.equal(one('全年新签约12家企业。', '12家').value, 12);
      assert.equal(one('参会人数约300人。', '约300人').approx, '约');
    });
    it('近, 约, 左右, 以上, 不到', () => {
      const near = one('走访群众近千人。', '近千人');
      assert.equal(near.max, 1000);
      assert.ok(near.min < 1000);
      const about = one('约300人参加。', '约300人');
      assert.ok(about.min < 300 && about.max > 300);
      const around = one('参加人数200人左右。', '200人左右');
      assert.ok(around.min < 200 && around.max > 200);
      const over = one('受益群众5000人以上。', '5000人以上');
      assert.equal(over.min, 5000);
      assert.equal(over.max, Infinity);
      const under = one('不到30家企业尚未整改。', '不到30家');
      assert.equal(under.min, 0);
      assert.equal(under.max, 30);
    });
  });

  describe('ranges', () => {
    it('reads 3—5次 and 3至5次', () => {
      for (const raw of ['3—5次', '3至5次', '3-5次', '三至五次']) {
        const q = one(`每月开展活动${raw}。`, raw);
        assert.equal(q.range, true);
        assert.deepEqual([q.min, q.max, q.value], [3, 5, undefined]);
        assert.equal(q.unit, '次');
      }
    });
  });

  describe('percentages and percentage points', () => {
    it('reads %, ％ and 百分之二十', () => {
      assert.equal(one('同比增长12.5%。', '12.5%').value, 12.5);
      assert.equal(one('同比增长８％。', '８％').value, 8);
      const cn = one('占比达到百分之二十。', '百分之二十');
      assert.equal(cn.value, 20);
      assert.equal(cn.kind, 'percent');
    });
    it('reads 个百分点 as points', () => {
      const q = one('比上年提高1.5个百分点。', '1.5个百分点');
      assert.equal(q.kind, 'points');
      assert.equal(q.unit, '个百分点');
      assert.equal(q.value, 1.5);
    });
  });

  describe('units and classifiers', () => {
    it('knows the common measure words of reports', () => {
      const text =
        '举办培训班2期，开展宣讲7次，办结事项12项，组织比赛3场，走访企业9家，慰问困难户15户，覆盖学校4所，刊发稿件6篇，办理案件8件，培训干部320人，选派干部5名。';
      assert.deepEqual(
        qs(text).map((q) => q.unit),
        ['期', '次', '项', '场', '家', '户', '所', '篇', '件', '人', '名'],
      );
    });
  });

  describe('the thing counted', () => {
    it('is the noun before the figure when the figure closes the clause', () => {
      assert.equal(one('指导各级党组织培训党员6100余人次。', '6100余人次').thing, '党员');
      assert.equal(one('指导各级党组织培训党员6100余人次。', '6100余人次').verb, '培训');
      assert.equal(one('最终评出一等奖10名、二等奖30名。', '10名').thing, '一等奖');
      assert.equal(one('评选2022年度五星级党支部59个。', '59个').thing, '五星级党支部');
    });
    it('is the noun after a classifier', () => {
      assert.equal(one('组织12个试点单位召开推进会。', '12个').thing, '试点单位');
    });
  });

  describe('not counts', () => {
    it('years and dates', () => none('2023年3月15日，召开2022年度总结会。'));
    it('ordinals', () => {
      none('第3期培训班于第二季度举办，第一批次已完成。');
      none('第1、2批试点已经启动。');
    });
    it('ratios and products', () => none('按1:3比例配套，提供7×24小时服务。'));
    it('phone and hotline numbers', () => none('开通12345政务服务热线，举报电话0551-62345678。'));
    it('document numbers', () => none('根据县委〔2023〕5号文件精神。'));
    it('names that contain numbers', () => none('围绕县委1552总体思路，开展“五个十佳”评选，推进两学一做常态化，落实三会一课。'));
    it('outline markers', () => {
      none('一、履行职责情况');
      none('1、深入学习宣传贯彻党的二十大精神。');
      none('（3）扎实推进融合。');
    });
    it('figures inside quotes and title marks', () => none('印发《机关党务应知应会100题》，开展“百名书记讲党课”活动。'));
  });

  describe('unfilled figures', () => {
    const find = (text: string) => {
      const m = buildModel(text, 'text', EMPTY_CONFIG, seg);
      return m.blocks
        .flatMap((b, i) => unfilledFigures(b, i, m.words(b.text)))
        .map((f) => text.slice(m.blocks[f.blockIndex].offsets[f.from], m.blocks[f.blockIndex].offsets[f.to - 1] + 1));
    };
    it('finds units standing where a figure belongs', () => {
      assert.deepEqual(find('完成投资亿元，占比%。').sort(), ['%', '亿元'].sort());
      assert.deepEqual(find('共培训入党积极分子名。'), ['名']);
      assert.deepEqual(find('占比较上年提高个百分点。'), ['个百分点']);
    });
    it('leaves filled figures and ordinary words alone', () => {
      assert.deepEqual(find('完成投资3亿元，占比41.5%，培训入党积极分子126名。'), []);
      assert.deepEqual(find('培训人次同比增长，报名、排名、提名环节全部公开。'), []);
    });
  });
});
