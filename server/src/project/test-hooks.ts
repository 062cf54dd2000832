// Fault injection for the resilience tests, read by the front ends only (never by the
// engine): SHENGAO_TEST_THROW=<rule id> makes the check that owns that rule throw on every
// run, SHENGAO_TEST_SPIN=<rule id> makes it loop forever (a runaway the deadline must stop),
// and SHENGAO_TEST_BUDGET_MS shortens every time budget so such a test takes a second.
import { CHECKS } from '../engine/index.js';
import type { Check } from '../engine/index.js';
import type { Budgets } from '../engine/index.js';

export function checksForTest(env: NodeJS.ProcessEnv = process.env): Check[] | undefined {
  const thrown = env.SHENGAO_TEST_THROW;
  const spun = env.SHENGAO_TEST_SPIN;
  if (!thrown && !spun) return undefined;
  return CHECKS.map((c) => {
    if (thrown && c.rules.some((r) => r.id === thrown)) {
      return {
        ...c,
        run(): never {
          throw new Error(`SHENGAO_TEST_THROW=${thrown}：测试注入的异常`);
        },
      };
    }
    if (spun && c.rules.some((r) => r.id === spun)) {
      return {
        ...c,
        run(): never {
          for (;;) {
            /* a runaway check */
          }
        },
      };
    }
    return c;
  });
}

export function budgetsForTest(budgets: Budgets, env: NodeJS.ProcessEnv = process.env): Budgets {
  const ms = Number(env.SHENGAO_TEST_BUDGET_MS);
  return Number.isFinite(ms) && ms > 0 ? { parseMs: ms, checkMs: ms } : budgets;
}
