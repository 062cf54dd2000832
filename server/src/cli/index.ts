// What other tools reuse from the CLI: discovery + pack resolution + linting
// (checkFiles) and the report formats. No side effects on import.
export {
  checkFiles,
  decodeDraft,
  displayPath,
  type CheckFilesOptions,
  type CheckRun,
  type FileResult,
  type Skipped,
  type ConfigProblem,
} from '../project/check-files.js';
export { discover, GitIgnores, DEFAULT_PATTERNS, DRAFT_EXTENSIONS } from '../project/discover.js';
export { PackResolver, DEFAULT_PACK, type ResolvedPack } from '../project/packs.js';
export { toJsonReport, formatJson, JSON_FORMAT_VERSION, type JsonReport, type JsonFinding } from './formatters/json.js';
export { toSarif, formatSarif } from './formatters/sarif.js';
export { formatStylish } from './formatters/stylish.js';
export { region, countRun, TOOL } from './formatters/common.js';
