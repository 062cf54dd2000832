// Settings, read per resource with workspace/configuration (section `shengao`),
// or from didChangeConfiguration when the client cannot answer that request.
import type { Connection } from 'vscode-languageserver/node';
import type { Severity, SeverityOrOff } from '../engine/index.js';
import type { EngineConfig } from '../engine/index.js';
import type { Locale } from './i18n.js';

export interface Settings {
  enable: boolean;
  /** A pack for every document (built-in name, path or npm package); empty = .shengao.yaml or work-summary. */
  pack: string;
  run: 'onType' | 'onSave';
  /** Severity overrides by rule id. */
  rules: Record<string, SeverityOrOff>;
  /** Hold back findings on the line being typed. */
  focus: boolean;
  locale: Locale;
  /** Language ids the server lints (markdown, plaintext). */
  languages: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  pack: '',
  run: 'onType',
  rules: {},
  focus: false,
  locale: 'zh-CN',
  languages: ['markdown', 'plaintext'],
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Coerces whatever the client sent into Settings, ignoring malformed values. */
export function normalizeSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (!isRecord(raw)) return s;
  if (typeof raw.enable === 'boolean') s.enable = raw.enable;
  if (typeof raw.pack === 'string') s.pack = raw.pack.trim();
  if (raw.run === 'onType' || raw.run === 'onSave') s.run = raw.run;
  if (typeof raw.focus === 'boolean') s.focus = raw.focus;
  if (typeof raw.locale === 'string') s.locale = raw.locale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  if (Array.isArray(raw.languages) && raw.languages.every((x) => typeof x === 'string')) s.languages = raw.languages as string[];
  if (isRecord(raw.rules)) {
    for (const [id, v] of Object.entries(raw.rules)) if (typeof v === 'string' && SEVERITIES.has(v)) s.rules[id] = v as SeverityOrOff;
  }
  return s;
}

/** The pack's config with the editor's severity overrides on top (terms etc. shared, not copied). */
export function withOverrides(config: EngineConfig, rules: Record<string, SeverityOrOff>): EngineConfig {
  const ids = Object.keys(rules);
  if (!ids.length) return config;
  const merged = { ...config.rules };
  for (const id of ids) merged[id] = { severity: rules[id], options: config.rules[id]?.options ?? {} };
  return { ...config, rules: merged };
}

export function isSeverity(s: SeverityOrOff): s is Severity {
  return s !== 'off';
}

export class SettingsStore {
  private cache = new Map<string, Promise<Settings>>();
  /** Settings pushed with didChangeConfiguration, used when the client has no configuration request. */
  private global: Settings = DEFAULT_SETTINGS;

  constructor(
    private connection: Connection,
    private canRequest: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canRequest()) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'shengao' }).then(normalizeSettings, () => this.global);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** didChangeConfiguration: forget what we asked; keep pushed settings for clients that push. */
  changed(pushed: unknown): void {
    this.cache.clear();
    if (isRecord(pushed) && isRecord(pushed.shengao)) this.global = normalizeSettings(pushed.shengao);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
