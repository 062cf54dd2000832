// numbers/conflict: a kind of a thing, named by a word set inside the thing's name, is some of it.

/**
 * 在建项目27个 … 对在建的6个钢结构项目实施探伤抽检 (read 在建钢结构项目): the later name is the earlier with two characters
 * or more set between its opening and its head (钢结构 between 在建 and 项目) — a kind of the thing, some of it, not the
 * thing restated. (Not the other way round: a restatement drops words of the name freely — 新开对公账户 for 新开对公结算账户.)
 */
export function narrowerKind(short: string, long: string): boolean {
  if (long.length - short.length < 2 || short.length < 3) return false;
  for (let p = 1; p <= short.length - 2; p++) {
    if (long.startsWith(short.slice(0, p)) && long.endsWith(short.slice(p))) return /^[\u4e00-\u9fff]+$/.test(long.slice(p, long.length - (short.length - p)));
  }
  return false;
}
