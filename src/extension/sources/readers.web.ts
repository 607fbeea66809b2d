import * as vscode from 'vscode';
import type { SourceDocument } from '../../core/sources/document';
import type { HtmlReader } from '../../core/sources/read';

export const PDF_CLI_ONLY = 'PDF sources are read by the CLI only (statlens import); name the imported dataset in "datasets"';

/**
 * The web extension's readers ("statlens-source-readers" in the web build): HTML
 * through the browser build of the CLI's reader (dist/web/html.js), fetched and
 * evaluated on the first HTML source; PDF not at all (pdfjs-dist is not shipped).
 */
export async function loadHtmlReader(extensionUri: vscode.Uri | undefined): Promise<HtmlReader | string> {
  try {
    if (!extensionUri) throw new Error('the extension location is unknown');
    const response = await fetch(vscode.Uri.joinPath(extensionUri, 'dist/web/html.js').toString(true));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const module = { exports: {} as { htmlSource?: HtmlReader } };
    const noRequire = (name: string): never => {
      throw new Error(`${name} is not available on the web`);
    };
    new Function('module', 'exports', 'require', await response.text())(module, module.exports, noRequire);
    if (typeof module.exports.htmlSource !== 'function') throw new Error('dist/web/html.js has no htmlSource');
    return module.exports.htmlSource;
  } catch (error) {
    return `HTML sources are not read in the web extension here: ${(error as Error).message.split('\n')[0]}`;
  }
}

export async function readPdf(_bytes: Uint8Array): Promise<SourceDocument | string> {
  return PDF_CLI_ONLY;
}
