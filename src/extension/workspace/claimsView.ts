import * as vscode from 'vscode';
import type { Status } from '../../core/judge/judge';
import type { IndexedClaim } from '../../core/workspace/claims';
import type { IndexedNote } from '../../core/workspace/index';
import type { WorkspaceIndexService } from './indexService';

export const CLAIMS_VIEW = 'statlens.claims';
export type Grouping = 'status' | 'source';

/** A row of the Claims view: a group (status, source, record, note) with its figures counted, or one figure. */
export interface ClaimNode {
  label: string;
  /** The count of figures under a group; where the figure is, for a figure. */
  description: string;
  children?: ClaimNode[];
  /** For a figure: its note and range. */
  uri?: string;
  claim?: IndexedClaim;
}

const STATUS_ORDER: Status[] = ['conflicting', 'unsupported', 'cited', 'supported'];

/**
 * The Claims view: every figure of the workspace index, grouped by status then
 * note, or by source then record then the notes that quote it. Built from the
 * index on demand, so it shows what the index holds now.
 */
export class ClaimsView implements vscode.TreeDataProvider<ClaimNode>, vscode.Disposable {
  private grouping: Grouping = 'status';
  private filter = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private view: vscode.TreeView<ClaimNode> | undefined;

  constructor(private readonly service: WorkspaceIndexService) {}

  register(): vscode.Disposable {
    this.view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      this.changed,
      // Many notes change at once on a scan: one redraw for them.
      this.service.onDidChange(() => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.changed.fire(), 150);
      }),
      vscode.commands.registerCommand('statlens.claims.groupBy', () => this.setGrouping(this.grouping === 'status' ? 'source' : 'status')),
      vscode.commands.registerCommand('statlens.claims.filter', () => this.askFilter()),
      vscode.commands.registerCommand('statlens.claims.clearFilter', () => this.setFilter('')),
    );
    this.describe();
    return vscode.Disposable.from(...this.subscriptions, { dispose: () => clearTimeout(this.timer) });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    this.describe();
    this.changed.fire();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', 'statlens.claims.filtered', this.filter !== '');
    this.describe();
    this.changed.fire();
  }

  private async askFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({ title: 'Filter statistics', prompt: 'Figure, note, status, source or record (empty: show all)', value: this.filter });
    if (value !== undefined) this.setFilter(value);
  }

  private describe(): void {
    if (!this.view) return;
    this.view.description = `by ${this.grouping}`;
    this.view.message = this.filter ? `Filtered: "${this.filter}"` : undefined;
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.description = node.description;
    if (node.claim && node.uri) {
      const r = node.claim.range;
      const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      item.command = { command: 'vscode.open', title: 'Show in note', arguments: [vscode.Uri.parse(node.uri), { selection } satisfies vscode.TextDocumentShowOptions] };
      item.tooltip = `${node.claim.text} · ${node.claim.status}${node.claim.record ? ` · ${node.claim.record.source} (${node.claim.record.year})` : ''}`;
      item.contextValue = 'statlens.claim';
    }
    return item;
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    return node ? (node.children ?? []) : this.roots();
  }

  /** The whole tree as plain data (for the tests, through the extension's API). */
  roots(): ClaimNode[] {
    const notes = [...this.service.index.all()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const rows = notes.flatMap((note) => note.claims.filter((c) => this.matches(note, c)).map((claim) => ({ note, claim })));
    return this.grouping === 'status' ? byStatus(rows) : bySource(rows);
  }

  private matches(note: IndexedNote, claim: IndexedClaim): boolean {
    if (!this.filter) return true;
    const needle = this.filter.toLowerCase();
    return [claim.text, note.label, claim.status, claim.record?.source ?? '', claim.record?.text ?? '', String(claim.record?.year ?? '')].some((s) => s.toLowerCase().includes(needle));
  }
}

interface Row {
  note: IndexedNote;
  claim: IndexedClaim;
}

function counted(label: string, children: ClaimNode[], figures: number): ClaimNode {
  return { label, description: String(figures), children };
}

function figure(row: Row, label: string): ClaimNode {
  return { label, description: `line ${row.claim.range.start.line + 1}${row.claim.suppressed ? ' · suppressed' : ''}`, uri: row.note.path, claim: row.claim };
}

function groupBy<K>(rows: Row[], key: (row: Row) => K): Map<K, Row[]> {
  const out = new Map<K, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Status, then note, then its figures. */
function byStatus(rows: Row[]): ClaimNode[] {
  const groups = groupBy(rows, (r) => r.claim.status);
  return STATUS_ORDER.filter((s) => groups.has(s)).map((status) => {
    const inStatus = groups.get(status)!;
    const notes = [...groupBy(inStatus, (r) => r.note)].map(([note, list]) => counted(note.label, list.map((r) => figure(r, r.claim.text)), list.length));
    return counted(status, notes, inStatus.length);
  });
}

/** Source, then record, then the figures that quote it (one per note line); figures with no record under "No dataset record", by note. */
function bySource(rows: Row[]): ClaimNode[] {
  const sourced = rows.filter((r) => r.claim.record);
  const out: ClaimNode[] = [];
  const sources = [...groupBy(sourced, (r) => r.claim.record!.source)].sort(([a], [b]) => a.localeCompare(b));
  for (const [source, list] of sources) {
    const records = [...groupBy(list, (r) => r.claim.record!.id)].map(([, quoting]) => {
      const record = quoting[0].claim.record!;
      return counted(`${record.text} (${record.year})`, quoting.map((r) => figure(r, `${r.note.label}: ${r.claim.text}`)), quoting.length);
    });
    out.push(counted(source, records, list.length));
  }
  const unsourced = rows.filter((r) => !r.claim.record);
  if (unsourced.length) {
    const notes = [...groupBy(unsourced, (r) => r.note)].map(([note, list]) => counted(note.label, list.map((r) => figure(r, r.claim.text)), list.length));
    out.push(counted('No dataset record', notes, unsourced.length));
  }
  return out;
}
