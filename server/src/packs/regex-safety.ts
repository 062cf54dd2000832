// Pack patterns are data, but a regular expression can still hang the linter
// (catastrophic backtracking). We reject the shapes that cause it: a repeated
// group whose body can itself repeat — (a+)+, (a*)*, (a|ab)* with a quantified
// branch — before the pattern ever runs.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Node, Quantifier } from '@eslint-community/regexpp/ast';

const parser = new RegExpParser({ ecmaVersion: 2024 });

function containsUnboundedQuantifier(node: Node): boolean {
  let found = false;
  visitRegExpAST(node as never, {
    onQuantifierEnter(q: Quantifier) {
      if (q !== node && q.max > 1) found = true;
    },
  });
  return found;
}

/** Undefined when safe, else a description of the dangerous part. */
export function unsafeRegex(source: string): string | undefined {
  let problem: string | undefined;
  const ast = parser.parsePattern(source, 0, source.length, { unicode: true });
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      if (problem || q.max <= 1) return;
      if (containsUnboundedQuantifier(q)) problem = q.raw;
    },
  });
  return problem;
}
