import * as vscode from 'vscode';
import { locateQuote } from '../../core/sources/extracted';
import type { ImportedDataset } from '../../core/sources/records';
import { ARTICLE_LANGUAGE } from '../commands/openArticle';
import type { SourceEntry, SourceService } from './sourceService';

/** Read-only documents holding the text StatLens read from an HTML page or a PDF. */
export const EXTRACTED_SCHEME = 'statlens-source';

type SourceRecord = ImportedDataset['records'][number];

/**
 * The extracted text of HTML and PDF sources as read-only documents
 * (statlens-source:/<path>.txt?<the source's URI>), refreshed when a source is read again.
 */
export function registerExtractedTextProvider(sources: SourceService): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const source = vscode.Uri.parse(uri.query);
      const extracted = sources.extracted(source);
      const name = vscode.workspace.asRelativePath(source);
      if (!extracted) return `StatLens has not read ${name} (yet); it reads the sources of a .statlens.json when a note under it is checked.`;
      return `The text StatLens read from ${name} (read-only; the page's navigation, scripts and markup left out).\n\n${extracted.text}\n`;
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, provider),
    sources.onDidChange(() => {
      for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === EXTRACTED_SCHEME) changed.fire(d.uri);
    }),
  );
}

function extractedUri(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: EXTRACTED_SCHEME, path: `${source.path}.txt`, query: source.toString() });
}

/** "Open source at quote" for a record read from a source; undefined when no source read so far holds it. */
export async function openSourceRecord(sources: SourceService, recordId: string): Promise<vscode.TextEditor | undefined> {
  const entry = await sources.entryOf(recordId);
  const record = entry?.imported?.records.find((r) => r.id === recordId);
  return entry && record ? openSourceAt(entry, record) : undefined;
}

/**
 * Opens a source with a record's sentence selected and in view: a Markdown or text
 * file itself, an HTML page or PDF as the text StatLens read from it (a PDF's pages
 * marked "— page N —", and the page said in the status bar).
 */
export async function openSourceAt(entry: SourceEntry, record: SourceRecord): Promise<vscode.TextEditor> {
  const extracted = entry.format === 'html' || entry.format === 'pdf';
  let document = await vscode.workspace.openTextDocument(extracted ? extractedUri(entry.uri) : entry.uri);
  // Word wrap on, as for the bundled article: a page's paragraphs are single lines.
  if (extracted && document.languageId !== ARTICLE_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  const text = document.getText();
  const found = locateQuote(text, record.quote, record.text, record.occurrence ?? 1);
  if (found) {
    const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const page = entry.format === 'pdf' ? pageBefore(text, found.start) : undefined;
    if (page) vscode.window.setStatusBarMessage(`StatLens: ${vscode.workspace.asRelativePath(entry.uri)}, page ${page}`, 8000);
  }
  return editor;
}

/** The page an offset of a PDF's extracted text is on: the last "— page N —" before it. */
function pageBefore(text: string, offset: number): number | undefined {
  const marks = [...text.slice(0, offset).matchAll(/^— page (\d+) —$/gm)];
  return marks.length ? Number(marks[marks.length - 1][1]) : undefined;
}
