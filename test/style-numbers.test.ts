// style/numbers (GB/T 15835 / GB/T 15834 4.13): range marks, two-digit years, one kind of
// quantity in Arabic and Chinese numerals in one sentence, thousands separators and 12/24-hour
// times mixed in one document — and what the standard keeps in Chinese numerals, never reported.
import { strict as assert } from 'node:assert';
import { applyFixes } from '../server/src/engine/index';
import { byRule, check } from './helpers';

function found(text: string): { at: string; kind: string; message: string }[] {
  return byRule(check(text, { only: ['style/numbers'] }).findings, 'style/numbers').map((f) => ({
    at: text.slice(f.start, f.end),
    kind: String(f.data?.kind),
    message: f.message,
  }));
}

describe('style/numbers', () => {
  it('a count summing up the names just listed (华南、西南两个), or a rate per thousand (每千次), is no mixed numeral', () => {
    assert.deepEqual(found('一、主要工作\n集群由3个增加到5个，新增华南、西南两个区域集群。'), []);
    assert.deepEqual(found('一、主要工作\n每千次调用成本由0.42元降至0.27元，按日均3亿次调用计。'), []);
    assert.equal(found('一、主要工作\n集群由3个增加到5个，又新增两个区域集群。').length, 1);
  });

  it('a tilde between two dates or years marks a period: the dash (一字线), not the wave line', () => {
    const text = '一、主要工作\n参与订单系统重构（2022.11~2023.02），2020~2021年底负责运维平台，每周值班2~3次。';
    assert.deepEqual(
      found(text).map((f) => f.message.slice(0, 12)),
      ['时间的起止用一字线“—”', '时间的起止用一字线“—”', '数值范围用浪纹线“～”连'],
    );
    assert.equal(applyFixes(text, check(text, { only: ['style/numbers'] }).findings).text.includes('2022.11—2023.02'), true);
  });

  it('reports a tilde between figures, with a safe fix to the wave line', () => {
    const text = '一、主要工作\n组织青年干部到基层跟班学习，每批3~5人，每期2 ~ 3周。';
    const f = found(text);
    assert.deepEqual(
      f.map((x) => [x.at, x.kind]),
      [
        ['~', 'range'],
        [' ~ ', 'range'],
      ],
    );
    const r = check(text, { only: ['style/numbers'] });
    assert.equal(applyFixes(text, r.findings).text, '一、主要工作\n组织青年干部到基层跟班学习，每批3～5人，每期2～3周。');
  });

  it('reports a hyphen range: the dash for a period, the wave line for an amount; dates, phones and codes pass', () => {
    const f = found('一、主要工作\n1-10月完成固定资产投资12亿元；2022-2024年累计培训3-5期。热线0571-88886666，2024-05-10印发，G60-3号地块。');
    assert.deepEqual(
      f.map((x) => x.message.replace(/^.*：/, '')),
      ['1—10。', '2022—2024。', '3～5。'],
    );
  });

  it('reports a two-digit year, and not a duration of years', () => {
    const f = found('一、主要工作\n自23年5月起实行网格化管理，24年度考核为优秀。本人从事社区工作23年，近20年底子薄的问题逐步解决。');
    assert.deepEqual(
      f.map((x) => [x.at, x.kind]),
      [
        ['23', 'year'],
        ['24', 'year'],
      ],
    );
    assert.match(f[0].message, /“23年”应写作“2023年”/);
  });

  it('reports one kind of quantity in Arabic and Chinese numerals in one sentence', () => {
    const f = found('一、主要工作\n全年新增规上企业十七家，其中制造业9家、服务业8家。集中轮训3期，分片轮训五期。');
    assert.deepEqual(
      f.map((x) => [x.at, x.kind]),
      [
        ['十七', 'mixed'],
        ['五', 'mixed'],
      ],
    );
    assert.match(f[0].message, /宜写作“17家”/);
  });

  it('leaves what GB/T 15835 keeps in Chinese numerals alone', () => {
    const text = [
      '一、主要工作',
      '落实“三会一课”制度，围绕“十四五”规划选派第一书记3名，召开三四个座谈会，邀请十余名专家授课12次。',
      '一是培训12期；二是新建2个活动室，这两个活动室全部投用。',
      '专职委员五名，覆盖党员120名。',
      '全年开展“初级”“中级”“高级”三个等级的评定，每级4个档次。',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });

  it('reports the minority way of writing large figures and clock times in one document', () => {
    const f = found('一、主要工作\n全年服务群众12,500人次，接待来访23600人次，发放资料15000份。\n每天下午5点碰头，周一上午9:00例会，18:30前报送日报。');
    assert.deepEqual(
      f.map((x) => [x.at, x.kind]),
      [
        ['12,500人次', 'separator'],
        ['18:30', 'clock'],
      ],
    );
    // One way only: nothing to report.
    assert.deepEqual(found('一、主要工作\n全年服务群众12,500人次，接待来访23,600人次。18:30前报送，20:00前汇总。'), []);
  });
  it('the base of a rate (百万公里事故率) is no count; 九十万人次 is offered as 90万人次, its magnitude kept', () => {
    assert.deepEqual(found('一、主要工作\n全年行驶里程1.08亿公里，百万公里责任事故率0.12次。'), []);
    const f = found('一、主要工作\n全年接待游客120万人次，比上年的九十万人次增长三成。');
    assert.deepEqual(
      f.map((x) => x.at),
      ['九十万'],
    );
    assert.match(f[0].message, /宜写作“90万人次”/);
  });
});
