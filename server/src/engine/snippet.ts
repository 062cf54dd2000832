// Section skeletons: the pack's snippet bodies use VS Code snippet syntax;
// quick fixes need the plain text.
import type { MarkerKind } from './types.js';
import { canonicalMarker } from './reader/markers.js';
import type { SectionSpec } from './config.js';

/** `${1:问题概述}` → `问题概述`, `$1`/`$0` → ``, `\$` → `$`. */
export function snippetToText(body: string): string {
  let prev: string;
  let s = body;
  do {
    prev = s;
    s = s.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^|}]*)(?:,[^|}]*)*\|\}/g, '$1');
  } while (s !== prev);
  return s.replace(/\$\d+/g, '').replace(/\\\$/g, '$');
}

/** The section's skeleton as plain text, headed by `marker`; ends with a newline. */
export function sectionSkeleton(spec: SectionSpec, kind: MarkerKind, ordinal: number, newline = '\n'): string {
  const body = snippetToText(spec.snippet ?? spec.title)
    .replace(/\r?\n/g, newline)
    .replace(/\s+$/, '');
  const lines = body.split(newline);
  if (!lines[0]) lines[0] = spec.title;
  return `${kind === 'heading' ? '' : canonicalMarker(kind, ordinal)}${lines.join(newline)}${newline}`;
}
