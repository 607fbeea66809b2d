import type { StatRecord } from '../dataset/types';
import { excerpt, oneLine, yearOf, type Rule } from './rule';

/** A record's part of the message, the same for every figure it supports: made once. */
const cited = new WeakMap<StatRecord, string>();

function sourceAndQuote(record: StatRecord): string {
  let text = cited.get(record);
  if (text === undefined) {
    text = `${oneLine(record.source)} (${yearOf(record)}): "${oneLine(excerpt(record))}"`;
    cited.set(record, text);
  }
  return text;
}

export const supported: Rule = {
  code: 'statlens.supported',
  status: 'supported',
  defaultSeverity: 'none',
  description: 'A dataset record states this figure about this subject.',
  message: (c) => `${oneLine(c.text)} — ${sourceAndQuote(c.record!)}`,
  fixes: () => [],
};
