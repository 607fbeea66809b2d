import type * as Sarif from 'sarif';
import type { ReportFinding } from '../report';
import { RULES } from '../rules';
import type { Rule, Severity } from '../rules/rule';
import { hash64 } from './fingerprint';
import { withoutTrailing } from '../text/trim';

/** The tool as SARIF names it; the CLI fills it in from package.json. */
export interface SarifTool {
  name: string;
  version: string;
  /** The project's home page; rule help links point at its README's sections. */
  informationUri: string;
}

/** One checked note: where it is and what was found, with each finding's surroundings. */
export interface SarifNote {
  /** "/"-separated; relative to the source root unless `absolute`. */
  path: string;
  absolute?: boolean;
  findings: (ReportFinding & { baselined?: boolean })[];
  /** `surroundings()` of each finding, in the same order. */
  contexts: string[];
}

export interface SarifOptions {
  /** The absolute file URI of the source root (the working directory), ending in "/". */
  srcRoot?: string;
  /** A baseline was applied: reported results are marked new, baselined ones left out. */
  baseline?: boolean;
  /** Problems that kept notes from being checked, as tool notifications. */
  problems?: string[];
}

/** Longer help per code, in plain text and Markdown (GitHub shows the Markdown). */
const HELP: Record<string, { name: string; full: string; text: string; markdown: string }> = {
  'statlens.unsupported': {
    name: 'UnsupportedStatistic',
    full: 'A figure that no dataset record supports, in a sentence that cites no source of its own.',
    text: 'No dataset record matches this figure and its sentence cites no source, so a reader cannot check it. Cite the source in the sentence (a link, a footnote or "(Source, Year)"), add a record for it to a dataset, or suppress the finding with <!-- statlens-disable-line statlens.unsupported -->.',
    markdown: 'No dataset record matches this figure and its sentence cites no source, so a reader cannot check it.\n\nTo fix it, either\n\n- cite the source in the sentence: a link, a footnote or "(Source, Year)";\n- add a record for the figure to a dataset passed with `--dataset`; or\n- suppress it: `<!-- statlens-disable-line statlens.unsupported -->`.',
  },
  'statlens.conflicting': {
    name: 'ConflictingStatistic',
    full: 'A figure that a dataset record about the same subject states differently, or binds to another year.',
    text: 'A dataset record about the same subject gives another figure, or gives this figure for another year. The message names the record\'s figure, source and year: correct the note, or correct the dataset if the note is right.',
    markdown: 'A dataset record about the same subject gives another figure, or gives this figure for another year.\n\nThe message names the record\'s figure, source and year. Correct the note (in VS Code, the quick fix replaces the figure), or correct the dataset if the note is right.',
  },
  'statlens.cited': {
    name: 'CitedStatistic',
    full: 'A figure that no dataset record covers, in a sentence that cites its own source.',
    text: 'No dataset record covers this figure, but its sentence cites a source, which StatLens cannot read. Check the figure against that source by hand, or add a record for it to a dataset.',
    markdown: 'No dataset record covers this figure, but its sentence cites a source, which StatLens cannot read.\n\nCheck the figure against that source by hand, or add a record for it to a dataset so that StatLens can check it.',
  },
  'statlens.supported': {
    name: 'SupportedStatistic',
    full: 'A figure that a dataset record states about the same subject.',
    text: 'A dataset record states this figure about the same subject. Nothing to do; reported only when its severity is raised.',
    markdown: 'A dataset record states this figure about the same subject.\n\nNothing to do: reported only when its severity is raised above `none`.',
  },
};

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', none: 'none' };

/** The README section of a code: GitHub's anchor for "### statlens.unsupported" is "statlensunsupported". */
export function helpUri(informationUri: string, code: string): string {
  return `${withoutTrailing(informationUri, '/')}#${code.toLowerCase().replace(/[^a-z0-9_-]/g, '')}`;
}

/**
 * A SARIF 2.1.0 log of the findings that have a severity, as GitHub code scanning
 * accepts it: rules named by the diagnostic codes, 1-based regions in UTF-16 code
 * units, paths relative to %SRCROOT%, fingerprints from note, figure and surroundings
 * (not the line, so that an edit elsewhere in the note keeps a finding's alert).
 */
export function toSarif(notes: SarifNote[], tool: SarifTool, options: SarifOptions = {}): Sarif.Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const results: Sarif.Result[] = [];
  for (const note of notes) {
    const seen = new Map<string, number>();
    note.findings.forEach((f, i) => {
      const key = `${note.path}\u0000${f.code}\u0000${f.text}\u0000${note.contexts[i] ?? ''}`;
      // Identical figures in identical surroundings are told apart by their order in the note.
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      if (f.severity === 'none' || f.baselined) return;
      results.push(result(note, f, ruleIndex.get(f.code), `${hash64(key)}:${occurrence}`, options.baseline));
    });
  }
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        semanticVersion: /^\d+\.\d+\.\d+/.test(tool.version) ? tool.version : undefined,
        informationUri: tool.informationUri,
        rules: RULES.map((r) => ruleDescriptor(r, tool.informationUri)),
      },
    },
    invocations: [invocation(options.problems ?? [])],
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (options.srcRoot) run.originalUriBaseIds = { '%SRCROOT%': { uri: options.srcRoot } };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

function ruleDescriptor(rule: Rule, informationUri: string): Sarif.ReportingDescriptor {
  const help = HELP[rule.code];
  return {
    id: rule.code,
    name: help?.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: help?.full ?? rule.description },
    help: { text: help?.text ?? rule.description, markdown: help?.markdown ?? rule.description },
    helpUri: helpUri(informationUri, rule.code),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'none' },
    properties: { tags: ['statistics', 'documentation'], precision: 'medium' },
  };
}

function result(note: SarifNote, f: ReportFinding, ruleIndex: number | undefined, fingerprint: string, baseline?: boolean): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.code,
    ruleIndex,
    level: LEVEL[f.severity as Severity] ?? 'warning',
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: note.absolute ? { uri: fileUri(note.path) } : { uri: encodePath(note.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            // SARIF's endColumn is the column just past the region, as the report's end character is.
            endColumn: f.range.end.character + 1,
          },
        },
      },
    ],
    partialFingerprints: { 'statlensFigure/v1': fingerprint },
  };
  if (baseline) out.baselineState = 'new';
  return out;
}

function invocation(problems: string[]): Sarif.Invocation {
  return {
    executionSuccessful: problems.length === 0,
    toolExecutionNotifications: problems.length ? problems.map((text) => ({ level: 'error', message: { text } })) : undefined,
  };
}

/** A relative path as a URI reference: each segment percent-encoded, "/" kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fileUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://${slashed.startsWith('/') ? '' : '/'}${encodePath(slashed).replace(/%3A/g, ':')}`;
}
