import { oneLine, type Rule } from './rule';

export const cited: Rule = {
  code: 'statlens.cited',
  status: 'cited',
  defaultSeverity: 'information',
  description: 'No dataset record matches, but the sentence cites its own source.',
  message: (c) => `${oneLine(c.text)} is not in the dataset; the note cites its own source for it.`,
  fixes: () => [],
};
