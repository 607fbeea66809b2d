import * as vscode from 'vscode';
import { distinctFigures } from '../../core/dataset/distinct';
import type { Dataset, StatRecord } from '../../core/dataset/types';
import type { DatasetService } from '../services/datasets';
import { openSourceRecord } from '../sources/openSource';

export const ARTICLE_SCHEME = 'statlens-article';
/**
 * The language the article opens in: plain text, but with word wrap on (package.json's
 * configurationDefaults), since its paragraphs are single lines and a quote would sit
 * off screen to the right. A language of its own leaves the user's plain text alone.
 */
export const ARTICLE_LANGUAGE = 'statlens-article';

/** The text of the article a record quotes, when a dataset ships it. */
export function articleTextOf(datasets: readonly Dataset[], record: StatRecord): string | undefined {
  return datasets.find((d) => d.records.includes(record) || d.records.some((r) => r.id === record.id))?.articleTexts?.[record.article.title];
}

/**
 * The bundled articles as a read-only file system (statlens-article:/<publisher>/<title>.txt):
 * unlike a text-document content provider, its documents refuse edits.
 */
class ArticleFileSystem implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  constructor(private readonly datasets: DatasetService) {}

  private bytes(uri: vscode.Uri): Uint8Array {
    const title = (uri.path.split('/').pop() ?? '').replace(/\.txt$/, '');
    const text = this.datasets.bundled.articleTexts?.[title];
    if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return new TextEncoder().encode(text);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path.split('/').length < 3) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: this.bytes(uri).length, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return this.bytes(uri);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

export function registerArticleProvider(datasets: DatasetService): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(ARTICLE_SCHEME, new ArticleFileSystem(datasets), { isReadonly: true, isCaseSensitive: true });
}

function articleUri(record: StatRecord): vscode.Uri {
  return vscode.Uri.from({ scheme: ARTICLE_SCHEME, path: `/${record.article.publisher}/${record.article.title.replace(/[/\\]/g, '-')}.txt` });
}

/**
 * Whether a record's source can be opened at its quote: the bundled article (`true`),
 * or one of the writer's own sources (`'source'`, "Open source at quote").
 */
export function articleOpener(datasets: DatasetService): (record: StatRecord) => boolean | 'source' {
  return (record) => articleTextOf([datasets.bundled], record) !== undefined || (datasets.sources.has(record.id) && 'source');
}

/**
 * "StatLens: Open Source Article": opens the bundled article read-only with the
 * record's quote selected (a record read from a config's sources opens that source
 * at the quote); without a record, asks which record to show.
 */
export async function openArticle(datasets: DatasetService, recordId?: unknown): Promise<vscode.TextEditor | undefined> {
  const records = datasets.bundled.records;
  let record = typeof recordId === 'string' ? records.find((r) => r.id === recordId) : undefined;
  if (!record && typeof recordId === 'string') {
    const opened = await openSourceRecord(datasets.sources, recordId);
    if (opened) return opened;
  }
  if (!record) {
    const picked = await vscode.window.showQuickPick(
      distinctFigures(records).map(({ record: r, times }) => ({ label: r.text, description: `${r.source}, ${r.year}${times > 1 ? ` · stated ${times} times in the article` : ''}`, detail: r.subject, record: r })),
      { title: 'Open the article at a statistic', matchOnDescription: true, matchOnDetail: true },
    );
    record = picked?.record;
  }
  if (!record) return undefined;
  let document = await vscode.workspace.openTextDocument(articleUri(record));
  if (document.languageId !== ARTICLE_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  const text = document.getText();
  let at = -1;
  for (let n = 0; n < (record.occurrence ?? 1); n++) at = text.indexOf(record.quote, at + 1);
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  if (at >= 0) {
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + record.quote.length));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}
