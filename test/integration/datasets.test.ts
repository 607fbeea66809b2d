import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatIssue } from '../../src/core/dataset/types';
import { activate, codeOf, diagnosticsOf, openNote, scratchCopy, waitFor, workspaceFile } from './helpers';

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

  it('reports every problem of a file in one run, in file order, and keeps its valid records', async () => {
    const api = await activate();
    const file = workspaceFile('research/datasets/cio-poll.statlens-dataset.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const { document } = await openNote('research/overview.md');
    const sixtyOne = () => vscode.languages.getDiagnostics(document.uri).filter((d) => document.getText(d.range) === '61%').map(codeOf);
    const json = JSON.parse(original);
    const first = json.records[0];
    json.records.push(
      { ...first, id: 'cio-poll-2', quote: 'Most CIOs plan to grow budgets.', subject: '', year: 20260 },
      { ...first, id: 'nwcast-enterprise-adoption', value: 62, unit: 'furlongs' },
      { ...first, id: 'cio-poll-3', value: 6.1 },
      { ...first, id: 'cio-poll-3', colour: 'red' },
    );
    const at = (record: number, id: string) => `research/datasets/cio-poll.statlens-dataset.json: record ${record} (id "${id}")`;
    const expected = [
      `${at(1, 'cio-poll-2')}: field "quote": the quote does not contain the figure "61%"`,
      `${at(1, 'cio-poll-2')}: field "subject" must not be empty`,
      `${at(1, 'cio-poll-2')}: field "year": 20260 is out of range (greater than 2100)`,
      `${at(2, 'nwcast-enterprise-adoption')}: field "id": duplicate id "nwcast-enterprise-adoption" (ids must be unique across all datasets)`,
      `${at(2, 'nwcast-enterprise-adoption')}: field "value": 62 is not the figure "61%" (expected 61)`,
      `${at(2, 'nwcast-enterprise-adoption')}: field "unit": "furlongs" is not a known unit; use one of percent, pp, USD, EUR, GBP, JPY, x, count, bytes, score, tokens/s, s, bytes/s, FLOP, FLOP/s, W, Wh, J, J/token, tCO2e, t, L, bits/weight, a currency code such as "CNY", or a rate such as "USD/token" or "requests/s"`,
      `${at(3, 'cio-poll-3')}: field "value": 6.1 is not the figure "61%" (expected 61)`,
      `${at(4, 'cio-poll-3')}: field "id": duplicate id "cio-poll-3" (record 3 has it too; ids must be unique across all datasets)`,
      `${at(4, 'cio-poll-3')}: field "colour" is not a known field`,
    ];
    const ofPoll = async () => (await api.datasetIssues()).map(formatIssue).filter((line) => line.startsWith('research/datasets/cio-poll'));
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(json, null, 2)));
      await waitFor(ofPoll, (lines) => lines.length > 0, 'the broken file to be reported');
      assert.deepEqual(await ofPoll(), expected);
      await api.settled();
      assert.deepEqual(sixtyOne(), [], '61% is still supported by the valid record');
      const shown = api.notifications().filter((m) => m.includes(at(1, 'cio-poll-2')));
      assert.match(shown.at(-1) ?? '', /\(and 8 more problems\)\. Checking goes on with the valid records \(all problems: Output › StatLens\)\.$/);
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    }
    await waitFor(ofPoll, (lines) => lines.length === 0, 'the restored file to load cleanly');
  });

  it('tells about a broken dataset in one notification, not on every keystroke, and keeps its valid records', async () => {
    const api = await activate();
    const about = (name: string) => api.notifications().filter((m) => m.includes(name));
    assert.equal(about('broken.statlens-dataset.json').length, 1, 'the fixture\'s broken dataset, once since activation');
    const file = workspaceFile('research/datasets/cio-poll.statlens-dataset.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const before = about('cio-poll').length;
    const editor = await scratchCopy('research/overview.md');
    const sixtyOne = () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => editor.document.getText(d.range) === '61%').map(codeOf);
    await diagnosticsOf(editor.document, 4);
    try {
      // A second record whose unit is a command link: invalid, so left out; the first stays in use.
      const json = JSON.parse(original);
      json.records.push({ ...json.records[0], id: 'cio-poll-bad', unit: '[x](command:workbench.action.files.newUntitledFile)' });
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(json, null, 2)));
      await waitFor(async () => (await api.datasetIssues()).map(formatIssue).join('\n'), (t) => t.includes('cio-poll.statlens-dataset.json: record 1 (id "cio-poll-bad"): field "unit"'), 'the bad record to be reported');
      for (let i = 0; i < 10; i++) {
        await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\nAnother ${40 + i}% of teams run evals nightly.\n`));
        await api.settled();
      }
      assert.deepEqual(sixtyOne(), [], '61% is still supported by the valid record');
      const shown = about('cio-poll').slice(before);
      assert.equal(shown.length, 1, `one notification for ten checks: ${JSON.stringify(shown)}`);
      assert.match(shown[0], /^StatLens: invalid dataset: research\/datasets\/cio-poll\.statlens-dataset\.json: record 1 \(id "cio-poll-bad"\): field "unit"/);
      assert.doesNotMatch(shown[0], /\]\(command:/, 'no [label](command:…) link a click would run');
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    }
    await waitFor(async () => (await api.datasetIssues()).map(formatIssue).join('\n'), (t) => !t.includes('cio-poll'), 'the fixed file to load cleanly');
    assert.equal(about('cio-poll').length, before + 1, 'no notification when the file is fixed');
  });

  it('says a dataset that does not exist is "no such file or directory", as the CLI does', async () => {
    const api = await activate();
    const config = vscode.workspace.getConfiguration('statlens', workspaceFile('research/overview.md'));
    const before = config.inspect<string[]>('datasets')?.workspaceFolderValue;
    try {
      await config.update('datasets', [...(before ?? []), 'datasets/missing.statlens-dataset.json'], vscode.ConfigurationTarget.WorkspaceFolder);
      const issues = await waitFor(async () => (await api.datasetIssues()).map(formatIssue), (lines) => lines.some((l) => l.includes('missing.statlens-dataset.json')), 'the missing file to be reported');
      assert.deepEqual(issues.filter((l) => l.includes('missing')), ['research/datasets/missing.statlens-dataset.json: cannot read dataset: no such file or directory']);
    } finally {
      await config.update('datasets', before, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('closes a dataset\'s problem notification once the file is fixed', async () => {
    const api = await activate();
    const file = workspaceFile('research/datasets/cio-poll.statlens-dataset.json');
    const original = await vscode.workspace.fs.readFile(file);
    const { document } = await openNote('research/overview.md');
    await diagnosticsOf(document);
    const onScreen = () => api.openNotices().filter((m) => m.includes('cio-poll'));
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "records": [ }'));
      await api.refresh(document);
      await waitFor(onScreen, (open) => open.length === 1, 'the notification about the broken file');
      assert.match(onScreen()[0], /^StatLens: invalid dataset: research\/datasets\/cio-poll\.statlens-dataset\.json: not valid JSON/);
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
    }
    await api.refresh(document);
    await waitFor(onScreen, (open) => open.length === 0, 'the notification to close once the file is fixed');
    assert.ok(api.openNotices().some((m) => m.includes('broken.statlens-dataset.json')), 'the still broken fixture dataset keeps its notification');
  });
});
