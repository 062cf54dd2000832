// Build step: one short language-server session with SHENGAO_WRITE_CODE_CACHE=1, so that
// dist/server.js writes dist/server-main.js.cache (V8's code of what the session compiled)
// as the server exits. The session: initialize, open both examples, wait for their
// diagnostics, shutdown, exit. Exits 1 if the server does not answer within 20 s.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const server = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], {
  cwd: root,
  env: { ...process.env, SHENGAO_WRITE_CODE_CACHE: '1' },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const timer = setTimeout(() => {
  server.kill();
  process.exit(1);
}, 20_000);

const send = (msg) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
};
const docs = ['2024年工作总结-信息中心.md', '2024年度机关党建工作总结.txt'].map((f, i) => ({
  uri: pathToFileURL(join(root, 'examples', f)).toString(),
  languageId: i === 0 ? 'markdown' : 'plaintext',
  version: 1,
  text: readFileSync(join(root, 'examples', f), 'utf8'),
}));
const waiting = new Set(docs.map((d) => d.uri));

let buf = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const head = buf.indexOf('\r\n\r\n');
    if (head < 0) return;
    const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
    if (buf.length < head + 4 + len) return;
    const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString('utf8'));
    buf = buf.subarray(head + 4 + len);
    // Requests from the server (configuration, registration…): answer with nothing.
    if (msg.id !== undefined && msg.method) send({ id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null });
    else if (msg.id === 1) {
      send({ method: 'initialized', params: {} });
      for (const textDocument of docs) send({ method: 'textDocument/didOpen', params: { textDocument } });
    } else if (msg.method === 'textDocument/publishDiagnostics' && waiting.delete(msg.params.uri) && waiting.size === 0) send({ id: 2, method: 'shutdown' });
    else if (msg.id === 2) send({ method: 'exit' });
  }
});
server.on('exit', (code) => {
  clearTimeout(timer);
  process.exit(code === 0 && waiting.size === 0 ? 0 : 1);
});
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(root).toString(), capabilities: {} } });
