// The figure ledger (engine/ledger.ts): every figure of a draft with its place, measure,
// value, approximation, period, and what the numbers checks made of it.
import { strict as assert } from 'node:assert';
import { check, pack } from './helpers';
import { figureLedger, type LedgerRow } from '../server/src/engine/index';
import { EMPTY_CONFIG } from '../server/src/engine/config';

const DRAFT = [
  '2024年度社区党委工作总结',
  '',
  '一、主要工作',
  '（一）抓组织建设。全年共发展党员12名，其中女党员5名、35岁以下党员7名。截至10月底，培训党员干部6100余人次。',
  '（二）抓服务群众。上半年走访困难群众320户，较上年增加40户。全年共调解矛盾纠纷86起，其中婚姻家庭纠纷31起、邻里纠纷28起、其他纠纷22起。',
  '（三）抓队伍建设。全年新发展党员12名，专职网格员达到46名，组织志愿服务活动近百场。',
  '二、下步打算',
  '继续做好党员发展工作。',
].join('\n');

function ledger(text: string, config = pack().config): LedgerRow[] {
  const r = check(text);
  return figureLedger(r.model, r.findings, config);
}

function row(rows: LedgerRow[], raw: string, nth = 0): LedgerRow {
  const hit = rows.filter((r) => r.raw === raw);
  assert.ok(hit.length > nth, `no row ${raw} (#${nth}) in ${rows.map((r) => r.raw).join(' ')}`);
  return hit[nth];
}

describe('figure ledger', () => {
  const rows = ledger(DRAFT);

  it('lists every figure once, in document order, at its line and column', () => {
    assert.deepEqual(
      rows.map((r) => r.raw),
      ['12名', '5名', '7名', '6100余人次', '320户', '40户', '86起', '31起', '28起', '22起', '12名', '46名', '近百场'],
    );
    const lines = DRAFT.split('\n');
    for (const r of rows) {
      assert.equal(DRAFT.slice(r.start, r.end), r.raw);
      assert.equal(
        [...lines[r.line - 1]]
          .slice(r.column - 1)
          .join('')
          .startsWith(r.raw),
        true,
        `${r.raw} at ${r.line}:${r.column}`,
      );
    }
  });

  it('names what each figure measures, its value, unit and approximation', () => {
    const first = row(rows, '12名');
    assert.equal(first.indicator, '发展党员');
    assert.equal(first.value, 12);
    assert.equal(first.unit, '名');
    const approx = row(rows, '6100余人次');
    assert.equal(approx.indicator, '培训党员干部');
    assert.equal(approx.value, undefined);
    assert.equal(approx.approx, '余');
    assert.deepEqual([approx.min, approx.max], [6100, 6200]);
    assert.equal(row(rows, '46名').indicator, '专职网格员');
  });

  it('names last year’s figures and changes after the measure they belong to', () => {
    assert.equal(row(rows, '40户').indicator, '走访困难群众（增量）');
    const r = ledger('一、主要工作\n走访服务企业由去年的120家增加到150家。全年化解矛盾纠纷312起，同比增长9.1%，调解成功率98%，较上年提高2个百分点。');
    assert.deepEqual(
      r.map((x) => [x.raw, x.indicator]),
      [
        ['120家', '走访服务企业（上年）'],
        ['150家', '走访服务企业'],
        ['312起', '化解矛盾纠纷'],
        ['9.1%', '化解矛盾纠纷（增幅）'],
        ['98%', '调解成功率'],
        ['2个百分点', '调解成功率（增减）'],
      ],
    );
  });

  it('gives the period or scope its sentence states', () => {
    assert.equal(row(rows, '12名').period, '全年');
    assert.equal(row(rows, '6100余人次').period, '截至10月底');
    assert.equal(row(rows, '320户').period, '上半年');
    assert.match(row(rows, '40户').period ?? '', /较上年/);
    assert.equal(row(rows, '46名').section, '一、主要工作');
    assert.equal(row(rows, '46名').sectionKind, 'duties');
  });

  it('shows a breakdown that adds up as checked by numbers/sum, on the total and each part', () => {
    for (const raw of ['12名', '5名', '7名']) {
      const c = row(rows, raw).checks.find((x) => x.rule === 'numbers/sum');
      assert.equal(c?.verdict, 'ok', raw);
    }
    assert.match(row(rows, '12名').checks[0].note, /合计 12名，与 12名 相符/);
  });

  it('marks the figures of a sum that does not add up as mismatched, with the arithmetic', () => {
    // 31 + 28 + 22 = 81, not 86.
    for (const raw of ['86起', '31起', '28起', '22起']) {
      const c = row(rows, raw).checks.find((x) => x.rule === 'numbers/sum');
      assert.equal(c?.verdict, 'mismatch', raw);
      assert.match(c!.note, /81起/);
    }
  });

  it('marks both figures of a conflict, and a restated figure that agrees', () => {
    assert.deepEqual(
      row(rows, '12名', 1).checks.map((c) => [c.rule, c.verdict]),
      [['numbers/conflict', 'ok']],
    );
    const text = '2024年工作总结\n一、主要工作\n全年新发展党员87名，发展对象全部经过培训。\n二、党员教育\n严格发展程序，全年新发展党员85名。';
    const r = ledger(text);
    const a = row(r, '87名');
    const b = row(r, '85名');
    assert.deepEqual(
      a.checks.map((c) => [c.rule, c.verdict]),
      [['numbers/conflict', 'mismatch']],
    );
    assert.deepEqual(
      b.checks.map((c) => [c.rule, c.verdict]),
      [['numbers/conflict', 'mismatch']],
    );
  });

  it('leaves out the checks a pack switches off', () => {
    const off = {
      ...pack().config,
      rules: {
        ...pack().config.rules,
        'numbers/sum': { severity: 'off' as const, options: {} },
        'numbers/conflict': { severity: 'off' as const, options: {} },
      },
    };
    const r = check(DRAFT);
    const rowsOff = figureLedger(r.model, [], off);
    assert.equal(rowsOff.length, rows.length);
    assert.deepEqual(
      rowsOff.flatMap((x) => x.checks),
      [],
    );
    // An empty pack still lists the figures (the engine's defaults apply).
    assert.equal(figureLedger(r.model, [], EMPTY_CONFIG).length, rows.length);
  });

  it('states an open bound as null (以上), and reads a draft without figures as no rows', () => {
    const r = ledger('一、主要工作\n全年服务群众3000人次以上。');
    assert.equal(row(r, '3000人次以上').max, null);
    assert.deepEqual(ledger('一、主要工作\n认真学习，扎实工作。'), []);
  });
});
