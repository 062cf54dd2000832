// 「审稿：检查 Word 文档」: a .docx opens as its extracted text (read-only, Markdown) in a
// virtual document, so the language server checks it like any draft — diagnostics, outline,
// hovers. The URI keeps the file's real path (plus ".md", for the language), so the server
// finds the .shengao.yaml next to the Word file.
import * as vscode from 'vscode';
import { readDraft } from '../../server/src/project/read-draft';
import { DOCX_SCHEME } from '../../server/src/lsp/protocol';

/** The extracted text of a .docx, as a read-only document. */
export class WordTextProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = vscode.Uri.file(uri.path.replace(/\.md$/, ''));
    const read = readDraft(file.fsPath, await vscode.workspace.fs.readFile(file));
    if ('skip' in read) throw new Error(read.message);
    return read.text;
  }
}

export function wordTextUri(docx: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: `${docx.path}.md` });
}

/** Opens a .docx (from the Explorer's context menu, or picked) as text the server checks. */
export async function checkWordDocument(target: vscode.Uri | undefined, t: (cn: string, en: string) => string): Promise<void> {
  let docx = target;
  if (!docx) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [t('Word 文档', 'Word documents')]: ['docx'] },
      openLabel: t('检查', 'Check'),
    });
    docx = picked?.[0];
  }
  if (!docx) return;
  if (!/\.docx$/i.test(docx.path)) {
    void vscode.window.showWarningMessage(
      t('只能检查 .docx 文档；旧版 .doc、.wps 请先在 Word 或 WPS 中另存为 .docx。', 'Only .docx can be checked; save .doc or .wps as .docx first.'),
    );
    return;
  }
  // Read once here so a file that cannot be read gets its one-line reason, not an empty editor.
  const read = readDraft(docx.fsPath, await vscode.workspace.fs.readFile(docx));
  if ('skip' in read) {
    void vscode.window.showErrorMessage(read.message);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(wordTextUri(docx));
  await vscode.window.showTextDocument(doc, { preview: false });
}
