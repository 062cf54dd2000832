// engine/unclosed-disable: a `shengao-disable` comment with no `shengao-enable` after it
// silences its rules for the rest of the file — often by accident (the enable was deleted
// with the paragraph it closed). The comment itself is reported, so nothing goes quiet unseen.
import type { Check } from '../rule.js';
import type { Draft } from '../types.js';

export const directivesCheck: Check = {
  name: 'directives',
  rules: [
    {
      id: 'engine/unclosed-disable',
      title: 'shengao-disable 注释没有对应的 shengao-enable，其后全文都不检查',
      titleEn: 'A shengao-disable comment is never enabled again: the rest of the file goes unchecked',
      rationale: '只写关闭、不写恢复的注释会让后面所有内容悄悄跳过检查；明确指出，才不会以为“没有问题”。',
      defaultSeverity: 'warning',
      fixable: false,
      example: { bad: '<!-- shengao-disable text/placeholder -->\n一、主要工作\n……（后文再无 shengao-enable）', good: '<!-- shengao-disable text/placeholder -->\n附表：XX 为示例\n<!-- shengao-enable text/placeholder -->' },
    },
  ],
  run(model) {
    // Lines with text after the comment (blank ones are nothing to check).
    const lines = (from: number) => model.text.slice(from).split(/\r\n|\r|\n/).filter((l) => l.trim()).length;
    return model.suppressions.flatMap((s): Draft[] =>
      s.unclosed
        ? [
            {
              start: s.unclosed.start,
              end: s.unclosed.end,
              message: `这条 shengao-disable${s.rules.length ? `（${s.rules.join('、')}）` : '（全部规则）'}后面没有 shengao-enable：其后约 ${lines(s.start)} 行都不检查。如只想跳过下一段，请用 shengao-disable-next；否则请在该跳过的内容之后加 <!-- shengao-enable -->。`,
              data: { rules: s.rules },
            },
          ]
        : [],
    );
  },
};
