import type { Finding } from '../check';
import type { StatRecord } from '../dataset/types';
import { yearOf } from '../rules/rule';
import type { Evidence } from '../judge/evidence';
import { commandLink, escapeMarkdown, formatDate } from './markdown';

export const OPEN_ARTICLE_COMMAND = 'statlens.openArticle';

export interface HoverOptions {
  /**
   * Whether the record's article text is at hand, so "Open in article" can show it;
   * `'source'` when the record was read from one of the writer's own sources (a
   * config's `sources`), which opens at the quote as "Open source at quote".
   */
  canOpenArticle?: (record: StatRecord) => boolean | 'source';
}

const HEADLINE: Record<Finding['status'], string> = {
  supported: 'supported by the dataset',
  conflicting: 'conflicts with the dataset',
  cited: 'cited in the note, not in the dataset',
  unsupported: 'unsupported',
};

const SOURCE_HEADLINE = { supported: 'supported by', conflicting: 'conflicts with' } as const;

/** The writer's source document a record was read from: "*Platform survey 2026* (Example Research, 2026)". */
function sourceDocument(record: StatRecord): string {
  const a = record.article;
  const year = /^\d{4}/.exec(a.date)?.[0] ?? String(record.year);
  const who = `${escapeMarkdown(a.publisher)}, ${escapeMarkdown(year)}`;
  return a.title.trim() ? `*${escapeMarkdown(a.title)}* (${who})` : who;
}

/**
 * The hover for a finding, as Markdown. Everything that comes from a note or a
 * dataset is escaped; the only link is to the extension's own command.
 */
export function hoverMarkdown(finding: Finding, options: HoverOptions = {}): string {
  const record = finding.record;
  // The action goes on the first line: below a long quote (and the diagnostic VS Code shows first) it falls below the fold.
  const openable = record && options.canOpenArticle?.(record);
  const action = record && openable ? ` · ${commandLink(openable === 'source' ? 'Open source at quote' : 'Open in article', OPEN_ARTICLE_COMMAND, [record.id])}` : '';
  // A record read from one of the writer's own sources is that document's, not "the dataset's": the hover names it.
  const fromSource = openable === 'source';
  const headline = record && fromSource && (finding.status === 'supported' || finding.status === 'conflicting') ? `${SOURCE_HEADLINE[finding.status]} ${sourceDocument(record)}` : HEADLINE[finding.status];
  const parts = [`**${escapeMarkdown(finding.text)}** · ${headline}${finding.suppressed ? ' (suppressed)' : ''}${action}`];
  if (record) {
    if (finding.status === 'conflicting') parts.push(conflictLine(finding, record));
    parts.push(`${fromSource ? 'Source' : 'Dataset'}: **${escapeMarkdown(record.text)}** · ${escapeMarkdown(record.source)}, ${escapeMarkdown(yearOf(record))}`);
    if (finding.evidence) parts.push(matchedLine(finding.evidence, record));
    parts.push(`> ${emphasised(record.quote, record.text)}`);
    const a = record.article;
    parts.push(`*${escapeMarkdown(a.title)}* — ${escapeMarkdown(a.publisher)}, ${escapeMarkdown(formatDate(a.date))}`);
  } else if (finding.status === 'cited') {
    parts.push('No dataset record matches this figure; the sentence cites its own source, which StatLens cannot read.');
  } else {
    parts.push(
      'No dataset record matches this figure, and its sentence cites no source. To support it, cite one ' +
        '(a link, a footnote or "\\(Source, Year\\)"), or add a record for it to a dataset listed in `statlens.datasets`.',
    );
  }
  if (!record && finding.related) parts.push(relatedLine(finding.related.record, finding.related.evidence));
  return parts.join('\n\n');
}

/** "Matched: Hugging Face · developer · 2026": what of the record's subject the note names. */
function matchedLine(evidence: Evidence, record: StatRecord): string {
  const named = [...evidence.agreed, String(record.year)].map(escapeMarkdown).join(' · ');
  const unsaid = evidence.missing.length ? `; not said here: ${evidence.missing.map(escapeMarkdown).join(', ')}` : '';
  return `*Matched: ${named}${unsaid}*`;
}

/** A record near the figure that StatLens would not call a match, and why: shown, never fixed towards. */
function relatedLine(record: StatRecord, evidence: Evidence): string {
  const why = evidence.contradicted.length ? evidence.contradicted : evidence.missing.map((m) => `does not say ${m}`);
  return (
    `Related, not a match: **${escapeMarkdown(record.text)}** · ${escapeMarkdown(record.subject)} ` +
    `(${escapeMarkdown(record.source)}, ${escapeMarkdown(yearOf(record))}) — ${why.map(escapeMarkdown).join('; ')}`
  );
}

function conflictLine(finding: Finding, record: StatRecord): string {
  if (finding.conflict === 'year') {
    return `The note ties it to ${finding.noteYear ?? 'another year'}; the source's figure is for ${escapeMarkdown(yearOf(record))}.`;
  }
  return `The note says **${escapeMarkdown(finding.text)}**; the source says **${escapeMarkdown(record.text)}**.`;
}

/** The quote, escaped, with the record's figure in bold. */
function emphasised(quote: string, figure: string): string {
  const at = quote.indexOf(figure);
  if (at < 0) return escapeMarkdown(quote);
  return `${escapeMarkdown(quote.slice(0, at))}**${escapeMarkdown(figure)}**${escapeMarkdown(quote.slice(at + figure.length))}`;
}
