import * as vscode from 'vscode';
import type { DatasetService, DatasetSummary } from '../services/datasets';

/** "StatLens: Show Dataset": which datasets are loaded and how many records each has. */
export async function showDataset(datasets: DatasetService, output: vscode.OutputChannel): Promise<DatasetSummary[]> {
  const summaries = await datasets.summaries();
  output.appendLine('Datasets in use:');
  for (const s of summaries) output.appendLine(`  ${s.origin}: ${s.blocked ? 'not loaded (untrusted workspace)' : `${s.name} (${s.records} records${s.problems ? `, ${s.problems} problems` : ''})`}`);
  const picked = await vscode.window.showQuickPick(
    summaries.map((s) => ({
      label: s.name,
      description: s.blocked ? 'not loaded: the workspace is not trusted' : `${s.records} record${s.records === 1 ? '' : 's'}${s.problems ? ` · ${s.problems} problem${s.problems === 1 ? '' : 's'}` : ''}`,
      detail: s.origin === 'bundled' ? 'Bundled with StatLens' : s.origin,
      summary: s,
    })),
    { title: 'StatLens datasets', placeHolder: 'Pick a dataset to open it' },
  );
  if (picked?.summary.uri) await vscode.window.showTextDocument(picked.summary.uri);
  else if (picked) await vscode.commands.executeCommand('statlens.openArticle');
  return summaries;
}
