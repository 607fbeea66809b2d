import { detectClaims } from '../detect/detector';
import { isBenchmarkName } from '../detect/scores';

/**
 * What a figure measures and whose it is, from the words around it in its clause.
 * The one place the import derives subjects: at merge it can be switched to the
 * judge's model of measured things and owners without touching the records.
 */
export interface SubjectDescription {
  /** The phrase the figure quantifies, with its owner: "Hugging Face reported active developers". */
  subject: string;
  /** The names in the figure's clause (its owner, the product or benchmark): extra words a note may use. */
  keywords: string[];
}

/** Words that join clauses: a figure's subject does not reach past them. */
const CLAUSE_JOINERS = /^(?:yet|but|while|whereas|with|representing|compared|which|although|though|including|and|as|so|since|because|when|where|meaning|making|up|down)$/i;
/** Openers that say when or from whom, not what: "In 2026,", "According to X,", "For example,". */
const OPENERS = [
  /^(?:in|by|as of|since|during|through|until|from)\s+(?:early |mid-?|late |the end of |q[1-4] |h[12] )?(?:19|20)\d\d(?:s)?\s*,?\s*/i,
  /^according to [^,]{1,80},\s*/i,
  /^(?:for example|for instance|in addition|moreover|meanwhile|however|perhaps most significantly|perhaps|notably|overall|in short|in total|today|now|still),?\s+/i,
  /^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,5}(?:,\s[^,]{2,60},)?\s(?:reports?|reported|found|finds|estimates?|estimated|predicts?|predicted|forecasts?|projects?|projected|says|said|notes?|noted|shows?|showed|expects?)\s+(?:that\s+)?/,
  /^(?:compared|relative) (?:to|with)\s+/i,
];
/** Hedges and fillers right before a figure: not part of what it measures ("up to", "an estimated", "reached"). */
const BEFORE_FIGURE = new Set('over nearly about around roughly approximately almost some just only more less fewer than at least up to as much many an estimated a the of by reached reach hit totaling totalling is are was were be been has have had'.split(' '));
/** Years and time spans after a figure belong to its year, not its subject. */
const YEAR_PHRASE = /\s+(?:in|by|from|since|during|through|for|as of)\s+(?:early |mid-?|late )?(?:19|20)\d\d(?:\s+levels)?\b|\s+(?:year-over-year|annually|yoy)\b/gi;
const MAX_WORDS_BEFORE = 7;
const MAX_WORDS_AFTER = 6;
/** Words that cannot end (or start) a subject phrase. */
const EDGE_WORDS = /^(?:and|or|the|a|an|of|to|in|on|for|with|than|that|which|who|alone|each|every|per|is|are|was|were|be|been|has|have|had|will|can|could|would|may|might|its|their|this|these|those|some|now|while|according|by|as|at|from|into|like|such|there|also|just|only|still)$/i;

export function describeSubject(sentence: string, start: number, end: number): SubjectDescription {
  const [from, to] = clauseAround(sentence, start, end);
  let left = sentence.slice(from, start);
  let right = sentence.slice(end, to);
  // Another figure of the clause bounds this one's words on that side.
  for (const other of detectClaims(sentence.slice(from, to))) {
    const s = other.start + from;
    const e = other.end + from;
    if (e <= start) left = sentence.slice(e, start);
    else if (s >= end && right.length > s - end) right = sentence.slice(end, s);
  }
  left = withoutFillers(stripOpeners(left.trim()));
  right = right.replace(YEAR_PHRASE, '').replace(/^\s*(?:of|in|on|for)\s+(?=[a-z])/i, (m) => (/^\s*of\b/i.test(m) ? '' : m));
  // After the figure, its noun phrase ends at the first comma or full stop.
  right = right.slice(0, firstOf(right, /[,.!?"”]|\saccording to\b/i));
  const before = trimEdges(words(left).slice(-MAX_WORDS_BEFORE));
  const after = trimEdges(words(right).slice(0, MAX_WORDS_AFTER));
  let phrase = trimPunctuation([...before, ...after].join(' ').replace(/\s(?=[,;:])/g, '')).trim();
  // The owner may be named earlier in the sentence ("Hugging Face now hosts 250,000 models, with 2.1 billion downloads").
  let keywords = namesIn(sentence.slice(from, to), from === 0);
  if (keywords.length === 0) keywords = namesIn(sentence.slice(0, start), true).slice(-1);
  const benchmark = words(sentence).find((w) => isBenchmarkName(w.replace(/[’']s$|[,.;:]$/g, '')));
  if (benchmark && !phrase.includes(benchmark.replace(/[,.;:]$/, '')) && isBareScore(sentence.slice(start, end))) phrase = `${phrase} ${benchmark.replace(/[,.;:]$/, '')}`.trim();
  if (!phrase) phrase = sentence.slice(from, to).replace(sentence.slice(start, end), '').trim() || sentence.trim();
  return { subject: phrase, keywords };
}

function isBareScore(figure: string): boolean {
  return /^\d+(?:\.\d+)?%?$/.test(figure.trim());
}

/** `[from, to)` of the clause holding the figure: bounded by ";", dashes, ":" and ", <joiner>". */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  const hard = /[;:—–]|\s-\s|\(|\)/g;
  let from = 0;
  let to = sentence.length;
  for (let m = hard.exec(sentence); m; m = hard.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end && m.index < to) to = m.index;
  }
  const soft = /,\s+(\p{L}+)/gu;
  for (let m = soft.exec(sentence); m; m = soft.exec(sentence)) {
    if (!CLAUSE_JOINERS.test(m[1])) continue;
    if (m.index + 1 <= start && m.index + 1 > from) from = m.index + 1;
    else if (m.index >= end && m.index < to) to = m.index;
  }
  // Bare joiners without a comma ("… 80% while accelerating …") end the clause after the figure.
  const after = /\s(?:while|whereas|but|yet|compared (?:to|with))\s/g;
  after.lastIndex = end;
  const m = after.exec(sentence);
  if (m && m.index < to) to = m.index;
  return [from, to];
}

function stripOpeners(text: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const opener of OPENERS) {
      const next = text.replace(opener, '');
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  return text;
}

function trimEdges(list: string[]): string[] {
  const bare = (w: string): string => w.replace(/^["“(]+|[,.;:"”)]+$/g, '');
  let a = 0;
  let b = list.length;
  while (a < b && EDGE_WORDS.test(bare(list[a]))) a++;
  while (b > a && EDGE_WORDS.test(bare(list[b - 1]))) b--;
  return list.slice(a, b).map((w, i, all) => (i === all.length - 1 ? trimPunctuation(w) : w));
}

/** The text without filler words at its end (and punctuation at its start). */
function withoutFillers(text: string): string {
  const list = text.split(' ');
  while (list.length && BEFORE_FIGURE.has(list[list.length - 1].toLowerCase())) list.pop();
  let start = 0;
  while (start < list.length && /^[,;:]*$/.test(list[start])) start++;
  return list.slice(start).join(' ').replace(/^[,;:]/, '');
}

/** The text without ",", ".", ";", ":" at its end (a loop: a regex search for a trailing run is quadratic). */
function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ',.;:'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function firstOf(text: string, re: RegExp): number {
  const at = text.search(re);
  return at < 0 ? text.length : at;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w && /[\p{L}\p{N}]/u.test(w));
}

/** Capitalised words that name no owner: units, generic acronyms. */
const GENERIC = new Set(['AI', 'API', 'APIs', 'LLM', 'LLMs', 'GB', 'TB', 'MB', 'GPU', 'GPUs', 'CEO', 'CTO', 'US', 'USD', 'EU', 'UK']);

/** Runs of capitalised words: "Hugging Face", "Code Llama", "GPT-4". A sentence's first word only when it is a name elsewhere too. */
function namesIn(clause: string, opensSentence: boolean): string[] {
  const names: string[] = [];
  const re = /(?:[A-Z][\p{L}\p{N}&.’'-]*|\p{Ll}{1,3}[A-Z][\p{L}\p{N}-]*)(?:\s(?:[A-Z][\p{L}\p{N}&.’'-]*|\d+[A-Za-z]*)){0,6}/gu;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    let name = trimPunctuation(m[0].split(/['’]s\b/)[0]);
    const atStart = opensSentence && clause.slice(0, m.index).trim() === '';
    if (atStart && /^[A-Z][a-z]+$/.test(name.split(/\s+/)[0])) name = name.split(/\s+/).slice(1).join(' ');
    if (!name || !/\p{L}/u.test(name) || GENERIC.has(name) || /^(?:The|This|That|These|In|By|A|An|According|It|They|We|For|However|Perhaps)$/.test(name)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
