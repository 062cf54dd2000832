// rules/schema.json is generated from the rules' own metadata (`npm run schema`),
// so a rule id and its options are defined exactly once. A test keeps the file current.
import type { RuleMeta } from '../engine/index.js';

const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'], description: '级别：error / warning / info / hint / off（关闭）' };

const sectionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: '部分类别：duties（履职）、problems（问题）、next（打算），或自定义' },
    label: { type: 'string', description: '简称，显示在大纲中，如“履职”' },
    title: { type: 'string', description: '标准标题，如“存在的问题”' },
    aliases: { type: 'array', items: { type: 'string' }, description: '也算作该部分的标题写法' },
    keywords: { type: 'array', items: { type: 'string' }, description: '标题分词后含有这些词即归入该部分' },
    exclude: { type: 'array', items: { type: 'string' }, description: '标题含有这些词时不按关键词归类' },
    required: { type: 'boolean', description: '是否必须有该部分' },
    order: { type: 'integer', minimum: 0, description: '排列顺序，小的在前' },
    metrics: { type: 'boolean', description: '该部分各条是否应有数据支撑' },
    snippet: { type: 'string', description: '插入该部分时使用的骨架（VS Code 代码片段语法）' },
  },
};

const termSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prefer', 'avoid'],
  properties: {
    prefer: { type: 'string', minLength: 1, description: '规范写法' },
    avoid: { type: 'array', items: { type: 'string', minLength: 1 }, description: '应避免的写法（按字面匹配；有 nearMisses 时可为空）' },
    note: { type: 'string', description: '说明理由' },
    followedBy: { type: 'string', description: '正则：仅当后文符合时才报' },
    notFollowedBy: { type: 'string', description: '正则：后文符合时不报' },
    precededBy: { type: 'string', description: '正则：仅当前文符合时才报' },
    notPrecededBy: { type: 'string', description: '正则：前文符合时不报' },
    fix: { type: 'boolean', description: 'false 表示不提供自动替换' },
    nearMisses: { type: 'boolean', description: 'true：固定提法（6 字以上）中间多、少或错一个字也报（首尾两字须相同）' },
    examples: {
      type: 'object',
      additionalProperties: false,
      properties: { flag: { type: 'string', description: '必须报出的例句' }, pass: { type: 'string', description: '必须不报的例句' } },
    },
  },
};

const exampleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    name: { type: 'string', description: '例子名称' },
    format: { enum: ['markdown', 'text'], description: '例文格式，默认 text' },
    text: { type: 'string', description: '例文' },
    previous: { type: 'string', description: '去年的总结（与例文同格式）：history/* 规则与它对照' },
    expect: { type: 'array', items: { type: 'string' }, description: '必须出现的规则编号（可重复以要求次数）' },
    forbid: { type: 'array', items: { type: 'string' }, description: '不得出现的规则编号' },
  },
};

export function buildSchema(rules: RuleMeta[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    ruleProps[r.id] = {
      description: `${r.title}（默认 ${r.defaultSeverity}）`,
      oneOf: [
        severity,
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            severity,
            options: r.options ?? { type: 'object', additionalProperties: false, properties: {} },
          },
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://shengao.invalid/schema/pack.json',
    title: 'shengao 规则包 / rule pack',
    description: '审稿规则包：声明式 YAML，只含数据，从不执行代码。项目配置 .shengao.yaml 也使用同一格式。',
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string', description: '包名' },
      description: { type: 'string', description: '一句话说明' },
      previous: { type: 'string', minLength: 1, description: '去年的总结（相对于本文件的路径）：history/* 规则把每份文稿与它对照（命令行 --previous 优先）' },
      extends: {
        description: '继承的包：内置包名（work-summary、debriefing、party-building、base、terms）、相对路径或 npm 包名',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      sections: { type: 'array', items: sectionSchema, description: '报告的组成部分' },
      rules: { type: 'object', additionalProperties: false, properties: ruleProps, description: '规则级别与选项' },
      terms: { type: 'array', items: termSchema, description: '术语表：规范写法与应避免的写法' },
      placeholders: {
        type: 'object',
        additionalProperties: false,
        properties: {
          patterns: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['pattern'],
              properties: { pattern: { type: 'string' }, message: { type: 'string' } },
            },
          },
          allow: { type: 'array', items: { type: 'string' } },
        },
        description: '占位符：识别模式与允许的写法',
      },
      allow: { type: 'array', items: { type: 'string' }, description: '团队允许的写法：不再按术语或占位符报出' },
      ignores: {
        type: 'array',
        items: { type: 'string' },
        description:
          '不检查的文稿（.gitignore 语法，相对本文件所在文件夹），如 "模板/"、"*.草稿.md"。只对按文件夹或通配符找到的文稿生效；命令行上点名的文件照样检查',
      },
      examples: { type: 'array', items: exampleSchema, description: '自测例文：shengao packs test 会逐条运行' },
    },
  };
}
