import type { Finding } from './check';
import type { StatRecord } from './dataset/types';
import { oneLine } from './rules/rule';

/** Which figures get a source chip (the `statlens.sourceChips` setting). */
export type ChipMode = 'supported' | 'all' | 'off';
export const CHIP_MODES: readonly ChipMode[] = ['supported', 'all', 'off'];

/** A chip after a figure: where it goes (the figure's end), what it says, and the record it opens. */
export interface SourceChip {
  offset: number;
  label: string;
  tooltip: string;
  record: StatRecord;
}

/**
 * The chips for a note's findings: `· NWCast 2026` after each supported figure; with
 * `all`, also after a conflicting one, with the source's figure (`· NWCast 2026: 73%`).
 * Figures no record matches have no source to name, so never get one.
 */
export function sourceChips(findings: readonly Finding[], mode: ChipMode): SourceChip[] {
  if (mode === 'off') return [];
  const chips: SourceChip[] = [];
  for (const f of findings) {
    if (!f.record || !(f.status === 'supported' || (mode === 'all' && f.status === 'conflicting'))) continue;
    const name = `${sourceName(f.record)} ${f.record.year}`;
    const label = f.status === 'conflicting' ? `· ${name}: ${oneLine(f.record.text)}` : `· ${name}`;
    chips.push({ offset: f.end, label, tooltip: `${oneLine(f.record.source)}, ${f.record.year}: "${oneLine(f.record.quote)}"`, record: f.record });
  }
  return chips;
}

/** The source as a chip names it: up to a comma, without the year the chip adds, at most three words. */
export function sourceName(record: StatRecord): string {
  const words = oneLine(record.source.split(',')[0]).split(' ').filter((w) => w !== String(record.year));
  return words.length > 3 ? `${words.slice(0, 3).join(' ')}…` : words.join(' ') || oneLine(record.source);
}

/** A setting's value as a mode; anything else is the default. */
export function chipMode(value: unknown): ChipMode {
  return CHIP_MODES.includes(value as ChipMode) ? (value as ChipMode) : 'supported';
}
