// Every check the engine runs, in reporting order. Adding a check: a file here,
// its entry below, and its options in rules/schema.json.
import type { Check } from '../rule.js';
import { structureCheck } from './structure.js';
import { outlineSequenceCheck } from './outline-sequence.js';
import { outlineStyleCheck } from './outline-style.js';
import { outlineLevelCheck } from './outline-level.js';
import { placeholderCheck } from './placeholder.js';
import { termsCheck } from './terms.js';
import { numbersSumCheck } from './numbers-sum.js';
import { numbersCountCheck } from './numbers-count.js';
import { numbersConflictCheck } from './numbers-conflict.js';
import { numbersPercentCheck } from './numbers-percent.js';
import { metricsMissingCheck } from './metrics-missing.js';
import { metricsVagueCheck } from './metrics-vague.js';
import { limitsCheck } from './limits.js';
import { directivesCheck } from './directives.js';
import { styleNumbersCheck } from './style-numbers.js';
import { plansMeasurableCheck } from './plans-measurable.js';
import { historyRestatedCheck } from './history-restated.js';
import { historyGrowthCheck } from './history-growth.js';
import { historyCopiedCheck } from './history-copied.js';
import { historyStaleDateCheck } from './history-stale-date.js';

export const CHECKS: Check[] = [
  structureCheck,
  outlineSequenceCheck,
  outlineStyleCheck,
  outlineLevelCheck,
  placeholderCheck,
  termsCheck,
  numbersSumCheck,
  numbersCountCheck,
  numbersConflictCheck,
  numbersPercentCheck,
  metricsMissingCheck,
  metricsVagueCheck,
  styleNumbersCheck,
  plansMeasurableCheck,
  historyRestatedCheck,
  historyGrowthCheck,
  historyCopiedCheck,
  historyStaleDateCheck,
  limitsCheck,
  directivesCheck,
];

export const RULES = CHECKS.flatMap((c) => c.rules);
