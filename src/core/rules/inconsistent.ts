import type { IndexedClaim } from '../workspace/claims';
import { oneLine, type Fix, type Severity } from './rule';

/** The other note's figure that a figure disagrees with. */
export interface OtherStatement {
  /** The note, as the adapter names it (a workspace-relative path or a URI). */
  path: string;
  /** How the message names it ("notes/brief.md"). */
  label: string;
  claim: IndexedClaim;
}

/**
 * Two notes state the same statistic with values that do not agree. Not a status
 * of its own: the figure keeps its dataset status, and this rule runs across notes
 * (src/core/workspace/consistency.ts) after each note is checked.
 */
export const inconsistent = {
  code: 'statlens.inconsistent',
  defaultSeverity: 'information' as Severity,
  description: 'Another note states the same statistic with a value that does not agree.',
  message(claim: Pick<IndexedClaim, 'text'>, other: OtherStatement, more: number): string {
    const also = more > 0 ? ` (and ${more} more ${more === 1 ? 'note' : 'notes'})` : '';
    return `${oneLine(claim.text)} disagrees with ${oneLine(other.claim.text)} in ${oneLine(other.label)}, line ${other.claim.range.start.line + 1}${also}.`;
  },
  /** Replace the figure with the other note's, when its range holds only the figure. */
  fixes(claim: IndexedClaim, other: OtherStatement): Fix[] {
    if (!claim.plain || claim.text === other.claim.text) return [];
    return [{ title: `Replace with ${oneLine(other.claim.text)} (as in ${oneLine(other.label)})`, edits: [{ start: claim.start, end: claim.end, newText: other.claim.text }] }];
  },
};
