// numbers/sum: parts of a staff that overlap because they cut it by two things at once — a post and a rung.

/** A rung of a qualification or a title held by people of a post named after it: 高级教师, 硕士研究生学历教师, 中级职称人员. */
const RUNG =
  /^(?:具有|拥有|取得)?(?:正高级?|副高级?|高级|中级|初级|特级|一级|二级|三级|博士|硕士|研究生|本科|大专)(?:研究生)?(?:学历|学位)?(?:专业技术)?(?:职称|职务)?的?(教师|人员|员工|职工|医师|干部)$/;

/** The rest of a list (其他, 其余人员): no post of its own. */
const REST = /^(?:其他|其它|其余)/;

/**
 * 教职工198人，其中专任教师163人，高级教师48人，硕士研究生学历教师27人: a post (专任教师) beside rungs of a
 * qualification or a title held by the same people (高级教师, 硕士研究生学历教师: 教师 again) cuts the staff two ways;
 * the rungs are some of those in the post, so the parts overlap and their sum says nothing about the whole.
 * (引进人才46人，其中硕士研究生14人、医学类本科生25人: kinds of hires, no post named twice — still a sum.)
 */
export function rungsBesidePosts(labels: readonly string[]): boolean {
  const bare = labels.map((l) => l.replace(/^[，,\s]+/, ''));
  const heads = bare.map((l) => RUNG.exec(l)?.[1]);
  const posts = bare.filter((l, i) => !heads[i] && !REST.test(l));
  return heads.some((h) => h && posts.some((l) => l.length > h.length && l.endsWith(h)));
}
