import { loadFixtures, generateDraft } from './generate';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const d = generateDraft(loadFixtures(), { chars: 100000, seed: 3 });
const sents = d.split(/(?<=[。！？；\n])/);
const j = Jieba.withDict(dict);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(j)));
for (let k = 0; k < 4; k++) {
  const t = (f: () => void) => { const s = performance.now(); f(); return (performance.now() - s).toFixed(1); };
  console.log('parse', t(() => unified().use(remarkParse).parse(d)), 'tag', t(() => { for (const x of sents) j.tag(x, true); }), 'tagNoHmm', t(() => { for (const x of sents) j.tag(x, false); }),
    'cut', t(() => { for (const x of sents) j.cut(x, true); }), 'cutNoHmm', t(() => { for (const x of sents) j.cut(x, false); }));
}
