// What the fifty-third held-out round showed (real reports and blind drafts), in sentences of our own.
import { strict as assert } from 'node:assert';
import { hits } from './helpers';

describe('round 53: parts named by a doing for people', () => {
  const text = (total: string) =>
    `一、主要工作\n3.全年开展志愿服务21次，参与党员共计${total}，其中慰问困难群众96人次、关爱独居老人88人次、清扫街巷64人次。\n`;
  it('慰问困难群众 / 关爱独居老人 / 清扫街巷 are activities, all of them: 96+88+64=248, not 260', () => {
    assert.deepEqual(hits(text('260人次'), 'numbers/sum'), ['260人次']);
  });
  it('…and 248 adds up', () => {
    assert.deepEqual(hits(text('248人次'), 'numbers/sum'), []);
  });
});
