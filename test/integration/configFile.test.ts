import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, diagnosticsOf, hoverOver, openNote, scratchCopy, waitFor, workspaceFile } from './helpers';

/** [figure, code, severity] of a note's StatLens diagnostics as published now. */
function published(document: vscode.TextDocument): string[][] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'StatLens')
    .map((d) => [document.getText(d.range), codeOf(d), vscode.DiagnosticSeverity[d.severity]]);
}

const encode = (text: string) => new TextEncoder().encode(text);

/** research/configured/.statlens.json: unsupported → information, 42% ignored, drafts/ not checked. */
const CONFIGURED = [
  ['57%', 'statlens.unsupported', 'Information'],
  ['78%', 'statlens.conflicting', 'Warning'],
];
const DEFAULTS = [
  ['42%', 'statlens.unsupported', 'Warning'],
  ['57%', 'statlens.unsupported', 'Warning'],
  ['78%', 'statlens.conflicting', 'Warning'],
];

describe('.statlens.json (real VS Code)', () => {
  const config = () => workspaceFile('research/configured/.statlens.json');
  let original: Uint8Array;

  before(async () => {
    await activate();
    original = await vscode.workspace.fs.readFile(config());
  });

  /** Every test leaves the fixture's config as it found it, and waits for the notes to say so. */
  afterEach(async () => {
    await vscode.workspace.fs.writeFile(config(), original);
    const { document } = await openNote('research/configured/note.md');
    await waitFor(() => published(document), (p) => JSON.stringify(p) === JSON.stringify(CONFIGURED), 'the fixture config to apply again');
  });

  it('changes a severity and ignores a figure for the notes of its folder', async () => {
    const { document } = await openNote('research/configured/note.md');
    await diagnosticsOf(document);
    assert.deepEqual(published(document), CONFIGURED);
  });

  it('leaves the notes its ignore globs cover unchecked', async () => {
    const { document } = await openNote('research/configured/drafts/draft.md');
    assert.equal(document.getText(), (await openNote('research/configured/note.md')).document.getText(), 'the draft is the same note');
    await vscode.window.showTextDocument(document);
    await diagnosticsOf(document);
    assert.deepEqual(published(document), []);
  });

  it('re-checks open notes when it is edited', async () => {
    const { document } = await scratchCopy('research/configured/note.md');
    await diagnosticsOf(document);
    await vscode.workspace.fs.writeFile(config(), encode('{ "severity": { "conflicting": "error" } }'));
    const expected = [
      ['42%', 'statlens.unsupported', 'Warning'],
      ['57%', 'statlens.unsupported', 'Warning'],
      ['78%', 'statlens.conflicting', 'Error'],
    ];
    await waitFor(() => published(document), (p) => JSON.stringify(p) === JSON.stringify(expected), 'the edited config to apply without touching the note');
  });

  it('adds the datasets it names, relative to its own folder', async () => {
    const api = await activate();
    const dataset = workspaceFile('research/configured/data/evals.statlens-dataset.json');
    const record = {
      id: 'eval-survey-nightly', text: '42%', value: 42, unit: 'percent', quote: '42% of teams run nightly evals.',
      subject: 'teams running nightly evals', source: 'Example Eval Survey', year: 2026,
      article: { title: 'Eval survey', publisher: 'Example', date: '2026-03-01' },
    };
    await vscode.workspace.fs.writeFile(dataset, encode(JSON.stringify({ name: 'Eval survey', records: [record] })));
    try {
      const { document } = await scratchCopy('research/configured/note.md');
      await diagnosticsOf(document);
      await vscode.workspace.fs.writeFile(config(), encode('// 42% is sourced now\n{ "datasets": ["data/evals.statlens-dataset.json"] }'));
      // The hover names the survey once the config's dataset supports 42%. (57% "never do"
      // is then judged against the survey too: negated subjects are not modelled.)
      await waitFor(() => hoverOver(document, '42%'), (h) => h.includes('supported by the dataset') && h.includes('Example Eval Survey'), '42% to be supported by the config\'s dataset');
      assert.ok(!published(document).some(([figure]) => figure === '42%'));
      assert.ok((await api.datasets()).some((d) => d.name === 'Eval survey' && d.records === 1));
    } finally {
      await vscode.workspace.fs.delete(dataset);
    }
  });

  it('when broken: one notification, and checking goes on with the defaults', async () => {
    const api = await activate();
    const editor = await scratchCopy('research/configured/note.md');
    await diagnosticsOf(editor.document);
    const start = api.configReads().length;
    // Reads of the broken file (a watcher may report one write twice; a valid read in between is not counted).
    const since = () => api.configReads().slice(start).filter((r) => r.problems.length > 0);
    const broken = '{ "severity": { "unsupported": "loud" } }';
    const problem = 'research/configured/.statlens.json: field "severity.unsupported": "loud" is not a severity; use one of error, warning, information, hint, off';
    await vscode.workspace.fs.writeFile(config(), encode(broken));
    await waitFor(() => published(editor.document), (p) => JSON.stringify(p) === JSON.stringify(DEFAULTS), 'the defaults to apply to the broken config\'s folder');
    assert.deepEqual(await api.configProblems(), [problem]);
    assert.deepEqual(since()[0].problems, [problem]);
    assert.match(since()[0].notification ?? '', /^StatLens: invalid config: research\/configured\/\.statlens\.json: field "severity\.unsupported": "loud" is not a severity/);

    // Typing in the note and checking it again neither re-read the file nor notify.
    for (const text of [' More.', ' Even more.']) {
      await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, text));
      await api.refresh(editor.document);
    }
    const notified = () => since().filter((r) => r.notification).length;
    assert.equal(notified(), 1);
    // Saving it again with the same problem re-reads it, silently.
    const before = since().length;
    await vscode.workspace.fs.writeFile(config(), encode(`// still broken\n${broken}`));
    const reads = await waitFor(since, (r) => r.length > before, 'the re-saved file to be read');
    assert.deepEqual(reads.at(-1)?.problems, [problem]);
    assert.equal(notified(), 1, 'the same problem again is not news');
    assert.deepEqual(api.openNotices().filter((m) => m.includes('invalid config')).length, 1, 'its notification is on screen');
    // Fixed (afterEach writes the original back): the notification closes.
    await vscode.workspace.fs.writeFile(config(), original);
    await waitFor(() => published(editor.document), (p) => JSON.stringify(p) === JSON.stringify(CONFIGURED), 'the fixed config to apply');
    await waitFor(() => api.openNotices().filter((m) => m.includes('invalid config')), (open) => open.length === 0, 'the notification to close');
  });

  it('yields to a severity the workspace folder sets; applies the ones it does not (team/ sets unsupported and cited)', async () => {
    const folder = workspaceFile('team/precedence');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.statlens.json'), encode('{ "severity": { "unsupported": "hint", "conflicting": "error" } }'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'note.md'), encode('Roughly 42% of teams run nightly evals.\nOne vendor deck claims 78% of enterprises use open-source AI models in production.\n'));
    try {
      const { document } = await openNote('team/precedence/note.md');
      await diagnosticsOf(document);
      await waitFor(() => published(document), (p) => p.length === 2, 'two diagnostics');
      assert.deepEqual(published(document), [
        ['42%', 'statlens.unsupported', 'Error'],
        ['78%', 'statlens.conflicting', 'Error'],
      ]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
