import { excerpt, oneLine, yearOf, type Rule } from './rule';

export const supported: Rule = {
  code: 'statlens.supported',
  status: 'supported',
  defaultSeverity: 'none',
  description: 'A dataset record states this figure about this subject.',
  message: (c) => `${oneLine(c.text)} — ${oneLine(c.record!.source)} (${yearOf(c.record!)}): "${oneLine(excerpt(c.record!))}"`,
  fixes: () => [],
};
