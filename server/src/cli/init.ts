// `shengao init`: a starter .shengao.yaml, commented in Chinese, that loads as is.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAMES } from '../packs/loader.js';
import { UsageError } from './args.js';
import { USER_PACKS } from './packs.js';

export function starterConfig(pack: string): string {
  return `# 审稿（shengao）项目配置
# 检查一份文稿时，使用离它最近的 .shengao.yaml（从文稿所在文件夹向上查找）。
# 完整格式见 shengao 自带的 rules/schema.json；内置规则包用 shengao packs 查看。

# 配置的名字，显示在报告里
name: 本单位工作总结

# 继承的规则包：内置包名（work-summary / debriefing / party-building）、
# 相对路径（./团队规则.yaml），或已安装的 npm 包名
extends: ${pack}

# 调整规则级别：error（错误）/ warning（警告）/ info（提示）/ hint / off（关闭）
rules:
  outline/style: warning
  # text/placeholder: error
  # terms/preferred: warning
  # structure/section-order: off

# 补充部分标题的写法：例如把“重点工作推进情况”也算作履职部分
# sections:
#   - kind: duties
#     aliases: [重点工作推进情况]

# 本单位的术语：prefer 是规范写法，avoid 是要避免的写法
# terms:
#   - prefer: 一网通办
#     avoid: [一网通办理]
#     note: 政务服务品牌名称

# 团队认可、不必报告的写法（术语和占位符检查都会放过）
# allow:
#   - 某某小区
`;
}

/** Writes the starter config into `dir`; refuses to overwrite one (UsageError → exit 2). */
export function init(dir: string, pack: string): string {
  if (!USER_PACKS.includes(pack)) throw new UsageError(`init --pack 只接受内置包：${USER_PACKS.join('、')}，而不是“${pack}”`);
  for (const name of CONFIG_NAMES) {
    const existing = join(dir, name);
    if (existsSync(existing)) throw new UsageError(`${existing} 已存在，未覆盖（如需重新生成，请先删除或改名）`);
  }
  const file = join(dir, CONFIG_NAMES[0]);
  writeFileSync(file, starterConfig(pack), { encoding: 'utf8', flag: 'wx' });
  return file;
}
