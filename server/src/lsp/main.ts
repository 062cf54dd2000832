// Entry of dist/server-main.js, which dist/server.js (lsp/loader.ts) starts. The transport comes
// from argv: `--stdio` for most editors, `--node-ipc` when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ShengaoServer } from './server.js';
import { MEMORY_REQUEST, idleCollector, memoryReport, tuneHeap } from './memory.js';

if (process.argv.includes('--version')) {
  process.stdout.write('shengao-language-server 0.1.0\n');
  process.exit(0);
}
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('用法：shengao-language-server --stdio\n（VS Code 扩展以 --node-ipc 启动；也支持 --socket=PORT、--pipe=NAME）\n');
  process.exit(2);
}

tuneHeap();
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`shengao: 未处理的异常：${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`shengao: 未处理的拒绝：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
connection.onRequest(MEMORY_REQUEST, () => memoryReport());
new ShengaoServer(connection, idleCollector()).listen();
