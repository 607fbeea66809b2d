import * as vscode from 'vscode';

/**
 * VS Code turns `[label](command:…)` in a notification into a link it runs when
 * clicked, so text from a dataset or a setting must not keep that form.
 */
export function plainNotice(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\]\s*\(/g, '] (');
}

/**
 * Notifications about datasets, with text made plain, and remembered so that the
 * extension's API (and its tests) can tell that each was shown once, not per keystroke.
 */
export class Notices {
  readonly shown: string[] = [];

  error(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showErrorMessage(this.record(message), ...actions);
  }

  warning(message: string, ...actions: string[]): Thenable<string | undefined> {
    return vscode.window.showWarningMessage(this.record(message), ...actions);
  }

  private record(message: string): string {
    const plain = plainNotice(message);
    this.shown.push(plain);
    if (this.shown.length > 100) this.shown.shift();
    return plain;
  }
}
