import { oneLine, sourceAndYear, type Rule } from './rule';

export const conflicting: Rule = {
  code: 'statlens.conflicting',
  status: 'conflicting',
  defaultSeverity: 'warning',
  description: 'A dataset record is about the same subject, but its figure or year differs.',
  message: (c) => {
    const r = c.record!;
    const dataset = `Dataset: ${oneLine(r.text)} (${sourceAndYear(r)}).`;
    if (c.conflict === 'year') return `${oneLine(c.text)} is the figure for ${r.year}, not ${c.noteYear ?? 'the year given here'}. ${dataset}`;
    return `${oneLine(c.text)} conflicts with the source. ${dataset}`;
  },
  fixes: (c) => {
    const r = c.record!;
    if (c.conflict !== 'value' || r.text === c.text || !c.plain) return [];
    return [{ title: `Replace with ${r.text} (dataset)`, edits: [{ start: c.start, end: c.end, newText: r.text }], preferred: true }];
  },
};
