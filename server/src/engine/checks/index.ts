// Every check the engine runs, in reporting order. Adding a check: a file here,
// its entry below, and its options in rules/schema.json.
import type { Check } from '../rule.js';
import { structureCheck } from './structure.js';
import { outlineSequenceCheck } from './outline-sequence.js';
import { outlineStyleCheck } from './outline-style.js';
import { outlineLevelCheck } from './outline-level.js';
import { placeholderCheck } from './placeholder.js';
import { termsCheck } from './terms.js';

export const CHECKS: Check[] = [structureCheck, outlineSequenceCheck, outlineStyleCheck, outlineLevelCheck, placeholderCheck, termsCheck];

export const RULES = CHECKS.flatMap((c) => c.rules);
