// Fault injection for the resilience tests, read by the language-server host only
// (never by the engine): SHENGAO_TEST_THROW=<rule id> makes the check that owns that
// rule throw on every run, so a test can see the failure isolated and logged once.
import { CHECKS } from '../engine/checks/index.js';
import type { Check } from '../engine/rule.js';

export function checksForTest(env: NodeJS.ProcessEnv = process.env): Check[] | undefined {
  const id = env.SHENGAO_TEST_THROW;
  if (!id) return undefined;
  return CHECKS.map((c) =>
    c.rules.some((r) => r.id === id)
      ? {
          ...c,
          run(): never {
            throw new Error(`SHENGAO_TEST_THROW=${id}：测试注入的异常`);
          },
        }
      : c,
  );
}
