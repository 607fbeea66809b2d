import type { Finding } from '../check';
import type { StatRecord } from '../dataset/types';
import { yearOf } from '../rules/rule';
import { commandLink, escapeMarkdown, formatDate } from './markdown';

export const OPEN_ARTICLE_COMMAND = 'statlens.openArticle';

export interface HoverOptions {
  /** Whether the record's article text is at hand, so "Open in article" can show it. */
  canOpenArticle?: (record: StatRecord) => boolean;
}

const HEADLINE: Record<Finding['status'], string> = {
  supported: 'supported by the dataset',
  conflicting: 'conflicts with the dataset',
  cited: 'cited in the note, not in the dataset',
  unsupported: 'unsupported',
};

/**
 * The hover for a finding, as Markdown. Everything that comes from a note or a
 * dataset is escaped; the only link is to the extension's own command.
 */
export function hoverMarkdown(finding: Finding, options: HoverOptions = {}): string {
  const record = finding.record;
  // The action goes on the first line: below a long quote (and the diagnostic VS Code shows first) it falls below the fold.
  const action = record && options.canOpenArticle?.(record) ? ` · ${commandLink('Open in article', OPEN_ARTICLE_COMMAND, [record.id])}` : '';
  const parts = [`**${escapeMarkdown(finding.text)}** · ${HEADLINE[finding.status]}${finding.suppressed ? ' (suppressed)' : ''}${action}`];
  if (record) {
    if (finding.status === 'conflicting') parts.push(conflictLine(finding, record));
    parts.push(`Dataset: **${escapeMarkdown(record.text)}** · ${escapeMarkdown(record.source)}, ${escapeMarkdown(yearOf(record))}`);
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
  return parts.join('\n\n');
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
