import * as vscode from 'vscode';
import { chipMode, sourceChips, type ChipMode } from '../../core/chips';
import type { StatRecord } from '../../core/dataset/types';
import { OPEN_ARTICLE_COMMAND } from '../../core/hover/hover';
import { MARKDOWN, SECTION } from '../config';
import type { CheckService } from '../services/checks';
import type { DiagnosticsManager } from './diagnostics';

export const SOURCE_CHIPS_SETTING = 'sourceChips';
export const TOGGLE_SOURCE_CHIPS_COMMAND = 'statlens.toggleSourceChips';

function modeFor(uri: vscode.Uri): ChipMode {
  return chipMode(vscode.workspace.getConfiguration(SECTION, uri).get(SOURCE_CHIPS_SETTING));
}

/**
 * Source chips: an inlay hint after a figure naming its source (`· NWCast 2026`),
 * which opens the article at the quote when clicked. The chips come from the same
 * check as the diagnostics, so they follow every re-check.
 */
export class SourceChipsProvider implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(
    private readonly checks: CheckService,
    private readonly diagnostics: DiagnosticsManager,
    private readonly canOpenArticle: (record: StatRecord) => boolean | 'source',
  ) {}

  register(selector: vscode.DocumentSelector = MARKDOWN): vscode.Disposable {
    return vscode.Disposable.from(
      this.changed,
      vscode.languages.registerInlayHintsProvider(selector, this),
      this.diagnostics.onDidPublish(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.${SOURCE_CHIPS_SETTING}`) && this.changed.fire()),
    );
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    const mode = modeFor(document.uri);
    if (mode === 'off') return [];
    const version = document.version;
    const result = this.checks.peek(document) ?? (await this.checks.check(document));
    // A result moves with the note's next check: one for another version is not this text's.
    if (!result || token.isCancellationRequested || document.version !== version) return [];
    const hints: vscode.InlayHint[] = [];
    for (const chip of sourceChips(result.findings, mode)) {
      const position = document.positionAt(chip.offset);
      if (!range.contains(position)) continue;
      const part = new vscode.InlayHintLabelPart(chip.label);
      part.tooltip = chip.tooltip;
      if (this.canOpenArticle(chip.record)) part.command = { command: OPEN_ARTICLE_COMMAND, title: 'Open the source at the quote', arguments: [chip.record.id] };
      const hint = new vscode.InlayHint(position, [part]);
      hint.paddingLeft = true;
      hints.push(hint);
    }
    return hints;
  }
}

/** "StatLens: Toggle Source Chips": off, or back on (as `supported`), where the setting is set. */
export async function toggleSourceChips(): Promise<ChipMode> {
  const config = vscode.workspace.getConfiguration(SECTION, vscode.window.activeTextEditor?.document.uri);
  const set = config.inspect(SOURCE_CHIPS_SETTING);
  const next: ChipMode = chipMode(config.get(SOURCE_CHIPS_SETTING)) === 'off' ? 'supported' : 'off';
  const target =
    set?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : set?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(SOURCE_CHIPS_SETTING, next, target);
  return next;
}
