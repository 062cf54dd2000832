import { strict as assert } from 'node:assert';
import { lint } from '../server/src/engine/index';
import { EMPTY_CONFIG } from '../server/src/engine/config';
describe('smoke', () => {
  it('parses markdown via unified', () => {
    const r = lint('# 一、总体情况\n\n正文。', { kind: 'markdown', config: EMPTY_CONFIG });
    assert.equal(r.model.outline[0].marker.kind, 'cn');
  });
});
