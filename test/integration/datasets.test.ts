import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatIssue } from '../../src/core/dataset/types';
import { activate, codeOf, diagnosticsOf, openNote, waitFor, workspaceFile } from './helpers';

describe('user datasets (real VS Code)', () => {
  before(() => activate());

  it('reports an invalid dataset naming the file, record and field', async () => {
    const api = await activate();
    await api.datasets();
    const issues = (await api.datasetIssues()).map(formatIssue);
    assert.deepEqual(issues, ['research/datasets/broken.statlens-dataset.json: record 0 (id "broken-one"): field "year": 20260 is out of range (greater than 2100)']);
  });

  it('reloads a dataset when its file changes, and recovers when it is fixed', async () => {
    const api = await activate();
    const file = workspaceFile('research/datasets/cio-poll.statlens-dataset.json');
    const original = await vscode.workspace.fs.readFile(file);
    const { document } = await openNote('research/overview.md');
    const sixtyOne = () => vscode.languages.getDiagnostics(document.uri).filter((d) => document.getText(d.range) === '61%').map(codeOf);
    await diagnosticsOf(document);
    assert.deepEqual(sixtyOne(), [], '61% is supported by the CIO poll');
    try {
      const changed = new TextDecoder().decode(original).replace('"value": 61', '"value": 62').replace('"text": "61%"', '"text": "62%"').replace('Roughly 61%', 'Roughly 62%');
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(changed));
      await waitFor(sixtyOne, (codes) => codes.join() === 'statlens.conflicting', '61% to conflict with the edited poll (62%)');
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "records": [ }'));
      await waitFor(async () => (await api.datasetIssues()).map(formatIssue).join('\n'), (t) => /cio-poll\.statlens-dataset\.json: not valid JSON/.test(t), 'the broken file to be reported');
      await waitFor(sixtyOne, (codes) => codes.join() === 'statlens.unsupported', 'checking to go on without the broken file');
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
    }
    await waitFor(sixtyOne, (codes) => codes.length === 0, '61% to be supported again once the file is fixed');
  });
});
