import * as assert from 'node:assert/strict';
import type { Finding } from '../../src/core/check';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Does offset `at` fall inside a surrogate pair or a CRLF (no editor position can be there)? */
export function splitsCharacter(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (isHigh(before) && isLow(after)) || (before === 13 && after === 10);
}

/** Characters a figure's range never starts or ends with: space and Markdown punctuation. */
const EDGE = /[\s*_`[\]()<>|~#]/u;

/**
 * What must hold of any check of any note: every range is a real UTF-16 range
 * inside the document, holds the finding's text, starts and ends on the figure
 * itself, and ranges come in document order without overlapping.
 */
export function assertSane(text: string, findings: Finding[]): void {
  let previousEnd = 0;
  for (const f of findings) {
    const where = `${JSON.stringify(f.text)} at [${f.start}, ${f.end})`;
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${where}: offsets must be integers`);
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `${where}: outside the document (length ${text.length})`);
    assert.ok(f.start >= previousEnd, `${where}: overlaps or precedes the finding before it (which ends at ${previousEnd})`);
    assert.equal(text.slice(f.start, f.end), f.text, `${where}: the range does not hold the finding's text`);
    assert.ok(!splitsCharacter(text, f.start) && !splitsCharacter(text, f.end), `${where}: splits a surrogate pair or a CRLF`);
    assert.ok(!EDGE.test(f.text[0]) && !EDGE.test(f.text[f.text.length - 1]), `${where}: starts or ends on space or markup`);
    assert.match(f.text, /\d/, `${where}: a figure without a digit`);
    assert.ok(Number.isFinite(f.value), `${where}: value ${f.value}`);
    assert.ok(f.message && !f.message.includes('\n'), `${where}: message must be one non-empty line`);
    previousEnd = f.end;
  }
}

/** A finding moved by `delta` UTF-16 units, everything else equal. */
export function shifted(f: Finding, delta: number): Finding {
  return { ...f, start: f.start + delta, end: f.end + delta };
}

/**
 * Findings without the words their subject keys keep of the figure's sentence
 * (`subject.place`), which an insertion into that sentence changes by design.
 */
export function withoutPlace(findings: Finding[]): Finding[] {
  return findings.map((f) => (f.subject ? { ...f, subject: { ...f.subject, place: undefined as never } } : f));
}

/** The findings of `before` after inserting `length` units at `at` (those after it move). */
export function afterInsertion(findings: Finding[], at: number, length: number): Finding[] {
  return findings.map((f) => (f.start >= at ? shifted(f, length) : f));
}

/** Everything about a finding but where it is and how its text is written (for notes re-laid out). */
export function judgementOf(f: Finding): Omit<Finding, 'start' | 'end' | 'text' | 'message'> & { recordId?: string } {
  const { start: _s, end: _e, text: _t, message: _m, record, ...rest } = f;
  return { ...rest, record: null, recordId: record?.id };
}
