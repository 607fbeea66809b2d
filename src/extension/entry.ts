import type * as vscode from 'vscode';
import type { StatLensApi } from './activate';

/**
 * The desktop extension's entry (package.json "main", dist/entry.js): a few lines that VS
 * Code loads and activates at once, so that activating StatLens does not hold up the other
 * extensions waiting on the same event (a Markdown file opening) while a 300 KB bundle is
 * compiled. The extension itself (dist/extension.js, from node.ts) is loaded and activated
 * right after, in the next turn of the event loop, or sooner when its API is used first.
 * The notes open by then are checked when it starts, as after any activation.
 */
export function activate(context: vscode.ExtensionContext): StatLensApi {
  let api: StatLensApi | undefined;
  const load = (): StatLensApi => (api ??= (require('./extension.js') as typeof import('./node')).activate(context));
  setImmediate(() => {
    try {
      load();
    } catch (error) {
      console.error('StatLens: activation failed', error);
    }
  });
  // The API, answered by the extension once loaded. VS Code asks whether the result of
  // `activate` is a promise (`then`), which must not load it in this turn.
  return new Proxy({} as StatLensApi, {
    get(_, key) {
      if (typeof key !== 'string' || key === 'then') return undefined;
      const real = load();
      const value: unknown = Reflect.get(real, key);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

export function deactivate(): void {}
