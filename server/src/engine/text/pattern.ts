// Regular expressions that come from rule packs. The built-in packs are shengao's own and
// need JavaScript's lookbehind, so they run on V8's engine. A pattern from any other pack is
// written by whoever wrote the workspace, and V8's backtracking engine can take exponential
// time on it — `(某|某)*同志` on 30 某 took 9 s, and no static checker catches every such
// shape — so those run on RE2 (the re2js port): time linear in the text, whatever the
// pattern. RE2 has no lookaround or backreferences; the loader says so, with a position,
// when a pack uses them.
import type { RE2JS as RE2Type } from 're2js';
import { firstChars } from './first-chars.js';

export interface TextPattern {
  /** Non-empty, non-overlapping matches from left to right (UTF-16 offsets). */
  matches(text: string): { index: number; text: string }[];
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean;
  /** The code units every match begins with (see first-chars.ts), when known: a text with none of them has no match. */
  readonly firstChars?: Set<number>;
}

let re2: typeof RE2Type | undefined;
function RE2(): typeof RE2Type {
  // Loaded on first use: a run with only the built-in packs never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  re2 ??= (require('re2js') as { RE2JS: typeof RE2Type }).RE2JS;
  return re2;
}

/**
 * JavaScript spellings RE2 writes differently: `\uXXXX` and `\u{X}` are `\x{X}` there.
 * Everything else a pack author writes (classes, `\d`, `\s`, `{m,n}`, `(?:…)`, `^ $`) reads the same.
 */
export function toRe2Syntax(source: string): string {
  return source.replace(/\\\\|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (m, braced: string | undefined, four: string | undefined) =>
    (braced ?? four) ? `\\x{${braced ?? four}}` : m,
  );
}

/** Why RE2 cannot take `source` (in Chinese), or undefined when it can. */
export function linearProblem(source: string): string | undefined {
  try {
    RE2().compile(toRe2Syntax(source));
    return undefined;
  } catch (e) {
    const msg = (e as Error).message;
    if (/\(\?<?[=!]|invalid named capture|invalid or unsupported Perl syntax: `\(\?[=!<]/.test(msg) || /\(\?<?[=!]/.test(source)) {
      return '用了先行或后行断言（?= ?! ?<= ?<!）：规则包里的正则以线性时间引擎（RE2）运行，不支持断言';
    }
    if (/\\[1-9]/.test(source)) return '用了反向引用（\\1 等）：规则包里的正则以线性时间引擎（RE2）运行，不支持反向引用';
    return `线性时间引擎（RE2）无法编译：${msg}`;
  }
}

function nativePattern(source: string, flags: string): TextPattern {
  const g = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  const once = new RegExp(source, flags.replace('g', ''));
  return {
    matches(text) {
      const out: { index: number; text: string }[] = [];
      g.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = g.exec(text)) !== null) {
        if (m[0].length === 0) {
          g.lastIndex++;
          continue;
        }
        out.push({ index: m.index, text: m[0] });
      }
      return out;
    },
    test: (text) => once.test(text),
    firstChars: firstChars(source, flags),
  };
}

function linearPattern(source: string, flags: string): TextPattern {
  const p = RE2().compile(toRe2Syntax(source), flags.includes('i') ? RE2().CASE_INSENSITIVE : 0);
  return {
    matches(text) {
      const out: { index: number; text: string }[] = [];
      const m = p.matcher(text);
      while (m.find()) {
        const s = m.start();
        const e = m.end();
        if (e > s) out.push({ index: s, text: text.slice(s, e) });
      }
      return out;
    },
    test: (text) => p.matcher(text).find(),
  };
}

/** A pack's pattern, on RE2 when `linear` (any pack but the built-in ones), else on V8. */
export function compilePattern(source: string, linear: boolean, flags = 'u'): TextPattern {
  return linear ? linearPattern(source, flags) : nativePattern(source, flags);
}
