import * as vscode from 'vscode';
import type { Status } from '../core/judge/judge';
import type { Severity } from '../core/rules/rule';
import { limitBytes } from './sizeLimit';

export const SECTION = 'statlens';

export interface FolderSettings {
  enable: boolean;
  datasets: string[];
  severities: Record<Status, Severity>;
}

const STATUSES: Status[] = ['unsupported', 'conflicting', 'cited', 'supported'];
const DEFAULTS: Record<Status, Severity> = { unsupported: 'warning', conflicting: 'warning', cited: 'information', supported: 'none' };

/** The settings that apply to a note (resource scope: per workspace folder). */
export function settingsFor(uri: vscode.Uri | undefined): FolderSettings {
  const config = vscode.workspace.getConfiguration(SECTION, uri);
  const severities = {} as Record<Status, Severity>;
  for (const status of STATUSES) {
    const value = config.get<string>(`severity.${status}`, DEFAULTS[status] === 'none' ? 'off' : DEFAULTS[status]);
    severities[status] = value === 'off' ? 'none' : (['error', 'warning', 'information', 'hint'].includes(value) ? value : DEFAULTS[status]) as Severity;
  }
  const datasets = config.get<unknown>('datasets', []);
  return {
    enable: config.get<boolean>('enable', true),
    datasets: Array.isArray(datasets) ? datasets.filter((d): d is string => typeof d === 'string' && d.trim() !== '') : [],
    severities,
  };
}

/** statlens.maxNoteSize in bytes (0 = no limit), for the folder a note is in. */
export function maxNoteBytes(uri: vscode.Uri | undefined): number {
  return limitBytes(vscode.workspace.getConfiguration(SECTION, uri).get<unknown>('maxNoteSize'));
}

export function debounceMs(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('debounce', 400);
  return Number.isFinite(value) ? Math.max(0, Math.min(5000, value)) : 400;
}

/**
 * Copies of a note that are not the note: the sides of a Git diff, review and chat
 * snapshots, and StatLens's own article view.
 */
const NOT_NOTES = new Set(['git', 'gitfs', 'vscode-scm', 'review', 'pr', 'conflictResolution', 'chat-editing-snapshot-text-model', 'chat-editing-text-model', 'vscode-chat-code-block', 'output', 'statlens-article']);

/** Markdown notes StatLens reads, whatever their scheme (file, untitled, vscode-vfs…). */
export const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function isNote(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !NOT_NOTES.has(document.uri.scheme);
}
