// Where a rule's documentation opens. A configured address (SHENGAO_DOCS_URL: a team's
// own copy of docs/rules.md) wins; otherwise docs/rules.md as installed with the package,
// as a file: URI — it is on every machine that runs shengao, and it always opens, where a
// web address guessed for the project might not exist.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleAnchor } from './engine/index.js';

/** docs/rules.md next to the bundle's folder (dist/ → package root), or up from the sources. */
export function installedRulesDoc(start: string = __dirname): string | undefined {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'docs', 'rules.md');
    if (existsSync(p)) return pathToFileURL(p).href;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

let installed: string | undefined | null = null;

/** The rule reference's address without an anchor; undefined when neither is there. */
export function rulesDocBase(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.SHENGAO_DOCS_URL?.trim();
  if (configured) return configured.replace(/#.*$/, '');
  if (installed === null) installed = installedRulesDoc();
  return installed;
}

/** Link to one rule: `outline/style` → `…/docs/rules.md#outline-style`. */
export function ruleDocsHref(ruleId: string, base: string | undefined = rulesDocBase()): string | undefined {
  return base ? `${base}#${ruleAnchor(ruleId)}` : undefined;
}
