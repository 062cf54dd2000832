// `npm run hostile` (second part): how long one pathological draft blocks the language server.
// A small draft is open; the pathological one is opened; while it is checked, the small one's
// outline is requested every 50 ms and the slowest answer is the time the server was blocked.
// Budget (issue 17): no input up to the caps blocks the server more than 1 s.
import { join } from 'node:path';
import { TestClient, tempWorkspace, uriOf } from '../test/lsp-client';

const SMALL = '一、主要工作\n全年组织培训3场。\n二、存在问题\n宣传不够深入。\n三、下步打算\n继续做好培训。\n';
const CASES: [string, string, string][] = [
  ['lsp-brackets', 'b.md', '['.repeat(50_000) + ']'.repeat(50_000) + '\n'],
  ['lsp-emphasis', 'e.md', '*_'.repeat(20_000) + '字' + '_*'.repeat(20_000) + '\n'],
  ['lsp-long-line', 'l.txt', 'XX，'.repeat(60_000) + '\n'],
];
const LIMIT_MS = 1000;

export async function lspRows(only: string[], serverPath?: string): Promise<{ rows: string[]; unsafe: number }> {
  const rows: string[] = [];
  let unsafe = 0;
  for (const [id, name, text] of CASES) {
    if (only.length && !only.includes(id)) continue;
    const dir = tempWorkspace({ 'small.txt': SMALL });
    const c = new TestClient({ root: dir, serverPath });
    try {
      await c.initialize();
      const small = uriOf(join(dir, 'small.txt'));
      c.open(small, SMALL);
      await c.diagnostics(small, () => true);
      // The dictionary loads after the first check (a start-up cost, not this draft's): wait for it.
      await c
        .until(
          () => c.notifications.some((n) => n.method === 'shengao/status' && (n.params as { segmenter: string }).segmenter !== 'basic'),
          'the segmenter',
          20_000,
        )
        .catch(() => undefined);
      const big = uriOf(join(dir, name));
      const t0 = Date.now();
      c.open(big, text);
      let worst = 0;
      let answered = 0;
      while (Date.now() - t0 < 8000) {
        const s = Date.now();
        await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } });
        worst = Math.max(worst, Date.now() - s);
        answered++;
        if (c.latest(big) && Date.now() - t0 > 1500) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const checked = Boolean(c.latest(big));
      const bad = worst > LIMIT_MS ? `blocked ${worst} ms (limit ${LIMIT_MS})` : !checked ? 'no diagnostics for the draft within 8 s' : undefined;
      if (bad) unsafe++;
      rows.push(
        `| ${id} | language server: ${name} (${text.length.toLocaleString('en-US')} characters) opened | ${((Date.now() - t0) / 1000).toFixed(1)} s | – | longest wait ${worst} ms over ${answered} requests | ${bad ? `✗ ${bad}` : '✓'} | ${checked ? 'diagnostics published' : ''} |`,
      );
      console.log(rows[rows.length - 1]);
    } finally {
      await c.close();
    }
  }
  return { rows, unsafe };
}
