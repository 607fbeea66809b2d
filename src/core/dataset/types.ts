import { withField } from '../text/fieldMessage';

/** An article a record quotes. */
export interface Article {
  id?: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD (or YYYY-MM, YYYY). */
  date: string;
  section?: string;
  url?: string;
}

/** One figure as an article states it (spec §3). */
export interface StatRecord {
  id: string;
  text: string;
  value: number;
  unit: string;
  quote: string;
  subject: string;
  source: string;
  year: number;
  since?: number;
  occurrence?: number;
  keywords?: string[];
  /** The subject and keywords were read from the quote by `statlens import`, not written by a person. */
  derived?: boolean;
  article: Article;
}

/** A loaded dataset: valid records with their articles resolved. */
export interface Dataset {
  /** Where it came from: "bundled" or a file path/URI, as the user would recognise it. */
  origin: string;
  name: string;
  records: StatRecord[];
  /** Full text of articles shipped with the dataset, by article title, so hovers can quote in place. */
  articleTexts?: Record<string, string>;
}

/** A problem found in a dataset file: one line naming the file, the record and the field. */
export interface DatasetIssue {
  origin: string;
  /** Index of the record in `records`, when the problem is in one. */
  index?: number;
  id?: string;
  field?: string;
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where = [issue.origin];
  if (issue.index !== undefined) where.push(`record ${issue.index}${issue.id ? ` (id "${issue.id}")` : ''}`);
  where.push(issue.field ? withField(issue.field, issue.message) : issue.message);
  return oneLine(where.join(': '));
}

/**
 * Ids, values and paths come from the file and may hold line breaks or terminal
 * escapes; written as JSON writes them ("\n", "\u001b") an issue stays one line
 * and prints as plain text.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const json = JSON.stringify(c);
    return json.length === 4 ? json.slice(1, -1) : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
