/**
 * Run inside a real VS Code by the benchmark: how long StatLens takes to load and
 * activate; from opening a note to its first diagnostics (the first note of the
 * session, then notes opened later); and the extension host's memory before and
 * after 50 more notes are opened and checked. Writes JSON to STATLENS_BENCH_OUT.
 */
import * as fs from 'node:fs';
import type { EventLoopUtilization } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { StatLensApi } from '../../src/extension/activate';

/** Resolves when StatLens first publishes diagnostics for the note (at least one). */
function diagnosticsFor(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).length > 0) {
        sub.dispose();
        resolve();
      }
    });
  });
}

/** When the extension host hears that the note opened (StatLens hears it in the same turn). */
function openEventFor(uri: vscode.Uri): Promise<number> {
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString()) {
        sub.dispose();
        resolve(performance.now());
      }
    });
  });
}

/** When StatLens first publishes the note's diagnostics (its collection set, before VS Code's event). */
function publishFor(api: StatLensApi, uri: vscode.Uri): Promise<{ at: number; elu: EventLoopUtilization }> {
  return new Promise((resolve) => {
    const sub = api.onDidPublish(({ document }) => {
      if (document.uri.toString() === uri.toString()) {
        sub.dispose();
        resolve({ at: performance.now(), elu: performance.eventLoopUtilization() });
      }
    });
  });
}

interface OpenTimes {
  fromCall: number;
  fromEvent: number;
  /** The open event → StatLens's publish: StatLens's own part. */
  toPublish: number;
  /** How busy the extension host was from StatLens's publish to VS Code's diagnostics event (0 idle … 1 busy throughout). */
  busyAfter: number;
}

/**
 * Milliseconds from asking VS Code to open a note (and show it) to its first
 * diagnostics, and from the open event the extension host receives to them: the part
 * StatLens and the diagnostics event account for, without VS Code's loading the file;
 * and of that, the part until StatLens publishes (the rest is VS Code's, its 50 ms
 * debounce of the diagnostics event and whatever else the host runs meanwhile).
 */
async function openToDiagnostics(api: StatLensApi, uri: vscode.Uri, show: boolean): Promise<OpenTimes> {
  const start = performance.now();
  const opened = openEventFor(uri);
  const published = publishFor(api, uri);
  const shown = diagnosticsFor(uri);
  const document = await vscode.workspace.openTextDocument(uri);
  if (show) await vscode.window.showTextDocument(document);
  await shown;
  const end = performance.now();
  const event = await opened;
  const publish = await published;
  return { fromCall: end - start, fromEvent: end - event, toPublish: publish.at - event, busyAfter: performance.eventLoopUtilization(publish.elu).utilization };
}

/** A control for the load: one file-system round trip through the workbench (what StatLens no longer waits for). */
async function roundTrip(uri: vscode.Uri): Promise<number> {
  const start = performance.now();
  await vscode.workspace.fs.stat(uri);
  return performance.now() - start;
}

/** A full garbage collection, so heap figures are what is kept, not what is waiting to be collected. */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

function memory(): { heapUsedMB: number; rssMB: number } {
  collect();
  const m = process.memoryUsage();
  return { heapUsedMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 };
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension('statlens.statlens');
  if (!extension) throw new Error('StatLens is not installed');
  const wasActive = extension.isActive;
  const t0 = performance.now();
  const api = (await extension.activate()) as StatLensApi;
  const activateMs = performance.now() - t0;
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const first = await openToDiagnostics(api, vscode.Uri.joinPath(folder, 'note.md'), true);
  const later: OpenTimes[] = [];
  const roundTripMs: number[] = [];
  for (let i = 2; i <= 5; i++) {
    roundTripMs.push(await roundTrip(folder));
    later.push(await openToDiagnostics(api, vscode.Uri.joinPath(folder, `note-${i}.md`), true));
  }

  // 50 more notes open (as documents, the way VS Code keeps tabs' notes), each checked.
  const before = memory();
  const many = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, 'many'))).map(([name]) => vscode.Uri.joinPath(folder, 'many', name));
  const documents: vscode.TextDocument[] = [];
  await Promise.all(
    many.map(async (uri) => {
      const shown = diagnosticsFor(uri);
      documents.push(await vscode.workspace.openTextDocument(uri));
      await shown;
    }),
  );
  const after = memory();
  const debounce = vscode.workspace.getConfiguration('statlens').get<number>('debounce');
  fs.writeFileSync(
    process.env.STATLENS_BENCH_OUT!,
    JSON.stringify({ wasActive, activateMs, firstCheckMs: first.fromCall, firstEventMs: first.fromEvent, laterCheckMs: later.map((l) => l.fromCall), laterEventMs: later.map((l) => l.fromEvent), firstPublishMs: first.toPublish, laterPublishMs: later.map((l) => l.toPublish), firstBusyAfter: first.busyAfter, laterBusyAfter: later.map((l) => l.busyAfter), roundTripMs, diagnostics: vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder, 'note.md')).length, debounce, openNotes: documents.length, memoryBefore: before, memoryWith50: after }),
  );
}
