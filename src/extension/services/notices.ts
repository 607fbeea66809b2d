import * as vscode from 'vscode';

/**
 * VS Code turns `[label](command:…)` in a notification into a link it runs when
 * clicked, so text from a dataset or a setting must not keep that form.
 */
export function plainNotice(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\]\s*\(/g, '] (');
}

/**
 * Notifications about datasets and config files, with text made plain, and remembered
 * so that the extension's API (and its tests) can tell that each was shown once, not
 * per keystroke.
 */
export class Notices {
  readonly shown: string[] = [];
  /** Problem notices on screen, by file: each closes once its file is fixed. */
  private readonly open = new Map<string, { message: string; close: () => void }>();

  error(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showErrorMessage(this.record(message), ...actions);
  }

  warning(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showWarningMessage(this.record(message), ...actions);
  }

  /**
   * A problem with a file, shown until `resolved(key)` says it is gone or a newer
   * problem with the same file replaces it. The extension API cannot close a message
   * it showed (microsoft/vscode#48960), but it can end a progress notification, so
   * this is one: no progress reported, and Cancel dismisses it by hand.
   */
  problem(key: string, message: string): string {
    this.resolved(key);
    const plain = this.record(message);
    let close!: () => void;
    const closed = new Promise<void>((resolve) => (close = resolve));
    const entry = { message: plain, close };
    this.open.set(key, entry);
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: plain, cancellable: true }, (_progress, token) => {
      token.onCancellationRequested(close);
      return closed;
    }).then(() => this.open.get(key) === entry && this.open.delete(key));
    return plain;
  }

  /** The file's problem is gone: its notice closes. */
  resolved(key: string): void {
    const entry = this.open.get(key);
    this.open.delete(key);
    entry?.close();
  }

  /** The problem notices still on screen. */
  onScreen(): string[] {
    return [...this.open.values()].map((e) => e.message);
  }

  private record(message: string): string {
    const plain = plainNotice(message);
    this.shown.push(plain);
    if (this.shown.length > 100) this.shown.shift();
    return plain;
  }
}
