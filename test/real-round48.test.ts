// What the forty-eighth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 48: numbers/conflict', () => {
  it('新发展会员32家，会员由年初的126家增至158家 … 158家会员中: the level, named by 增至, is restated', () => {
    const text =
      '一、主要工作\n1.会员队伍不断壮大。全年新发展会员单位32家，会员单位由年初的126家增至158家。\n2.结构持续优化，158家会员单位中，制造业企业占四成。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('投资104万元，在东园社区铺设… / 投资130万元对西苑社区进行…: two outlays, not one figure', () => {
    const text = '一、主要工作\n加快旧小区改造步伐。投资104万元，在东园社区铺设道路1.2公里。投资130万元对西苑社区进行上下水改造，受益居民860户。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });

  it('2025年完成投资32.6亿元 … 在2025年完成投资34.6亿元的基础上: still one figure', () => {
    const text = '一、主要工作\n2025年完成投资32.6亿元，同比增长8.2%。\n二、下步打算\n在2025年完成投资34.6亿元的基础上，力争2026年完成投资36亿元。\n';
    assert.equal(hits(text, 'numbers/conflict').length, 1);
  });
});

describe('round 48: numbers/percent given 分别 for a list of counts', () => {
  it('现有党员46名…；女党员19名、35岁以下党员14名，占比分别为41.3%和28.6%: 14 of 46 is 30.4%', () => {
    const text = '一、基本情况\n支部现有党员46名，其中正式党员44名、预备党员2名；女党员19名、35岁以下党员14名，占比分别为41.3%和28.6%。\n';
    assert.deepEqual(hits(text, 'numbers/percent'), ['28.6%']);
  });

  it('…and 41.3% and 30.4% both fit', () => {
    const text = '一、基本情况\n支部现有党员46名，其中正式党员44名、预备党员2名；女党员19名、35岁以下党员14名，占比分别为41.3%和30.4%。\n';
    assert.deepEqual(hits(text, 'numbers/percent'), []);
  });
});
