// Built-in packs are parsed at build time; the result must be the same pack as a fresh parse.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack, precompile } from '../server/src/packs/loader';
import { nodeHost, packHash, type PackHost } from '../server/src/packs/host';
import { ROOT } from './helpers';

describe('precompiled built-in packs', () => {
  const builtinDir = join(ROOT, 'rules');
  it('dist/builtin-packs.json is used and gives the same pack as parsing the YAML', () => {
    let hits = 0;
    const real = nodeHost({ builtinDir });
    const counting: PackHost = {
      ...real,
      precompiled: (p, t) => {
        const r = real.precompiled!(p, t);
        if (r) hits++;
        return r;
      },
    };
    const fast = loadPack('debriefing', ROOT, counting);
    const slow = loadPack('debriefing', ROOT, { ...real, precompiled: undefined });
    assert.ok(hits >= 3, 'the build wrote dist/builtin-packs.json and the loader used it');
    assert.deepEqual(fast.config, slow.config);
    assert.deepEqual(fast.examples, slow.examples);
  });

  it('an edited built-in pack (hash mismatch) is parsed afresh, never served stale', () => {
    const file = join(builtinDir, 'work-summary.yaml');
    const text = readFileSync(file, 'utf8');
    const host = nodeHost({ builtinDir });
    assert.ok(host.precompiled!(file, text));
    assert.equal(host.precompiled!(file, text + '\n# 改动\n'), undefined);
    assert.equal(precompile(file, text, packHash(text)).lines['examples.0'] > 1, true);
  });
});
