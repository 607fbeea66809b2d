/**
 * Who a sentence says a figure comes from: "according to Gartner", "McKinsey's 2026
 * AI Report", "Hugging Face reported", "(IDC, 2025)". The name is kept as written.
 */
export interface Attribution {
  name: string;
  start: number;
  end: number;
}

/** A capitalised word or acronym ("McKinsey", "GitHub", "IDC", "AT&T", "Together"). */
const CAP = "(?:[A-Z][\\w&.’'-]*[\\w&]|[A-Z])";
/** Capitalised words that start sentences, not names. */
const NOT_NAMES = new Set(['The', 'This', 'That', 'These', 'Those', 'In', 'By', 'A', 'An', 'Our', 'Their', 'Its', 'It', 'They', 'We', 'According', 'As', 'At', 'For', 'From', 'On', 'Over', 'Perhaps', 'However', 'Most', 'Some', 'Many', 'Each', 'Every', 'Meanwhile', 'Still', 'Yet', 'And', 'But', 'Today', 'Now', 'Recent', 'New', 'One', 'I', 'He', 'She', 'Analysts', 'Researchers', 'Experts',
  // "Testing shows a 1.9x increase", "Early results suggest…": what shows it, not who.
  'Testing', 'Tests', 'Research', 'Data', 'Analysis', 'Evidence', 'Results', 'Benchmarks', 'Experiments', 'Studies', 'Surveys', 'Reports',
  'Measurements', 'Evaluation', 'Evaluations', 'Profiling', 'Benchmarking', 'Early', 'Internal', 'Independent', 'Further', 'Preliminary']);
const NAME = `${CAP}(?:\\s(?:&\\s|of\\s|for\\s)?${CAP}){0,6}`;
const DOCUMENT = '(?:[Rr]eport|[Ss]tudy|[Ss]urvey|[Aa]nalysis|[Ii]ndex|[Rr]esearch|[Dd]ata|[Pp]aper|[Ff]orecast|[Ee]stimates?|[Ff]igures|[Bb]enchmark|[Pp]oll|[Cc]ensus|[Ll]eaderboard)s?';
const VERB = '(?:reports?|reported|found|finds|estimates?|estimated|predicts?|predicted|forecasts?|forecasted|projects?|projected|says|said|notes?|noted|shows?|showed|claims?|claimed|announced|expects?|expected|states?|stated|calculates?|calculated)';

const PATTERNS: Array<{ re: RegExp; group: number }> = [
  // "according to McKinsey's 2026 AI Report", "according to Gartner's enterprise AI sovereignty report", "according to Gartner"
  { re: new RegExp(`\\b[Aa]ccording to (?:the |a |an )?((?:${NAME})(?:['’]s)?(?:\\s+[\\w-]+){0,5}?\\s+${DOCUMENT}\\b|${NAME})`, 'g'), group: 1 },
  // "McKinsey's 2026 AI Report", "Forrester's Total Economic Impact study"
  { re: new RegExp(`(${NAME}['’]s\\s+(?:(?:19|20)\\d\\d\\s+)?(?:[\\w-]+\\s+){0,4}?${DOCUMENT})\\b`, 'g'), group: 1 },
  // "Hugging Face reported", "Dario Amodei, CEO of Anthropic, notes", "IDC forecasts"
  { re: new RegExp(`(${NAME}(?:,\\s[^,;.]{2,60},)?)\\s+${VERB}\\b`, 'g'), group: 1 },
  // "a Gartner survey", "the IDC report"
  { re: new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(${NAME})\\s+${DOCUMENT}\\b`, 'g'), group: 1 },
  // "(IDC, 2025)", "(Gartner 2025, p. 4)"
  { re: new RegExp(`\\((${NAME}),?\\s+(?:19|20)\\d\\d[a-z]?(?:[,;][^)]{0,30})?\\)`, 'g'), group: 1 },
];

/** Every attribution in a sentence, in order. */
export function attributionsIn(sentence: string): Attribution[] {
  const found: Attribution[] = [];
  for (const { re, group } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      let name = m[group];
      let start = m.index + m[0].indexOf(name);
      // A sentence-opening word is not part of the name ("However Gartner found").
      const first = /^\S+/.exec(name)?.[0] ?? '';
      if (NOT_NAMES.has(first)) {
        const rest = name.slice(first.length).trimStart();
        start += name.length - rest.length;
        name = rest;
      }
      name = name.trimEnd();
      while (name.endsWith(',')) name = name.slice(0, -1).trimEnd();
      // A lone word in "-ing" ("Profiling shows") names an activity, not an organisation.
      if (!name || !/^[A-Z]/.test(name) || /^[A-Z][a-z]+ing$/.test(name)) continue;
      if (!found.some((a) => start < a.end && a.start < start + name.length)) found.push({ name, start, end: start + name.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The attribution that covers a figure at `[start, end)`: the nearest one before it
 * in the sentence ("Gartner predicts that 85% …, while IDC forecasts $87 billion"),
 * else the first after it ("… $23 billion market opportunity according to Gartner").
 */
export function attributionFor(sentence: string, start: number, end: number): string | undefined {
  const all = attributionsIn(sentence);
  const before = all.filter((a) => a.end <= start);
  if (before.length) return before[before.length - 1].name;
  return all.find((a) => a.start >= end)?.name;
}
