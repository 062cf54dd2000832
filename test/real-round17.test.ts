// What the seventeenth held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { check, hits } from './helpers';

describe('round 17: outline', () => {
  it('（一）（二） under a 1. that announces them is an inversion under the 1., and the outer （二） goes on with its own list', () => {
    const text = [
      '一、主要工作',
      '（一）产业发展',
      '1.粮食生产。全年播种面积稳定在4.1万亩。',
      '2.特色养殖。重点抓了两个品种：',
      '（一）肉牛。新建标准化牛舍6栋。',
      '（二）生猪。出栏生猪1.2万头。',
      '（二）项目建设',
      '全年实施项目18个。',
      '（三）民生保障',
      '发放补贴资金860万元。',
    ].join('\n');
    assert.deepEqual(hits(text, 'outline/level'), ['（一）', '（二）']);
    assert.deepEqual(hits(text, 'outline/sequence'), []);
  });

  it('the same （一） written again where the list does not announce it is still a repeat', () => {
    const text = ['一、主要工作', '（一）产业发展', '全年播种面积稳定在4.1万亩。', '（一）项目建设', '全年实施项目18个。'].join('\n');
    assert.deepEqual(hits(text, 'outline/sequence'), ['（一）']);
  });

  it('the body after a contents list starts again at 一、 with the same heading; a different 一、 is a repeat', () => {
    const contents = ['目录：', '一、抓好粮食生产', '二、推进乡村建设', '三、深化农村改革', '正文', '全年工作总结如下。'];
    const body = ['一、抓好粮食生产', '全年粮食产量12.6万吨。', '二、推进乡村建设', '新建村道14公里。', '三、深化农村改革', '完成确权1.2万户。'];
    assert.deepEqual(hits([...contents, ...body].join('\n'), 'outline/sequence'), []);
    const other = [...contents, '一、抓好粮食安全', ...body.slice(1)];
    assert.deepEqual(hits(other.join('\n'), 'outline/sequence'), ['一、']);
  });

  it('## 2 概述 beside ## 1. and ## 3. is a number with its mark left out; ## 3 月总结 and ## 2024 年度回顾 are not numbers', () => {
    const text = '# 实习总结\n\n## 1. 项目背景\n\n接手支付模块。\n\n## 2 .proto文件梳理\n\n梳理接口 46 个。\n\n## 3. 个人收获\n\n学会了压测。\n';
    assert.deepEqual(hits(text, 'outline/style', 'markdown'), ['2']);
    assert.deepEqual(hits(text, 'outline/sequence', 'markdown'), []);
    const months =
      '# 周报汇总\n\n## 1. 概述\n\n本季度上线 3 次。\n\n## 3 月总结\n\n完成迁移。\n\n## 5 大举措\n\n略。\n\n## 2024 年度回顾\n\n全年上线 12 次。\n';
    assert.deepEqual(hits(months, 'outline/style', 'markdown'), []);
  });
});

describe('round 17: placeholders', () => {
  it('a pointer type (uint8_t*) is code, not a blank; 市委*同志 still is', () => {
    assert.deepEqual(hits('通过指针类型转换（转为uint8_t*）减少了拷贝。\n', 'text/placeholder'), []);
    assert.deepEqual(hits('陪同市委*同志检查了防汛工作。\n', 'text/placeholder'), ['*']);
  });
});

describe('round 17: terms', () => {
  const terms = (s: string) => hits(`一、工作情况\n${s}\n`, 'terms/preferred');
  it('不在赘述、烧黑除恶、入职报道 are slips', () => {
    assert.deepEqual(terms('流程前文已写，此处不在赘述。'), ['不在赘述']);
    assert.deepEqual(terms('持续开展烧黑除恶专项斗争。'), ['烧黑除恶']);
    assert.deepEqual(terms('3月2日入职报道，分到测试组。'), ['报道']);
    assert.deepEqual(terms('据市电视台报道，我镇做法得到推广。'), []);
  });
  it('及其 before a clause-ending adjective means 极其; 极其 before 思考 means 及其; 拉去 data means 拉取', () => {
    assert.deepEqual(terms('两套接口并存，判断逻辑及其复杂。'), ['及其']);
    assert.deepEqual(terms('要认清问题及其复杂性，事故及其严重后果必须追责。'), []);
    assert.deepEqual(terms('最后谈谈收获极其思考。'), ['极其']);
    assert.deepEqual(terms('进入页面后先拉去订单列表。'), ['拉去']);
    assert.deepEqual(terms('把旧设备拉去维修。'), []);
  });
});

describe('round 17: sections', () => {
  it('the （绩） part of a 德能勤绩廉 述职 is its duties: a claim there with no figure is asked for one', () => {
    const text = [
      '2025年度述职报告',
      '一、加强学习，提高政治素质（德）',
      '全年参加中心组学习14次，撰写心得体会6篇。',
      '二、真抓实干，推动工作落实（绩）',
      '（一）抓好质量提升。全县中考平均分较上年提高8.6分，普高录取率达到61.2%。',
      '（二）推进集团化办学改革。城乡教育资源配置进一步优化，群众满意度不断提升。',
      '三、存在的不足',
      '调研还不够深入。',
      '四、下步打算',
      '继续抓好教学质量。',
    ].join('\n');
    const model = check(text, { only: ['metrics/missing'] });
    const duties = model.model.sectionNodes.find((n) => n.title.includes('（绩）'));
    assert.equal(duties?.section, 'duties');
    assert.deepEqual(
      model.findings.map((f) => text.slice(f.start, f.end)),
      ['（二）推进集团化办学改革'],
    );
  });
});

describe('round 17: a misspelt idiom in quotation marks', () => {
  it('“奇淫巧计” is the idiom misspelt with its characters moved about; a quoted old name keeps its wording', () => {
    const terms = (s: string) => hits(`一、工作情况\n${s}\n`, 'terms/preferred');
    assert.deepEqual(terms('也学到了组件库里的一些“奇淫巧计”。'), ['奇淫巧计']);
    assert.deepEqual(terms('学习“两学一做”的心得。'), []);
  });
});

describe('round 17: the day one reported for work', () => {
  it('7月1日报道，9月30日离职 is 报到; 据新华社6月26日报道 is news', () => {
    const terms = (s: string) => hits(`一、工作\n${s}\n`, 'terms/preferred');
    assert.deepEqual(terms('2024年7月1日报道，同年9月30日离职。'), ['报道']);
    assert.deepEqual(terms('据新华社6月26日报道，我县经验得到推广。'), []);
  });
});
