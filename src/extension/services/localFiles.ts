import type * as vscode from 'vscode';

/**
 * Files on the extension host's own disk, read at once. `workspace.fs` reads every file
 * through the workbench, a round trip that can take most of a second while it is busy
 * opening an editor; the desktop entry (node.ts) reads `file:` URIs with node:fs instead,
 * where a few small files cost well under a millisecond. The web entry has none.
 */
export interface LocalFiles {
  /** The one scheme these files are read for ("file"); other URIs go through `workspace.fs`. */
  readonly scheme: string;
  /** The file's bytes, or undefined when there is no file to read there (missing, a folder, unreadable). */
  read(uri: vscode.Uri): Uint8Array | undefined;
}
