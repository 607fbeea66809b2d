import { excerpt, type Rule } from './rule';

export const supported: Rule = {
  code: 'statlens.supported',
  status: 'supported',
  defaultSeverity: 'none',
  description: 'A dataset record states this figure about this subject.',
  message: (c) => `${c.text} — ${c.record!.source} (${c.record!.since ? `${c.record!.since}–` : ''}${c.record!.year}): "${excerpt(c.record!)}"`,
  fixes: () => [],
};
