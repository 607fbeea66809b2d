import type * as vscode from 'vscode';
import { pdfjsLocation, pdfSource } from '../../cli/pdf';
import type { SourceDocument } from '../../core/sources/document';
import type { HtmlReader } from '../../core/sources/read';

/** Said for a PDF source wherever pdfjs-dist cannot be loaded (the web extension; a desktop build without dist/pdfjs). */
export const PDF_CLI_ONLY = 'PDF sources are read by the CLI only (statlens import); name the imported dataset in "datasets"';

/**
 * The desktop extension's readers for HTML and PDF sources ("statlens-source-readers";
 * the web build has its own, readers.web.ts). Each loads on the first source of its kind.
 */
export async function loadHtmlReader(_extensionUri: vscode.Uri | undefined): Promise<HtmlReader | string> {
  try {
    // "statlens-html" is dist/html.js beside the extension's bundle: the same reader the CLI uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('statlens-html') as typeof import('../../cli/html/entry')).htmlSource;
  } catch (error) {
    return `the HTML reader could not be loaded: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** A PDF source, with the pdfjs-dist the .vsix ships beside the bundle (dist/pdfjs), loaded on the first PDF. */
export async function readPdf(bytes: Uint8Array): Promise<SourceDocument | string> {
  const at = pdfjsLocation();
  return at ? pdfSource(bytes, at) : PDF_CLI_ONLY;
}
