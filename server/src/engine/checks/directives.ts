// engine/unclosed-disable: a `shengao-disable` comment with no `shengao-enable` after it
// silences its rules for the rest of the file — often by accident (the enable was deleted
// with the paragraph it closed). The comment itself is reported, so nothing goes quiet unseen.
// engine/unknown-rule: a disable comment naming a rule that does not exist silences nothing
// (usually a typo); it is reported with the nearest rule ids.
import type { Check } from '../rule.js';
import type { Draft } from '../types.js';
import { nearest } from '../../nearest.js';

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
      example: {
        bad: '<!-- shengao-disable text/placeholder -->\n一、主要工作\n……（后文再无 shengao-enable）',
        good: '<!-- shengao-disable text/placeholder -->\n附表：XX 为示例\n<!-- shengao-enable text/placeholder -->',
      },
    },
    {
      id: 'engine/unknown-rule',
      title: '停用注释里写了不存在的规则编号，什么也没有停用',
      titleEn: 'A disable comment names a rule that does not exist, so it silences nothing',
      rationale: '规则编号拼错时，注释看上去停用了某条规则，实际什么也没停用；指出来，并给出最接近的编号。',
      defaultSeverity: 'warning',
      fixable: false,
      example: {
        bad: '<!-- shengao-disable-next text/placehoder -->\n附表中的XX为填写示例。',
        good: '<!-- shengao-disable-next text/placeholder -->\n附表中的XX为填写示例。',
      },
    },
  ],
  run(model, ctx) {
    // Lines with text after the comment (blank ones are nothing to check).
    const lines = (from: number) =>
      model.text
        .slice(from)
        .split(/\r\n|\r|\n/)
        .filter((l) => l.trim()).length;
    const known = [...ctx.ruleIds()];
    const families = new Set(known.map((id) => id.split('/')[0]));
    const seen = new Set<string>();
    const unknown = model.suppressions.flatMap((s): Draft[] =>
      s.rules.flatMap((id): Draft[] => {
        if (known.includes(id) || (id.endsWith('/*') && families.has(id.slice(0, -2)))) return [];
        const key = `${s.comment.start}:${id}`;
        if (seen.has(key)) return [];
        seen.add(key);
        const near = nearest(id, known);
        return [
          {
            ruleId: 'engine/unknown-rule',
            start: s.comment.start,
            end: s.comment.end,
            message: `没有“${id}”这条规则，这条注释对它什么也没有停用${near.length ? `。是否是 ${near.join('、')}？` : '。规则编号见 shengao explain。'}`,
            data: { rule: id, suggestions: near },
          },
        ];
      }),
    );
    return [
      ...unknown,
      ...model.suppressions.flatMap((s): Draft[] =>
        s.unclosed
          ? [
              {
                start: s.unclosed.start,
                end: s.unclosed.end,
                message: `这条 shengao-disable${s.rules.length ? `（${s.rules.join('、')}）` : '（全部规则）'}后面没有 shengao-enable：其后约 ${lines(s.start)} 行都不检查。如只想跳过下一段，请用 shengao-disable-next；否则请在该跳过的内容之后加 <!-- shengao-enable -->。`,
                ruleId: 'engine/unclosed-disable',
                data: { rules: s.rules },
              },
            ]
          : [],
      ),
    ];
  },
};
