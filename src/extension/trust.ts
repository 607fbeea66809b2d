// What an untrusted workspace may make StatLens read. Kept free of `vscode` so unit tests run it.
//
// A dataset is data: StatLens only reads figures from it, so one inside the workspace
// folder loads even when the workspace is not trusted. What an untrusted workspace
// may not do is make StatLens read files elsewhere on the machine (and show parts of
// them in messages), so a dataset path from the workspace's own settings must stay
// inside its folder. Paths from the user's settings are the user's choice and load.

/** Where the `statlens.datasets` value in effect was set. */
export type SettingOrigin = 'user' | 'workspace';

/** Which settings file the value in effect came from, from `WorkspaceConfiguration.inspect`. */
export function originOf(inspected: { workspaceValue?: unknown; workspaceFolderValue?: unknown } | undefined): SettingOrigin {
  return inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined ? 'workspace' : 'user';
}

/**
 * Why a dataset path from an untrusted workspace's settings is not loaded, or
 * undefined when it stays inside the workspace folder. Symbolic links are
 * checked when the file is read (see DatasetService).
 */
export function untrustedPathProblem(path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return 'it is a URI, not a path inside the workspace folder';
  if (/^[\\/]/.test(path) || /^[a-z]:/i.test(path)) return 'it is an absolute path';
  let depth = 0;
  for (const part of path.split(/[\\/]+/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return 'it leads out of the workspace folder ("..")';
  }
  return undefined;
}

/** The one message for a dataset an untrusted workspace names but StatLens does not load. */
export function untrustedMessage(path: string, problem: string): string {
  return `StatLens: did not load the dataset "${path}" from this workspace's settings: ${problem}. In an untrusted workspace StatLens reads datasets only from inside the workspace folders; trust the workspace to load it.`;
}
