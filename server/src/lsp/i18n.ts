// UI strings of the server (finding messages stay in Chinese: they are the engine's).
import type { RuleMeta } from '../engine/index.js';

export type Locale = 'zh-CN' | 'en';

const STRINGS = {
  'zh-CN': {
    disableRule: (id: string) => `在本段停用 ${id}`,
    disableLine: (id: string) => `在本行停用 ${id}`,
    allowWord: (w: string) => `允许“${w}”（写入 .shengao.yaml 的 allow）`,
    fixAll: '审稿：应用全部安全修正',
    rule: '规则',
    why: '为什么',
    reference: '依据',
    arithmetic: '计算',
    fixAvailable: '可一键修正',
    sectionDetail: (label: string) => `插入“${label}”部分骨架`,
    nextMarker: '续编下一个序号',
    termDetail: (avoid: string[]) => (avoid.length ? `规范用语（不写作：${avoid.join('、')}）` : '规范用语'),
    packBroken: (msg: string) => `规则包有错误，仍在使用上一次可用的规则包：${msg}`,
    workspaceDone: (files: number, n: number) => `已检查 ${files} 篇文稿，发现 ${n} 处问题。`,
  },
  en: {
    disableRule: (id: string) => `Disable ${id} for this paragraph`,
    disableLine: (id: string) => `Disable ${id} for this line`,
    allowWord: (w: string) => `Allow “${w}” (adds it to allow: in .shengao.yaml)`,
    fixAll: 'shengao: apply all safe fixes',
    rule: 'Rule',
    why: 'Why',
    reference: 'Reference',
    arithmetic: 'Arithmetic',
    fixAvailable: 'Quick fix available',
    sectionDetail: (label: string) => `Insert the “${label}” section skeleton`,
    nextMarker: 'Next outline marker',
    termDetail: (avoid: string[]) => (avoid.length ? `Preferred term (not: ${avoid.join(', ')})` : 'Preferred term'),
    packBroken: (msg: string) => `The rule pack is broken; still using the last good pack: ${msg}`,
    workspaceDone: (files: number, n: number) => `Checked ${files} drafts, ${n} findings.`,
  },
};

export type Strings = (typeof STRINGS)['zh-CN'];

export function strings(locale: Locale): Strings {
  return STRINGS[locale] ?? STRINGS['zh-CN'];
}

export function ruleTitle(meta: RuleMeta, locale: Locale): string {
  return locale === 'en' ? meta.titleEn : meta.title;
}
