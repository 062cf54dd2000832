// A check that failed on a draft (threw, or ran out of time) under a project config: most
// often its options there are wrong, so the editor shows it on that config file, at the
// line that names the rule when there is one (else on line 1).
import { PackError } from '../packs/errors.js';
import type { CheckFailure } from '../engine/index.js';

export function failureProblems(configFile: string, configText: string | undefined, failures: readonly CheckFailure[], draftName: string): PackError[] {
  const lines = configText === undefined ? [] : configText.split(/\r\n|\r|\n/);
  return failures.map((f) => {
    const rule = f.rules[0] ?? f.check;
    const at = lines.findIndex((l) => l.includes(rule));
    const problem = `规则 ${f.rules.join('、')} 在 ${draftName} 上未能完成：${f.error.split('\n')[0]}`;
    return new PackError(configFile, at + 1 || 1, at >= 0 ? lines[at].indexOf(rule) + 1 : 1, problem, at >= 0 ? '请检查这条规则的 options' : undefined);
  });
}
