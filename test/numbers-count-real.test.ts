// numbers/count on the ways real drafts state a count and list its items (issue 13, 3.5):
// counts in quotes, lists in brackets, quoted names side by side, ，- and ；-lists, more
// counting words — and the traps that must stay silent.
import { strict as assert } from 'node:assert';
import { run, flagged } from './numbers-util';

function one(text: string, kind: 'text' | 'markdown' = 'text') {
  const found = run(text, 'numbers/count', { kind });
  assert.equal(found.length, 1, `expected one finding in: ${text}\n got: ${JSON.stringify(found.map((f) => f.message))}`);
  return found[0];
}

function none(text: string, kind: 'text' | 'markdown' = 'text') {
  const found = run(text, 'numbers/count', { kind });
  assert.deepEqual(
    found.map((f) => f.message),
    [],
    text,
  );
}

describe('numbers/count on real drafts', () => {
  describe('a count inside quotes', () => {
    it('“四个一” with a 、-list after the colon', () => {
      const text = '全面推行“四个一”工作法：一周一调度、一月一通报、一季一讲评，推动重点任务落地见效。';
      const f = one(text);
      assert.equal(flagged(text, f), '“四个一”');
      assert.deepEqual(f.data, { stated: 4, found: 3, source: 'list' });
      none('全面推行“四个一”工作法：一周一调度、一月一通报、一季一讲评、一年一考评，推动重点任务落地见效。');
    });

    it('“三个到位”, “两个坚持” with 即, 做到 and commas', () => {
      assert.equal(one('落实“三个到位”要求，即人员到位、经费到位、设备到位、制度到位。').data?.found, 4);
      assert.equal(one('防汛工作落实“三到位”，做到预案到位、物资到位，全年未发生险情。').data?.found, 2);
      none('防汛工作落实“三到位”，做到预案到位、物资到位、值守到位，全年未发生险情。');
      assert.equal(one('班子始终把握“两个坚持”：坚持问题导向，坚持系统观念，坚持守正创新。').data?.found, 3);
    });

    it('fixed formulas and names in quotes are not counts', () => {
      none('牢固树立“四个意识”，即政治意识、大局意识、核心意识。');
      none('深入开展“五个十佳”评选：十佳村官、十佳书记。');
      // A quoted count with no list after it.
      none('持续擦亮“三个一批”党建品牌，全年培育示范点12个。');
      // 三到位 without a list whose items name 到位.
      none('落实“三到位”要求，与辖区126家企业签订责任书，签订率100%。');
    });
  });

  describe('a list in brackets', () => {
    it('after the count', () => {
      const text = '在窗口推行五项制度（首问负责、限时办结、一次告知），群众满意率达98.6%。';
      const f = one(text);
      assert.equal(flagged(text, f), '五项制度');
      assert.match(f.message, /括号内列举实际有3项/);
      none('在窗口推行三项制度（首问负责、限时办结、一次告知），群众满意率达98.6%。');
      none('在窗口推行三项制度（即首问负责、限时办结、一次告知），群众满意率达98.6%。');
    });

    it('before the count', () => {
      assert.equal(one('（首问负责、限时办结、一次告知）四项制度已在各窗口落实。').data?.found, 3);
      none('（首问负责、限时办结、一次告知）三项制度已在各窗口落实。');
    });

    it('a subset in brackets or a list ending in 等 may be shorter', () => {
      none('下属五个科室（含办公室、财务科）全部完成达标创建。');
      none('推行五项制度（首问负责、限时办结等），服务效率明显提升。');
    });
  });

  describe('quoted names side by side', () => {
    it('before and after the count', () => {
      const text = '开展“学习标兵”“服务明星”“岗位能手”两项评选，共评出先进个人26名。';
      const f = one(text);
      assert.equal(flagged(text, f), '两项评选');
      assert.match(f.message, /引号并列实际有3项/);
      assert.equal(one('组织三项评选：“学习标兵”“服务明星”。').data?.found, 2);
      none('开展“学习标兵”“服务明星”两项评选，共评出先进个人26名。');
      none('组织两项评选：“学习标兵”“服务明星”。');
    });

    it('a quote that is only part of an item is no boundary', () => {
      none('以“学党史”“悟思想”为主题开展两项活动。');
      none('分别组建青年理论、“讲政策、话发展”两个宣讲团。');
    });
  });

  describe('items separated by commas or semicolons', () => {
    it('a parallel comma list', () => {
      assert.equal(one('全年围绕三个重点：抓党建，促发展，保稳定，惠民生。').data?.found, 4);
      none('全年围绕三个重点：抓党建，促发展，保稳定。');
    });

    it('a comma list whose parts are not of one build is no list', () => {
      none('推出两项举措：延时服务，工作日晚上延长至20时，周末预约办理。');
      none('落实三项要求：早发现，早报告，早处置，确保安全。');
    });

    it('a semicolon list', () => {
      const f = one('落实两项措施：强化业务培训，每季度组织一次；严格绩效考核，奖优罚劣；落实岗位责任制。');
      assert.match(f.message, /分号并列实际有3项/);
      none('落实三项措施：强化业务培训，每季度组织一次；严格绩效考核，奖优罚劣；落实岗位责任制。');
    });

    it('a short ；-list may go on in the next sentence', () => {
      none('落实三项措施：强化业务培训，每季度组织一次；严格绩效考核，奖优罚劣。同时，落实岗位责任制，层层签订责任书。');
      assert.equal(one('落实三项措施：强化业务培训，每季度组织一次；严格绩效考核，奖优罚劣。').data?.found, 2);
    });

    it('a result after the list is not one more item', () => {
      none('落实两项措施：强化业务培训；严格绩效考核；全年共培训干部320人次。');
    });
  });

  describe('more counting words', () => {
    it('张、批、支、种', () => {
      assert.equal(one('梳理形成三张清单：责任清单、任务清单。').data?.found, 2);
      assert.equal(one('组建医疗、电力、通信两支应急队伍，另有供水、燃气等保障力量。').data?.found, 3);
      none('组建医疗、电力、通信三支应急队伍。');
      assert.equal(one('推广稻虾、稻鱼、稻鸭、稻蟹三种模式。').data?.found, 4);
      none('梳理形成三张清单：责任清单、任务清单、负面清单。');
      none('分两批组织新入职人员培训，第一批、第二批分别培训80人、75人。');
    });
  });

  describe('traps', () => {
    it('one item covering two things', () => {
      none('健全三项制度：学习和考勤、财务报销。');
      none('抓好党建、业务与队伍建设三项工作。');
      assert.equal(one('抓好党建、业务与队伍建设四项工作。').data?.found, 2, 'one join covers one more, not two');
      none('聚焦四个领域（教育和医疗、养老、托育）补齐短板。');
    });

    it('包括……在内 counts a subset', () => {
      none('包括人事、档案管理在内的6个系统已完成迁移上线。');
      none('包括人事、档案管理等在内的6个系统已完成迁移上线。');
    });

    it('the block’s own outline marker is not an item', () => {
      none('二、配合医保、财政、审计三个部门开展专项检查。');
      assert.equal(one('二、配合医保、财政、审计两个部门开展专项检查。').data?.found, 3);
    });

    it('one heading under an announcing line is no list (often a cut text)', () => {
      none('总结半年来的工作，主要有以下六个方面：\n（一）坚持发展第一要务，经济稳步增长。\n今年以来……\n');
    });

    it('a sentence that merely ends before a Markdown list does not announce it', () => {
      none('## 三、明年计划\n\n1. 扫描覆盖 Java、Go、Python、Rust 四类项目。\n2. 漏洞平均修复时长控制在2天以内。\n', 'markdown');
    });

    it('a lead paragraph may count the first section’s headings', () => {
      const text =
        '今年重点抓了以下三个方面的工作，现总结如下。\n一、主要工作\n（一）抓常规管理。\n（二）抓课堂改革。\n（三）抓质量监测。\n二、存在的问题\n一是理念更新慢。\n三、下一步打算\n一是开展研修。\n四、其他\n无。\n';
      none(text);
    });

    it('a lead counting only the work sections before the problems part', () => {
      none(
        '今年主要做了以下两个方面的工作，现总结如下：\n一、党建工作\n（一）抓学习。\n（二）抓组织。\n（三）抓作风。\n二、业务工作\n完成任务。\n三、存在的问题\n一是学习不深。\n四、下步打算\n一是深化学习。\n',
      );
      none(
        '今年主要做了以下三个方面的工作，现总结如下：\n一、党建工作\n（一）抓学习。\n（二）抓组织。\n二、业务工作\n完成任务。\n三、存在的问题\n一是学习不深。\n四、下步打算\n一是深化学习。\n',
      );
    });
  });

  it('headings under 一、主要工作 announced by 具体如下', () => {
    const text =
      '## 一、主要工作\n\n全年主要围绕三个方面开展工作，具体如下。\n\n### （一）容器平台\n\n集群扩展到9个。\n\n### （二）中间件\n\n升级实例186个。\n\n### （三）可观测性\n\n接入应用612个。\n\n### （四）研发效能\n\n接入时间缩短到15分钟。\n';
    assert.equal(one(text, 'markdown').data?.found, 4);
  });
});
