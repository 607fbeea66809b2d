import { sourceAndYear, type Rule } from './rule';

export const conflicting: Rule = {
  code: 'statlens.conflicting',
  status: 'conflicting',
  defaultSeverity: 'warning',
  description: 'A dataset record is about the same subject, but its figure or year differs.',
  message: (c) => {
    const r = c.record!;
    const dataset = `Dataset: ${r.text} (${sourceAndYear(r)}).`;
    if (c.conflict === 'year') return `${c.text} is the figure for ${r.year}, not ${c.noteYear ?? 'the year given here'}. ${dataset}`;
    return `${c.text} conflicts with the source. ${dataset}`;
  },
  fixes: (c) => {
    const r = c.record!;
    if (c.conflict !== 'value' || r.text === c.text) return [];
    return [{ title: `Replace with ${r.text} (dataset)`, edits: [{ start: c.start, end: c.end, newText: r.text }], preferred: true }];
  },
};
