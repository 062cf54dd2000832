// engine/limits: the draft was not read in full, or not as Markdown — say so
// instead of skipping in silence (see ../limits.ts for the guards).
import type { Check } from '../rule.js';
import type { Draft } from '../types.js';

export const limitsCheck: Check = {
  name: 'limits',
  rules: [
    {
      id: 'engine/limits',
      title: '文稿超出检查上限（过长、嵌套过深或无法按 Markdown 解析），部分内容未检查或按纯文本读取',
      titleEn: 'The draft exceeded an engine limit and was only partly checked, or read as plain text',
      rationale: '超长或嵌套极深的文件会让解析耗时成倍增长；审稿宁可只查一部分并明确告知，也不卡死编辑器或悄悄跳过。',
      defaultSeverity: 'info',
      fixable: false,
    },
  ],
  run(model) {
    return (model.notices ?? []).map((n): Draft => ({ start: n.start, end: n.end, message: n.message, data: { reason: n.reason, ...n.data } }));
  },
};
