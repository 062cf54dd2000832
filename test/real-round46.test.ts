// What the forty-sixth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 46: numbers/count', () => {
  it('城乡低保、临时救助、残疾人“两项补贴”等: the quoted formula is the list’s last item, not its count', () => {
    const text = '一、主要工作\n全年发放城乡低保、特困供养、临时救助、残疾人“两项补贴”等救助资金1260万元。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });

  it('办公楼、宿舍楼“三项工程”建设 still counts two for three', () => {
    assert.equal(hits('一、主要工作\n完成办公楼、宿舍楼“三项工程”建设。\n', 'numbers/count').length, 1);
  });

  it('“五项管理”，即作业、睡眠、手机、读物、体质管理；…: the 、-list before the ； is the one counted', () => {
    const text = '一、主要工作\n1.落实“五项管理”，即作业、睡眠、手机、读物、体质管理；低年级不布置书面作业。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });

  it('…and “四项管理”, 即 five of them before the ；, is still a slip', () => {
    const text = '一、主要工作\n1.落实“四项管理”，即作业、睡眠、手机、读物、体质管理；低年级不布置书面作业。\n';
    assert.equal(hits(text, 'numbers/count').length, 1);
  });

  it('青少年、农民、老年人、领导干部和公务员四类人群: two short words joined by 和 may be one group', () => {
    const text = '一、主要工作\n围绕青少年、农民、老年人、领导干部和公务员四类重点人群开展科普活动86场。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });

  it('食品安全、药品安全、特种设备安全和工业产品质量安全三条底线: long items joined by 和 are two', () => {
    const text = '一、主要工作\n全年守住食品安全、药品安全、特种设备安全和工业产品质量安全三条底线。\n';
    assert.equal(hits(text, 'numbers/count').length, 1);
  });
});

describe('older rounds: numbers/count and 与 inside an item', () => {
  it('四项机制，即…、党建与业务融合考核机制、…: an item naming the counted noun once is one, so three items are a slip', () => {
    const text = '一、主要工作\n建立完善“四项机制”，即党建联席会议机制、党建与业务融合考核机制、支部书记述职评议机制。\n';
    assert.equal(hits(text, 'numbers/count').length, 1);
  });

  it('“三个责任人”，即行政责任人、技术责任人和巡查责任人: the noun on both sides of 和 makes two', () => {
    const text = '一、主要工作\n落实防汛“三个责任人”，即行政责任人、技术责任人和巡查责任人，确保安全度汛。\n';
    assert.deepEqual(hits(text, 'numbers/count'), []);
  });
});

describe('round 46: per-unit figures and held firms', () => {
  it('共接待12000人次，平均每站1000人次，其中…: 其中 breaks down the 12000, not the per-station 1000', () => {
    const text = '一、主要工作\n8个服务站全年共接待群众12000人次，平均每站1500人次，其中上门代办3200人次。\n';
    assert.deepEqual(hits(text, 'numbers/sum'), []);
  });

  it('…and parts over the 12000 are still found', () => {
    const text = '一、主要工作\n8个服务站全年共接待群众12000人次，平均每站1500人次，其中上门代办3200人次、窗口咨询5000人次、证件办理4000人次。\n';
    assert.equal(hits(text, 'numbers/sum').length, 1);
  });

  it('全年实现营业收入9.84亿元 / 下属建材公司…，实现营业收入1.86亿元: the firm the group holds is a segment', () => {
    const text =
      '城投集团2025年工作总结\n全年实现营业收入9.84亿元，同比增长12.3%。\n一、主要工作\n1.拓展市场化业务。下属建材公司全年销售商品混凝土42万立方米，实现营业收入1.86亿元。\n';
    assert.deepEqual(hits(text, 'numbers/conflict'), []);
  });
});

describe('round 46: a list of parts, one item broken down again', () => {
  it('共处理工单 1,284 张，其中： ⏎ 1. 变更类 612 张… ⏎ 2. 故障类 187 张，其中 P1 级 4 张… ⏎ 3. …473 张，平均响应 18 分钟', () => {
    const text =
      '## 工单\n\n全年共处理工单 1,284 张，其中：\n\n1. 变更类 612 张，变更成功率 99.3%；\n2. 故障类 187 张，其中 P1 级 4 张、P2 级 31 张、P3 级 152 张；\n3. 咨询类 473 张，平均响应时间 18 分钟。\n';
    assert.equal(hits(text, 'numbers/sum', 'markdown').length, 1);
  });

  it('…and when 612 + 199 + 473 make the 1,284, nothing', () => {
    const text =
      '## 工单\n\n全年共处理工单 1,284 张，其中：\n\n1. 变更类 612 张，变更成功率 99.3%；\n2. 故障类 199 张，其中 P1 级 4 张、P2 级 31 张、P3 级 164 张；\n3. 咨询类 473 张，平均响应时间 18 分钟。\n';
    assert.deepEqual(hits(text, 'numbers/sum', 'markdown'), []);
  });
});

describe('round 46: text/placeholder in a supposition', () => {
  it('如果有人问我某某年做了什么: a supposition names no one', () => {
    assert.deepEqual(hits('# 年终总结\n\n如果之后有人问我某某年都干了什么，我希望能答得上来。\n', 'text/placeholder', 'markdown'), []);
  });

  it('由某某同志负责 is still a blank', () => {
    assert.equal(hits('一、主要工作\n专项整治由某某同志负责，按月通报进度。\n', 'text/placeholder').length, 1);
  });
});
