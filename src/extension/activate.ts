import * as vscode from 'vscode';
import type { DatasetIssue } from '../core/dataset/types';
import { checkNow } from './commands/checkNow';
import { checkWorkspace, type WorkspaceCheck } from './commands/checkWorkspace';
import { exportSheet, type ExportOptions } from './commands/exportSheet';
import { insertStatisticCommand } from './commands/insertStatistic';
import { articleOpener, openArticle, registerArticleProvider } from './commands/openArticle';
import { showDataset } from './commands/showDataset';
import { StatLensCodeActions } from './features/codeActions';
import { DiagnosticsManager, type Published } from './features/diagnostics';
import { registerHover } from './features/hover';
import { SourceChipsProvider, toggleSourceChips, TOGGLE_SOURCE_CHIPS_COMMAND } from './features/sourceChips';
import { registerStatusBar, type StatusView } from './features/statusBar';
import { loadReadme } from './readme';
import { CheckService } from './services/checks';
import { ConfigFileService, type ConfigRead } from './services/configFiles';
import { DatasetService, type DatasetSummary } from './services/datasets';
import type { LocalFiles } from './services/localFiles';
import { FolderProfiles } from './services/profiles';
import { registerSources } from './sources/commands';
import { ClaimsView, type ClaimNode, type Grouping } from './workspace/claimsView';
import { registerConsistency } from './workspace/consistency';
import { WorkspaceIndexService } from './workspace/indexService';

/** What the extension exports, for its own integration tests and for other extensions. */
export interface StatLensApi {
  datasets(): Promise<DatasetSummary[]>;
  datasetIssues(): Promise<DatasetIssue[]>;
  /** Checks a note now and publishes its diagnostics. */
  refresh(document: vscode.TextDocument): Promise<void>;
  checkWorkspace(): Thenable<WorkspaceCheck>;
  /** Problems in the `.statlens.json` files read so far, one line each. */
  configProblems(): Promise<string[]>;
  /** The latest reads of `.statlens.json` files and the notifications they showed, oldest first. */
  configReads(): readonly ConfigRead[];
  /** What StatLens's status bar item shows for the active note, if anything. */
  status(): StatusView | undefined;
  /** Fires each time StatLens publishes a note's diagnostics, with the check they came from (in the same turn). */
  onDidPublish: vscode.Event<Published>;
  /** Resolves once no note is waiting to be checked or being checked, so its diagnostics are final. */
  settled(): Promise<void>;
  /** The dataset notifications shown this session, oldest first (at most 100). */
  notifications(): string[];
  /** The dataset and config problem notifications still on screen (each closes when its file is fixed). */
  openNotices(): string[];
  /** Resolves once the workspace index has read every note and every change since. */
  indexSettled(): Promise<void>;
  /** StatLens's own quick fixes at a range, unresolved, and their resolution as VS Code asks for it on apply. */
  quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]>;
  resolveQuickFix(action: vscode.CodeAction): vscode.CodeAction;
  /** The Claims view's tree as plain data, as it shows now; `grouping` switches it first. */
  claims(grouping?: Grouping): ClaimNode[];
  /**
   * The source chips of a note as StatLens's provider gives them, commands included:
   * `vscode.executeInlayHintProvider` returns a label part's command with arguments as
   * undefined (its cache entry is released before the result reaches the caller).
   */
  sourceChips(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]>;
}

/**
 * One activation for the desktop (Node) and web (browser) entries: it only wires features
 * up. The desktop entry passes `localFiles`, to read `.statlens.json` files on its own disk.
 */
export function activateStatLens(context: vscode.ExtensionContext, localFiles?: LocalFiles): StatLensApi {
  const output = vscode.window.createOutputChannel('StatLens');
  void loadReadme(context.extensionUri);
  const configs = new ConfigFileService(output, context.workspaceState, localFiles);
  const datasets = new DatasetService(output, configs);
  const profiles = new FolderProfiles(datasets);
  const checks = new CheckService(profiles);
  const diagnostics = new DiagnosticsManager(checks, datasets, context.extensionUri);
  const canOpenArticle = articleOpener(datasets);
  const statusBar = registerStatusBar(checks, diagnostics);
  const codeActions = StatLensCodeActions.register(checks);
  const workspaceIndex = new WorkspaceIndexService(datasets, profiles, diagnostics);
  const claimsView = new ClaimsView(workspaceIndex);
  const sourceChips = new SourceChipsProvider(checks, diagnostics, canOpenArticle);
  context.subscriptions.push(
    output,
    configs,
    datasets,
    profiles,
    checks,
    diagnostics.register(),
    registerHover(checks, canOpenArticle),
    codeActions,
    sourceChips.register(),
    vscode.commands.registerCommand(TOGGLE_SOURCE_CHIPS_COMMAND, () => toggleSourceChips()),
    statusBar,
    registerArticleProvider(datasets),
    registerSources(context, datasets, checks),
    vscode.commands.registerCommand('statlens.insertStatistic', (recordId?: unknown) => insertStatisticCommand(profiles, recordId)),
    vscode.commands.registerCommand('statlens.openArticle', (recordId?: unknown) => openArticle(datasets, recordId)),
    vscode.commands.registerCommand('statlens.checkWorkspace', () => checkWorkspace(profiles, diagnostics, context.extensionUri)),
    vscode.commands.registerCommand('statlens.showDataset', () => showDataset(datasets, output)),
    vscode.commands.registerCommand('statlens.checkNow', (uri?: unknown) => checkNow(diagnostics, uri)),
    vscode.commands.registerCommand('statlens.exportSheet', (options?: ExportOptions) => exportSheet(profiles, options && typeof options === 'object' ? options : {})),
    // After the listeners above, so the first scan's results reach them.
    registerConsistency(workspaceIndex, context.extensionUri),
    claimsView.register(),
    workspaceIndex.register(),
  );
  return {
    datasets: () => datasets.summaries(),
    datasetIssues: () => datasets.issues(),
    refresh: (document) => diagnostics.refresh(document),
    checkWorkspace: () => checkWorkspace(profiles, diagnostics, context.extensionUri),
    configProblems: () => configs.problems(),
    configReads: () => configs.reads,
    status: () => statusBar.view(),
    onDidPublish: diagnostics.onDidPublish,
    settled: () => diagnostics.settled(),
    notifications: () => [...datasets.notices.shown],
    openNotices: () => [...datasets.notices.onScreen(), ...configs.notices.onScreen()],
    indexSettled: () => workspaceIndex.settled(),
    quickFixes: async (document, range) => {
      const source = new vscode.CancellationTokenSource();
      try {
        return await codeActions.provider.provideCodeActions(document, range, { diagnostics: [], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke }, source.token);
      } finally {
        source.dispose();
      }
    },
    resolveQuickFix: (action) => codeActions.provider.resolveCodeAction(action),
    claims: (grouping) => {
      if (grouping) claimsView.setGrouping(grouping);
      return claimsView.roots();
    },
    sourceChips: async (document, range) => {
      const source = new vscode.CancellationTokenSource();
      try {
        return await sourceChips.provideInlayHints(document, range, source.token);
      } finally {
        source.dispose();
      }
    },
  };
}
