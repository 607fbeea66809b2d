import { oneLine, type Rule } from './rule';

export const unsupported: Rule = {
  code: 'statlens.unsupported',
  status: 'unsupported',
  defaultSeverity: 'warning',
  description: 'No dataset record supports this figure and the sentence cites no source.',
  message: (c) => `${oneLine(c.text)} has no source: no dataset record matches it and the sentence cites none.`,
  fixes: () => [],
};
