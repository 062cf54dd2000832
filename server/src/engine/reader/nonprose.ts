// Markdown that is not prose and that remark does not know: front matter, the tags of
// site generators (Hexo/Jekyll `{% note %}`, Hugo/Jinja `{{ … }}`, `{# … #}`) and headings' attribute lists. They are
// blanked — every character but line breaks becomes a space — before the draft is parsed,
// so no check reads them as placeholders, percentages or headings, and every offset stays
// where it was.

const FRONT_MATTER = /^(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:\1|\.\.\.)[ \t]*(?=\r?\n|$)/;
// A tag never spans a blank line; `{{` / `{%` inside code is blanked too, which is harmless.
const TAGS =
  /\{%(?:(?!%\})[^\n]|\n(?![ \t]*\r?\n)){0,2000}?%\}|\{\{(?:(?!\}\})[^\n]|\n(?![ \t]*\r?\n)){0,2000}?\}\}|\{#(?:(?!#\})[^\n]|\n(?![ \t]*\r?\n)){0,2000}?#\}/g;

// An attribute list closing a heading (kramdown, Pandoc, nodeppt: `## 未来规划{.build.moveIn}`, `# 标题 {#intro}`).
const HEADING_ATTRS = /^(#{1,6}[ \t][^\n]*?)(\{[ \t]*[.#][\w\-.# \t=:"']*\})[ \t]*$/gm;

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** `source` with front matter and site-generator tags blanked (same length, same line breaks). */
export function blankNonProse(source: string): string {
  let out = source;
  const fm = FRONT_MATTER.exec(out);
  // (A BOM has been stripped by the caller: front matter opens the text.)
  if (fm) out = blank(fm[0]) + out.slice(fm[0].length);
  if (out.includes('{%') || out.includes('{{') || out.includes('{#')) out = out.replace(TAGS, blank);
  if (out.includes('{.') || out.includes('{#') || out.includes('{ .') || out.includes('{ #'))
    out = out.replace(HEADING_ATTRS, (_, head: string, attrs: string) => head + blank(attrs));
  return out;
}
