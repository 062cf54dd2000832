// Loading rule packs: YAML with positions, schema validation, regex safety,
// `extends` resolution (built-in name, relative path, npm package) and merging.
import { nearest } from '../nearest.js';
import { isAbsolute, join, dirname, resolve, basename } from 'node:path';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { unsafeRegex } from './regex-safety.js';
import { linearProblem } from '../engine/index.js';
import schema from '../../../rules/schema.json';
import type { EngineConfig, SectionSpec, TermSpec, RuleSetting } from '../engine/index.js';
import { RULES } from '../engine/index.js';
import { PackError } from './errors.js';
import { FileRefused, type PackHost } from './host.js';
import type { PackExample, PrecompiledPack, RawPack } from './raw.js';

export type { PackExample, PrecompiledPack, RawPack } from './raw.js';

/**
 * Most entries in any one list of a pack (allow, terms, placeholder patterns…). A team's
 * vocabulary runs to a few thousand words; past this a list is a mistake or an attack, and
 * is refused with its position rather than slowing every check.
 */
export const MAX_LIST_ENTRIES = 100_000;

export interface LoadedPack {
  config: EngineConfig;
  description: string;
  /** Every pack file read, root first (for watching and for messages). */
  files: string[];
  /** Names of the packs in the chain, base first. */
  chain: string[];
  examples: PackExample[];
  /** The `ignores:` of the file named (a project's config), with the folder its patterns are relative to. */
  ignores?: { base: string; patterns: string[] };
  /** Absolute path of last year's report (`previous:`, from the last file of the chain that sets it). */
  previous?: string;
}

export const BUILTIN_PACKS = ['work-summary', 'debriefing', 'party-building', 'base', 'terms'];
export const CONFIG_NAMES = ['.shengao.yaml', '.shengao.yml'];

// Required on first use, like ajv below: with the built-in packs precompiled and no project
// config, a run never parses YAML (loading the yaml package took ~3 ms of every start).
let yamlModule: typeof import('yaml') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));

// Compiled on first use: with precompiled built-in packs and no project config, never.
let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] | undefined {
  if (!validator) {
    // Required here, not imported: with the built-in packs precompiled, most runs never load ajv (≈ 10 ms of start-up).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    validator = new Ajv({ allErrors: false, strict: false }).compile(schema);
  }
  return validator(data) ? undefined : (validator.errors ?? []);
}
const KNOWN_RULES = new Set(RULES.map((r) => r.id));

interface ParsedFile {
  file: string;
  data: RawPack;
  /** Present when parsed here; absent when the file came precompiled (built-in packs). */
  doc?: Document;
  lc?: LineCounter;
  /** Line of each term/example (`terms.3` → 120) for precompiled files. */
  lines?: Record<string, number>;
}

function pos(pf: { lc?: LineCounter }, offset: number): { line: number; col: number } {
  return pf.lc ? pf.lc.linePos(offset) : { line: 1, col: 1 };
}

/** 1-based line of the node at `path` (a term, an example…). */
function lineAt(pf: ParsedFile, path: (string | number)[]): number {
  if (!pf.doc) return pf.lines?.[path.join('.')] ?? 1;
  const off = nodeAt(pf.doc, path)?.range?.[0];
  return off === undefined ? 1 : pos(pf, off).line;
}

function nodeAt(doc: Document, path: (string | number)[], key = false): YamlNode | undefined {
  if (key && path.length) {
    const parent = doc.getIn(path.slice(0, -1), true);
    const { isMap, isScalar } = yaml();
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]));
      if (pair && isScalar(pair.key)) return pair.key as YamlNode;
    }
  }
  const n = doc.getIn(path, true);
  return n && typeof n === 'object' && 'range' in (n as object) ? (n as YamlNode) : undefined;
}

function errorAt(pf: ParsedFile, path: (string | number)[], problem: string, hint?: string, key = false): PackError {
  if (!pf.doc) return new PackError(pf.file, lineAt(pf, path), 1, problem, hint);
  let p = [...path];
  const doc = pf.doc;
  let node = nodeAt(doc, p, key);
  while (!node && p.length) {
    p = p.slice(0, -1);
    node = nodeAt(doc, p);
  }
  const at = node?.range ? pos(pf, node.range[0]) : { line: 1, col: 1 };
  return new PackError(pf.file, at.line, at.col, problem, hint);
}

const TYPE_NAMES: Record<string, string> = { array: '列表', object: '键值表', string: '文字', integer: '整数', number: '数字', boolean: '是或否' };
const TYPE_HINTS: Record<string, string> = {
  array: '列表写作 [甲, 乙]，或每行一项“- 甲”；只有一项也要写成列表',
  object: '键值表写作“键: 值”，子项缩进两格',
  string: '文字可加引号，如 "（一）"',
  integer: '请写阿拉伯数字整数，如 20',
  number: '请写阿拉伯数字，如 0.05',
  boolean: '请写 true 或 false',
};

function schemaProblem(e: ErrorObject): { path: (string | number)[]; problem: string; hint?: string; key?: boolean } {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = path.join('.') || '（顶层）';
  if (e.keyword === 'additionalProperties') {
    const prop = String((e.params as { additionalProperty: string }).additionalProperty);
    if (path.length === 1 && path[0] === 'rules') {
      const near = [...new Set([...nearest(prop, [...KNOWN_RULES]), ...[...KNOWN_RULES].filter((id) => id.split('/')[1] && prop.includes(id.split('/')[1]))])];
      return {
        path: [...path, prop],
        key: true,
        problem: `未知的规则编号“${prop}”`,
        hint: near.length ? `是否是 ${near.join('、')}？` : `可用的规则：${[...KNOWN_RULES].join('、')}`,
      };
    }
    return { path: [...path, prop], key: true, problem: `${where} 下不认识的键“${prop}”`, hint: '请对照 rules/schema.json 检查拼写' };
  }
  if (e.keyword === 'type') {
    const t = (e.params as { type: string }).type;
    return { path, problem: `${where} 的类型不对：应为 ${t}（${TYPE_NAMES[t] ?? t}）`, hint: TYPE_HINTS[t] ?? '请对照 rules/schema.json 修改' };
  }
  if (e.keyword === 'enum')
    return {
      path,
      problem: `${where} 的取值不对：应为 ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(' / ')} 之一`,
      hint: '请从这几个取值中选一个（英文小写）',
    };
  if (e.keyword === 'required') {
    const k = (e.params as { missingProperty: string }).missingProperty;
    return { path, problem: `${where} 缺少必填项“${k}”`, hint: `请补上“${k}: …”${k === 'kind' ? '（如 duties、problems、next，或自定义的英文小写名）' : ''}` };
  }
  if (e.keyword === 'oneOf' && path[0] === 'rules')
    return { path, problem: `规则 ${path[1]} 的设置不对：应为级别（error/warning/info/hint/off），或 { severity, options }` };
  return { path, problem: `${where} ${e.message ?? '不符合规则包格式'}`, hint: '请对照 rules/schema.json 修改（在编辑器中悬停可看各项说明）' };
}

/** First real schema error: for `oneOf` failures, prefer the deepest branch error. */
function bestError(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

function parseFile(file: string, host: PackHost): ParsedFile {
  let text: string | undefined;
  try {
    text = host.readFile(file);
  } catch (e) {
    if (e instanceof FileRefused) throw new PackError(file, 1, 1, `规则包文件${e.reason}`, '规则包应是工作区内的普通 YAML 文件');
    throw e;
  }
  if (text === undefined) throw new PackError(file, 1, 1, '读不到规则包文件', '请检查路径是否正确');
  // Packs are data: a script named as a pack is refused before it is even parsed.
  if (/\.(?:[cm]?[jt]s|node)$/i.test(file))
    throw new PackError(file, 1, 1, '规则包只能是 YAML 文件：审稿不执行规则包里的代码', '请把规则写成 .yaml 文件，格式见 rules/schema.json');
  const pre = host.precompiled?.(file, text);
  if (pre) return { file, data: pre.data, lines: pre.lines };
  return parseText(file, text, dirname(file) === host.builtinDir);
}

/** `trusted`: one of shengao's built-in packs, whose patterns run on V8 (the others run on RE2). */
function parseText(file: string, text: string, trusted: boolean): ParsedFile {
  const { LineCounter, parseDocument, visit } = yaml();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const at = pos({ lc }, e.pos[0]);
    throw new PackError(file, at.line, at.col, `YAML 语法错误：${e.message.split('\n')[0]}`, '请检查缩进、冒号和引号');
  }
  let data: RawPack;
  try {
    data = (doc.toJS({ maxAliasCount: 1000 }) ?? {}) as RawPack;
  } catch (e) {
    // An alias bomb (a billion laughs): refused at the first alias, not expanded.
    let at = { line: 1, col: 1 };
    visit(doc, {
      Alias(_, node) {
        if (node.range) at = pos({ lc }, node.range[0]);
        return visit.BREAK;
      },
    });
    throw new PackError(
      file,
      at.line,
      at.col,
      `YAML 别名（*引用）展开过多：${(e as Error).message.split('\n')[0]}`,
      '规则包里请直接写出各项，不要层层引用别名',
    );
  }
  const pf: ParsedFile = { file, doc, lc, data };
  if (typeof data !== 'object' || Array.isArray(data)) throw new PackError(file, 1, 1, '规则包应是一个键值表（YAML mapping）');
  checkSizes(pf);
  const errors = validate(data);
  if (errors) {
    const p = schemaProblem(bestError(errors));
    throw errorAt(pf, p.path, p.problem, p.hint, p.key);
  }
  checkPatterns(pf, trusted);
  return pf;
}

/** Every list in the pack at most MAX_LIST_ENTRIES long (checked before the schema walks them). */
function checkSizes(pf: ParsedFile): void {
  const d = pf.data as Record<string, unknown>;
  const lists: [(string | number)[], unknown][] = [
    [['allow'], d.allow],
    [['terms'], d.terms],
    [['sections'], d.sections],
    [['examples'], d.examples],
    [['placeholders', 'allow'], (d.placeholders as Record<string, unknown> | undefined)?.allow],
    [['placeholders', 'patterns'], (d.placeholders as Record<string, unknown> | undefined)?.patterns],
  ];
  for (const [path, v] of lists) {
    if (Array.isArray(v) && v.length > MAX_LIST_ENTRIES) {
      throw errorAt(
        pf,
        path,
        `${path.join('.')} 有 ${v.length.toLocaleString('en-US')} 项，超过每个列表 ${MAX_LIST_ENTRIES.toLocaleString('en-US')} 项的上限`,
        '请删去不需要的项，或拆到几个规则包里',
      );
    }
  }
}

function checkRegex(pf: ParsedFile, path: (string | number)[], source: string, flags: string, trusted: boolean): void {
  try {
    new RegExp(source, flags);
  } catch (e) {
    throw errorAt(pf, path, `正则表达式无效：${(e as Error).message}`, '请检查括号和转义');
  }
  if (!trusted) {
    // Any other pack's patterns run on RE2, in time linear in the text whatever their shape.
    const problem = linearProblem(source);
    if (problem) throw errorAt(pf, path, `正则表达式${problem}`, '请改写：断言可改用 terms 的 followedBy / precededBy 等字段，或去掉');
    return;
  }
  const bad = unsafeRegex(source);
  if (bad) throw errorAt(pf, path, `正则表达式中的“${bad}”是嵌套的重复，可能导致灾难性回溯（运行极慢）`, '请改写为不含嵌套量词的形式，如把 (a+)+ 改为 a+');
}

function checkPatterns(pf: ParsedFile, trusted: boolean): void {
  pf.data.placeholders?.patterns?.forEach((p, i) => checkRegex(pf, ['placeholders', 'patterns', i, 'pattern'], p.pattern, 'gu', trusted));
  pf.data.terms?.forEach((t, i) => {
    for (const k of ['followedBy', 'notFollowedBy', 'precededBy', 'notPrecededBy'] as const) {
      const v = t[k];
      if (v !== undefined) checkRegex(pf, ['terms', i, k], v, 'u', trusted);
    }
  });
}

function isPathSpec(spec: string): boolean {
  return spec.startsWith('.') || isAbsolute(spec) || /\.ya?ml$/i.test(spec);
}

/** The YAML file a folder or npm package stands for. */
function packFileIn(dir: string, host: PackHost): string | undefined {
  const pkg = host.readFile(join(dir, 'package.json'));
  if (pkg) {
    try {
      const meta = JSON.parse(pkg) as { shengao?: string; main?: string };
      if (typeof meta.shengao === 'string') return join(dir, meta.shengao);
      if (typeof meta.main === 'string' && /\.ya?ml$/i.test(meta.main)) return join(dir, meta.main);
    } catch {
      /* fall through to the conventional names */
    }
  }
  for (const name of ['pack.yaml', 'pack.yml', 'index.yaml', ...CONFIG_NAMES]) {
    const f = join(dir, name);
    if (host.readFile(f) !== undefined) return f;
  }
  return undefined;
}

type Where = { pf: ParsedFile; path: (string | number)[] } | undefined;

function resolveSpec(spec: string, fromDir: string, host: PackHost, where: Where): string {
  const fail = (problem: string, hint?: string): never => {
    if (where) throw errorAt(where.pf, where.path, problem, hint);
    throw new PackError(spec, 1, 1, problem, hint);
  };
  if (!isPathSpec(spec) && BUILTIN_PACKS.includes(spec)) return join(host.builtinDir, `${spec}.yaml`);
  const probe = (f: string): boolean => {
    try {
      return host.readFile(f) !== undefined;
    } catch (e) {
      if (e instanceof FileRefused) return fail(`继承的规则包文件 ${spec} ${e.reason}`, '规则包应是工作区内的普通 YAML 文件');
      throw e;
    }
  };
  if (isPathSpec(spec)) {
    const p = resolve(fromDir, spec);
    if (!host.allowPackages) {
      // Restricted mode (an untrusted workspace): built-in packs and the workspace's own YAML files only.
      if (isAbsolute(spec)) return fail(`受限模式下不读取绝对路径的规则包“${spec}”`, '信任此工作区后即可使用，或改用工作区内的相对路径');
      if (/(^|[\\/])node_modules([\\/]|$)/.test(p)) return fail(`受限模式下不读取 node_modules 里的规则包“${spec}”`, '信任此工作区后即可使用');
    }
    if (host.isDirectory(p)) {
      let f: string | undefined;
      try {
        f = packFileIn(p, host);
      } catch (e) {
        if (e instanceof FileRefused) return fail(`规则包文件夹 ${spec} 里的 ${basename(e.path)} ${e.reason}`);
        throw e;
      }
      return f ?? fail(`文件夹 ${spec} 里没有规则包`, '应有 pack.yaml，或 package.json 的 "shengao" 字段');
    }
    if (!probe(p)) return fail(`找不到继承的规则包文件 ${spec}`, `已按 ${p} 查找`);
    return p;
  }
  if (!host.allowPackages) return fail(`受限模式下不解析 npm 包规则包“${spec}”`, '信任此工作区后即可使用，或改用内置包名或相对路径');
  const dir = host.resolvePackage(spec, fromDir);
  if (!dir) {
    // A typo of a built-in name gets the name, not advice to install a package that may not exist (or be someone else's).
    const near = nearest(spec, BUILTIN_PACKS);
    if (near.length) return fail(`找不到规则包“${spec}”`, `是否是内置包 ${near.join('、')}？`);
    return fail(
      `找不到规则包“${spec}”：既不是内置包（${BUILTIN_PACKS.slice(0, 3).join('、')}），也没有安装同名 npm 包`,
      `请运行 npm install ${spec}，或检查拼写`,
    );
  }
  return packFileIn(dir, host) ?? fail(`npm 包 ${spec} 里没有规则包`, 'package.json 应有 "shengao" 字段指向 YAML 文件');
}

function emptyConfig(): EngineConfig {
  return { name: '', sections: [], rules: {}, terms: [], placeholders: { patterns: [], allow: [] }, allow: [] };
}

function uniq<T>(a: T[]): T[] {
  return [...new Set(a)];
}

function mergeSection(base: SectionSpec | undefined, over: Partial<SectionSpec>): SectionSpec {
  const b: SectionSpec = base ?? {
    kind: over.kind!,
    label: over.kind!,
    title: over.title ?? over.kind!,
    aliases: [],
    keywords: [],
    exclude: [],
    required: false,
    metrics: false,
  };
  return {
    ...b,
    ...Object.fromEntries(Object.entries(over).filter(([k]) => !['aliases', 'keywords', 'exclude'].includes(k))),
    aliases: uniq([...b.aliases, ...(over.aliases ?? [])]),
    keywords: uniq([...b.keywords, ...(over.keywords ?? [])]),
    exclude: uniq([...b.exclude, ...(over.exclude ?? [])]),
  } as SectionSpec;
}

/** `linear`: the file is not a built-in pack, so its patterns run on RE2. */
function apply(into: EngineConfig, pf: ParsedFile, linear: boolean): void {
  const d = pf.data;
  if (d.name) into.name = d.name;
  for (const s of d.sections ?? []) {
    const i = into.sections.findIndex((x) => x.kind === s.kind);
    if (i >= 0) into.sections[i] = mergeSection(into.sections[i], s);
    else into.sections.push(mergeSection(undefined, s));
  }
  for (const [id, v] of Object.entries(d.rules ?? {})) {
    const prev: RuleSetting | undefined = into.rules[id];
    const meta = RULES.find((r) => r.id === id)!;
    if (typeof v === 'string') into.rules[id] = { severity: v, options: prev?.options ?? {} };
    else into.rules[id] = { severity: v.severity ?? prev?.severity ?? meta.defaultSeverity, options: { ...(prev?.options ?? {}), ...(v.options ?? {}) } };
  }
  (d.terms ?? []).forEach((t, i) => {
    if (!t.avoid.length && !t.nearMisses)
      throw errorAt(pf, ['terms', i, 'avoid'], 'avoid 为空：这一条什么也不会报', '请列出应避免的写法，或加 nearMisses: true（固定提法写错一个字也报）');
    if (t.nearMisses && [...t.prefer].length < 6)
      throw errorAt(
        pf,
        ['terms', i, 'nearMisses'],
        `nearMisses 只用于 6 字以上的固定提法（“${t.prefer}”太短，差一个字的常是别的词）`,
        '请去掉 nearMisses，把常见的错写列在 avoid 里',
      );
    const term: TermSpec = { ...t, origin: `${pf.file}:${lineAt(pf, ['terms', i])}` };
    if (linear) term.linear = true;
    into.terms.push(term);
  });
  // One by one, not push(...list): a spread of a long user list overflows the stack.
  for (const p of d.placeholders?.patterns ?? []) into.placeholders.patterns.push(linear ? { ...p, linear: true } : p);
  for (const w of d.placeholders?.allow ?? []) into.placeholders.allow.push(w);
  for (const w of d.allow ?? []) into.allow.push(w);
}

function load(file: string, host: PackHost, stack: string[], out: LoadedPack): void {
  const pf = parseFile(file, host);
  const parents = pf.data.extends === undefined ? [] : Array.isArray(pf.data.extends) ? pf.data.extends : [pf.data.extends];
  parents.forEach((spec, i) => {
    const path = Array.isArray(pf.data.extends) ? ['extends', i] : ['extends'];
    const target = resolveSpec(spec, dirname(file), host, { pf, path });
    // Compared by real path: a symlink back to a pack in the chain is a cycle too.
    const real = (f: string) => host.realPath?.(f) ?? f;
    if ([...stack, file].some((f) => real(f) === real(target))) {
      const cycle = [...stack, file, target].map((f) => basename(f)).join(' → ');
      throw errorAt(pf, path, `循环继承：${cycle}`, '请去掉其中一处 extends');
    }
    if (out.files.includes(target)) return; // diamond: load each pack once
    load(target, host, [...stack, file], out);
  });
  apply(out.config, pf, dirname(file) !== host.builtinDir);
  // Only the file named (not a pack it extends: its patterns would be relative to somewhere else) keeps its ignores.
  if (!stack.length && pf.data.ignores?.length) out.ignores = { base: dirname(file), patterns: pf.data.ignores };
  out.files.push(file);
  out.chain.push(pf.data.name ?? basename(file));
  if (pf.data.description) out.description = pf.data.description;
  if (pf.data.previous) out.previous = resolve(dirname(file), pf.data.previous);
  (pf.data.examples ?? []).forEach((ex, i) => {
    out.examples.push({ ...ex, origin: `${file}:${lineAt(pf, ['examples', i])}` });
  });
}

/** Loads a pack by built-in name, path or npm package name, resolved from `fromDir`. */
export function loadPack(spec: string, fromDir: string, host: PackHost): LoadedPack {
  const out: LoadedPack = { config: emptyConfig(), description: '', files: [], chain: [], examples: [] };
  const file = resolveSpec(spec, fromDir, host, undefined);
  load(file, host, [], out);
  finish(out);
  return out;
}

/** Loads a project config (.shengao.yaml); with no `extends` it builds on work-summary. */
export function loadConfigFile(file: string, host: PackHost): LoadedPack {
  const out: LoadedPack = { config: emptyConfig(), description: '', files: [], chain: [], examples: [] };
  const pf = parseFile(file, host);
  if (pf.data.extends === undefined) load(join(host.builtinDir, 'work-summary.yaml'), host, [], out);
  load(file, host, [], out);
  finish(out);
  return out;
}

function finish(out: LoadedPack): void {
  out.config.sections.sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9));
  out.config.name = out.chain[out.chain.length - 1] ?? out.config.name;
}

/**
 * The nearest .shengao.yaml at or above `dir`, or undefined. The search stops at the
 * repository's root (the folder holding .git) and at `stopAt` (a workspace root): a
 * config above the project is not the project's.
 */
export function findConfig(dir: string, host: PackHost, stopAt?: string): string | undefined {
  let d = resolve(dir);
  const stop = stopAt === undefined ? undefined : resolve(stopAt);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const f = join(d, n);
      try {
        if (host.readFile(f) !== undefined) return f;
      } catch (e) {
        // There, but unreadable (a FIFO, a device, too large): it is the config, and loading it reports why.
        if (e instanceof FileRefused) return f;
        throw e;
      }
    }
    const up = dirname(d);
    if (up === d || d === stop || isRepoRoot(d, host)) return undefined;
    d = up;
  }
}

function isRepoRoot(d: string, host: PackHost): boolean {
  const git = join(d, '.git');
  if (host.isDirectory(git)) return true;
  try {
    return host.readFile(git) !== undefined; // a worktree's or submodule's .git file
  } catch {
    return true;
  }
}

/** Parses and validates a pack file the slow way, for the build-time cache of built-in packs. */
export function precompile(file: string, text: string, hash: string): PrecompiledPack {
  const pf = parseText(file, text, true);
  const lines: Record<string, number> = {};
  (pf.data.terms ?? []).forEach((_, i) => (lines[`terms.${i}`] = lineAt(pf, ['terms', i])));
  (pf.data.examples ?? []).forEach((_, i) => (lines[`examples.${i}`] = lineAt(pf, ['examples', i])));
  return { hash, data: pf.data, lines };
}
