import { detectClaims } from '../detect/detector';
import { isBenchmarkName } from '../detect/scores';
import { countedAfter, MEASURE_KINDS } from '../judge/facets';
import { MEASURE_NOUNS } from '../judge/vocabulary';
import { isBenchmark, isKnownSource, namesIn as judgeNames, type Name } from '../judge/names';

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
/** A clause that gives the figure an earlier value ("up from", "down from", "compared with"). */
const FROM_EARLIER = /^\s*(?:up|down|rising|falling|growing|climbing|dropping|compared)\s+(?:from|with)\s*$/i;
/** "In 2026,": when. */
const WHEN_OPENER = /^(?:in|by|as of|since|during|through|until|from)\s+(?:early |mid-?|late |the end of |q[1-4] |h[12] )?(?:19|20)\d\d(?:s)?\s*,?\s*/i;
/** "Perhaps most significantly,": how the writer leads in. */
const LEAD_IN_OPENER = /^(?:for example|for instance|in addition|moreover|meanwhile|however|perhaps most significantly|perhaps|notably|overall|in short|in total|today|now|still),?\s+/i;
/** Openers that say when or from whom, not what: "In 2026,", "According to X,", "For example,". */
const OPENERS = [
  WHEN_OPENER,
  /^according to [^,]{1,80},\s*/i,
  LEAD_IN_OPENER,
  /^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,5}(?:,\s[^,]{2,60},)?\s(?:reports?|reported|found|finds|estimates?|estimated|predicts?|predicted|forecasts?|projects?|projected|says|said|notes?|noted|shows?|showed|expects?)\s+(?:that\s+)?/,
  /^(?:compared|relative) (?:to|with)\s+/i,
];
/** Hedges and fillers right before a figure: not part of what it measures ("up to", "an estimated", "reached"). */
const BEFORE_FIGURE = new Set('over nearly about around roughly approximately almost some just only more less fewer than at least up to as much many an estimated a the of by reached reach hit totaling totalling is are was were be been has have had'.split(' '));
/** Years and time spans after a figure belong to its year, not its subject. */
const YEAR_PHRASE = /\s+(?:in|by|from|since|during|through|for|as of)\s+(?:early |mid-?|late )?(?:19|20)\d\d(?:\s+levels)?\b|\s+(?:year-over-year|annually|yoy)\b/gi;
const MAX_WORDS_BEFORE = 7;
const MAX_WORDS_AFTER = 6;
const MAX_WORDS_AFTER_SHARE = 8;
/** Words of a share's phrase that say nothing of who is counted or what they do ("are using at least one"). */
const SHARE_FILLERS = new Set('are is were was be been have has had at least one a an the all some any now still already currently'.split(' '));
/** Words that cannot end (or start) a subject phrase. */
const EDGE_WORDS = /^(?:and|or|but|yet|although|though|whereas|because|the|a|an|of|to|in|on|for|with|than|that|which|who|alone|each|every|per|is|are|was|were|be|been|has|have|had|will|can|could|would|may|might|its|their|this|these|those|some|now|while|according|by|as|at|from|into|like|such|there|also|just|only|still)$/i;

export function describeSubject(sentence: string, start: number, end: number): SubjectDescription {
  const [from, to] = clauseAround(sentence, start, end);
  // "63% of the AI application market, up from 36% last year": the earlier figure of the same measure is of its subject.
  if (FROM_EARLIER.test(sentence.slice(from, start))) {
    const unit = detectClaims(sentence.slice(start, end))[0]?.unit;
    const earlier = detectClaims(sentence.slice(0, from)).filter((c) => c.unit === unit).pop();
    if (earlier) return describeSubject(sentence, earlier.start, earlier.end);
  }
  let left = sentence.slice(from, start);
  let right = sentence.slice(end, to);
  // Another figure of the clause bounds this one's words on that side.
  for (const other of detectClaims(sentence.slice(from, to))) {
    const s = other.start + from;
    const e = other.end + from;
    if (e <= start) left = sentence.slice(e, start);
    else if (s >= end && right.length > s - end) right = sentence.slice(end, s);
  }
  // "This control represents a $23 billion market opportunity": the demonstrative's noun points back; it names no subject here.
  left = withoutFillers(stripOpeners(left.trim()).replace(/^(?:this|these|that|those)\s+[\p{L}-]+\s+(?=(?:represents?|is|are|was|were|means|amounts?\s+to|accounts?\s+for)\b)/iu, ''));
  // "73% of enterprises are using … in production": a share's population and what it does are one subject.
  const share = /^\s*(?:of|among)\s/i.test(right);
  right = right.replace(YEAR_PHRASE, '').replace(/^\s*(?:of|in|on|for)\s+(?=[a-z])/i, (m) => (/^\s*of\b/i.test(m) ? '' : m));
  // After the figure, its noun phrase ends at the first comma or full stop.
  right = right.slice(0, firstOf(right, /[,.!?"”]|\saccording to\b/i));
  const before = trimEdges(words(left).slice(-MAX_WORDS_BEFORE));
  const after = trimEdges(words(right).filter((w) => !share || !SHARE_FILLERS.has(bare(w).toLowerCase())).slice(0, share ? MAX_WORDS_AFTER_SHARE : MAX_WORDS_AFTER));
  // A ratio means nothing without what it is a ratio to ("3.2x faster than API-based services").
  const { core, rest } = compact(before, after, /[x×]$/i.test(sentence.slice(start, end)), share);
  let phrase = trimPunctuation(core.join(' ').replace(/\s(?=[,;:])/g, '')).trim();
  // "downloaded 45 million times": the count is of downloads.
  if (/^\s*times\b/.test(sentence.slice(end)) && countedAfter(sentence, end) === 'download' && !/\bdownloads\b/.test(phrase)) phrase = `${phrase} downloads`.trim();
  const { owner, others } = ownerOf(sentence, from, to, start);
  // Whose the figure is leads the subject, as a writer would put it ("Llama 2 human preference annotations").
  if (owner && !phrase.includes(owner)) phrase = joinOverlapping(owner, phrase);
  const keywords = others.filter((n) => n !== owner);
  // The clause's other words still help a note's context find the record, without making its subject harder to name in full.
  const context = rest.map(bare).filter((w) => w && !phrase.includes(w) && !EDGE_WORDS.test(w));
  if (context.length) keywords.push(context.join(' '));
  const benchmark = words(sentence).find((w) => isBenchmarkName(w.replace(/[’']s$|[,.;:]$/g, '')));
  if (benchmark && !phrase.includes(benchmark.replace(/[,.;:]$/, '')) && isBareScore(sentence.slice(start, end))) phrase = `${phrase} ${benchmark.replace(/[,.;:]$/, '')}`.trim();
  // "Hugging Face reported 5.2 million developers, representing 340% growth": a participle's subject is the sentence's.
  if (PARTICIPLE_LEAD.test(sentence.slice(from, start))) {
    const main = mainSubject(sentence.slice(0, from));
    if (main && !phrase.includes(main)) phrase = joinOverlapping(main, phrase);
  }
  // "Vocabulary: 102,400 tokens", "Context length: 128K": the label before the colon names what the figure measures.
  const label = labelBefore(sentence, from, start);
  if (label && !phrase.toLowerCase().includes(label.toLowerCase())) phrase = label.toLowerCase().includes(phrase.toLowerCase()) ? label : joinOverlapping(label, phrase);
  if (!phrase) phrase = sentence.slice(from, to).replace(sentence.slice(start, end), '').trim() || sentence.trim();
  return { subject: phrase, keywords };
}

/** A short label ("Vocabulary", "Context length") that opens the sentence and ends in the colon the figure's clause starts after, with nothing but space between. */
function labelBefore(sentence: string, from: number, start: number): string | undefined {
  if (from === 0 || sentence[from - 1] !== ':' || sentence.slice(from, start).trim() !== '') return undefined;
  const label = sentence.slice(0, from - 1).replace(/^[\s*_#>-]+|[\s*_]+$/g, '');
  return LABEL.test(label) ? label : undefined;
}

const LABEL = /^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}$/u;

/** A clause opened by a participle ("representing 340% growth", "while requiring 10x less compute"). */
const PARTICIPLE_LEAD = /^\s*,?\s*(?:while\s+|thereby\s+)?(?:representing|requiring|reaching|making|bringing|accounting\s+for|amounting\s+to|generating|driving|needing)\b/i;

/** Determiners and demonstratives a sentence's subject may open with. */
const DETERMINERS = /^(?:the|a|an|this|these|that|those|such|its|their)$/i;
const MODALS = /^(?:can|could|will|would|may|might|must|should|now|also)$/i;

/** The noun phrase a sentence opens with, up to its verb ("These domain-specific models" of "… can outperform …"). */
function mainSubject(text: string): string | undefined {
  // Its reporter may be its subject too ("Hugging Face reported …"): only when and how are stripped.
  const list = words(text.trim().replace(WHEN_OPENER, '').replace(LEAD_IN_OPENER, '')).map(bare);
  while (list.length && DETERMINERS.test(list[0])) list.shift();
  const out: string[] = [];
  for (const w of list) {
    const lower = w.toLowerCase();
    if (VERBS.has(lower) || MODALS.test(lower) || /^[a-z]+ed$/.test(lower) || /\d/.test(w) || EDGE_WORDS.test(lower) || out.length >= 5) break;
    out.push(w);
  }
  return out.length ? out.join(' ') : undefined;
}

/** Words that say what happens to a figure, not what it measures ("achieved", "includes", "enables"). */
const VERBS = new Set('representing requiring reaching is are was were be been has have had include includes included enable enables enabled require requires required generate generates represent represents reach reaches host hosts command commands report reports achieve achieves show shows make makes made hit hits total totals exceed exceeds exceeding totaling totalling come comes across various specifically like such for command approaching approach approaches stated says said'.split(' '));
/** Subject words kept nearest the figure: hand-written subjects name a measure in a few words ("Whisper downloads"). */
const CORE_WORDS = 5;
/** Words after a figure that start what it is compared with. */
const COMPARISON = new Set(['over', 'than', 'versus', 'vs', 'compared', 'across', 'relative']);

/**
 * The few words nearest the figure that say what it measures, in their order, and
 * the rest. A count's phrase after the figure ends at the noun it counts.
 */
function compact(before: string[], after: string[], ratio: boolean, share: boolean): { core: string[]; rest: string[] } {
  const lead = share ? -1 : after.findIndex((w) => MEASURE_NOUNS.has(bare(w).toLowerCase()));
  // "23% salary premiums over traditional roles": what the figure is compared with is not what it measures.
  const compared = ratio ? -1 : after.findIndex((w) => COMPARISON.has(bare(w).toLowerCase()));
  const right = after.slice(0, Math.min(lead >= 0 ? lead + 1 : after.length, compared >= 0 ? compared : after.length));
  const order: Array<[string, number]> = [];
  for (let d = 0; d < Math.max(before.length, right.length); d++) {
    if (d < right.length) order.push([right[d], 1000 + d]);
    if (d < before.length) order.push([before[before.length - 1 - d], before.length - 1 - d]);
  }
  const content = (w: string): boolean => {
    const b = bare(w).toLowerCase();
    return b !== '' && !VERBS.has(b) && !EDGE_WORDS.test(b) && !(/^[a-z]+ed$/.test(b) && !MEASURE_KINDS.has(b) && !MEASURE_NOUNS.has(b));
  };
  const kept = new Set<number>();
  for (const [w, at] of order) {
    if (kept.size >= CORE_WORDS) break;
    if (content(w)) kept.add(at);
  }
  // The kind of quantity is always part of what is measured ("market", "funding").
  for (const [w, at] of order) if (MEASURE_KINDS.has(bare(w).toLowerCase())) kept.add(at);
  const all: Array<[string, number]> = [...before.map((w, i): [string, number] => [w, i]), ...after.map((w, i): [string, number] => [w, 1000 + i])];
  // One word between two kept ones stays ("Transformers or LangChain"); a longer gap is marked, so that no name runs across it.
  all.forEach(([, at], i) => {
    if (!kept.has(at) && i > 0 && i + 1 < all.length && kept.has(all[i - 1][1]) && kept.has(all[i + 1][1]) && all[i + 1][1] - all[i - 1][1] === 2) kept.add(at);
  });
  const core: string[] = [];
  let last: number | undefined;
  for (const [w, at] of all) {
    if (!kept.has(at)) continue;
    if (last !== undefined && at - last > 1 && !(last < 1000 && at >= 1000 && last === before.length - 1 && at === 1000)) core[core.length - 1] += ',';
    core.push(bare(w));
    last = at;
  }
  return { core, rest: all.filter(([, at]) => !kept.has(at)).map(([w]) => w) };
}

function bare(word: string): string {
  return word.replace(/^["“(]+|[,.;:"”)]+$/g, '');
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
  // "… outperform general-purpose systems while requiring 10x less …": a bare "while" opens the figure's clause too.
  const opening = /\swhile\s/g;
  for (let m = opening.exec(sentence); m && m.index + m[0].length <= start; m = opening.exec(sentence)) if (m.index + 1 > from) from = m.index + 1;
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

/**
 * Whose the figure is, by the names the judge reads in notes: the model rather than
 * its maker ("Meta's Llama 2" → Llama 2, with Meta among the others), the last name
 * of the figure's clause, else of the sentence before it ("Hugging Face now hosts
 * 250,000 models, with 2.1 billion downloads"). Reporters and benchmarks are no owners.
 */
function ownerOf(sentence: string, from: number, to: number, start: number): { owner?: string; others: string[] } {
  const owners = (a: number, b: number): Name[] => judgeNames(sentence, a, b).filter((n) => !n.reporter && !isBenchmark(n) && !isKnownSource(n) && !GENERIC.has(sentence.slice(n.start, n.end)));
  // A figure inside a quotation is the speaker's words about something else: "Amodei, CEO of Anthropic, said that "…$1 billion…"".
  const open = quotationStart(sentence, start);
  if (open >= 0) from = Math.max(from, open);
  const inClause = owners(from, to);
  const candidates = inClause.length || open >= 0 ? inClause : owners(0, start).slice(-2);
  const named = candidates.filter((n, i) => !(n.possessive && candidates[i + 1] && candidates[i + 1].start - n.end <= 3));
  const before = named.filter((n) => n.end <= start);
  const owner = (before.length ? before[before.length - 1] : named[0]);
  const text = (n: Name): string => sentence.slice(n.start, n.end);
  return { owner: owner && text(owner), others: [...new Set(candidates.map(text))] };
}

/** Where the quotation holding `at` opens, or -1 when `at` is outside quotation marks. */
function quotationStart(sentence: string, at: number): number {
  let open = -1;
  for (let i = 0; i < at; i++) {
    const c = sentence[i];
    if (c === '“') open = i + 1;
    else if (c === '”') open = -1;
    else if (c === '"') open = open >= 0 ? -1 : i + 1;
  }
  return open;
}

/** "Llama 2 70B" + "70B scores" → "Llama 2 70B scores". */
function joinOverlapping(head: string, tail: string): string {
  const a = head.split(' ');
  const b = tail.split(' ');
  for (let n = Math.min(a.length, b.length); n > 0; n--) {
    if (a.slice(-n).join(' ') === b.slice(0, n).join(' ')) return [...a, ...b.slice(n)].join(' ');
  }
  return `${head} ${tail}`.trim();
}

/** Capitalised words that name no owner: units, generic acronyms. */
const GENERIC = new Set(['AI', 'API', 'APIs', 'LLM', 'LLMs', 'GB', 'TB', 'MB', 'GPU', 'GPUs', 'CEO', 'CTO', 'US', 'USD', 'EU', 'UK']);
