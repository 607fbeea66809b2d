import * as vscode from 'vscode';
import { SECTION, settingsFor } from '../config';
import { originOf, untrustedMessage, untrustedPathProblem } from '../trust';

/** One `statlens.datasets` entry that applies to a note, and whether StatLens may read it. */
export interface DatasetSource {
  uri: vscode.Uri;
  /** Set by an untrusted workspace: read only if no symbolic link is on the way. */
  guarded: boolean;
  /** Why it is not read at all (an untrusted workspace pointing outside its folder). */
  blocked?: string;
}

/** The datasets a note's folder names, in the setting's order, with the workspace-trust decision for each. */
export function datasetSources(uri: vscode.Uri | undefined): DatasetSource[] {
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  const scope = uri ?? folder?.uri;
  const guarded = !vscode.workspace.isTrusted && originOf(vscode.workspace.getConfiguration(SECTION, scope).inspect('datasets')) === 'workspace';
  const sources: DatasetSource[] = [];
  for (const path of settingsFor(scope).datasets) {
    const target = resolve(folder?.uri, path);
    if (!target) continue;
    const problem = guarded ? untrustedPathProblem(path) : undefined;
    sources.push({ uri: target, guarded, blocked: problem && untrustedMessage(path, problem) });
  }
  return sources;
}

/**
 * For a guarded dataset: why not to read it when a folder or the file on the way from
 * the workspace folder is a symbolic link (which may lead anywhere), else undefined.
 */
export async function symlinkOnTheWay(uri: vscode.Uri): Promise<string | undefined> {
  const problem = await symlinkProblem(uri);
  return problem && untrustedMessage(vscode.workspace.asRelativePath(uri), problem);
}

/** Why a file is not to be read in an untrusted workspace: outside its folders, or a symbolic link on the way. */
export async function symlinkProblem(uri: vscode.Uri): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return 'it is outside the workspace folders';
  let at = folder.uri;
  for (const part of uri.path.slice(folder.uri.path.length).split('/').filter(Boolean)) {
    at = vscode.Uri.joinPath(at, part);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(at);
    } catch {
      return undefined; // missing: reading it says so
    }
    if (stat.type & vscode.FileType.SymbolicLink) return `"${vscode.workspace.asRelativePath(at)}" is a symbolic link, which may lead out of the workspace folder`;
  }
  return undefined;
}

/** A dataset path from settings: relative to the folder, or absolute. */
function resolve(folder: vscode.Uri | undefined, path: string): vscode.Uri | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return vscode.Uri.parse(path);
  if (path.startsWith('/') || /^[a-z]:[\\/]/i.test(path)) return vscode.Uri.file(path);
  return folder ? vscode.Uri.joinPath(folder, path) : undefined;
}
