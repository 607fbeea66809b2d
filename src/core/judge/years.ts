import { lowerBound } from '../text/search';
import { LOCATOR } from './citations';

/**
 * Years a sentence ties to its figures: "In 2024, Hugging Face reported 5.2 million"
 * (the figure's year), "up 340% since 2024" (its base year), "85% by 2028" (a
 * forecast's year). A year that only names something ("McKinsey's 2026 AI Report",
 * a citation's "(Gartner, 2025)") is not bound to any figure.
 */
export interface BoundYears {
  at?: number;
  since?: number;
  /** `at` comes from the section's heading ("## 2023"), not from the figure's sentence. */
  headed?: boolean;
}

/** What a year says of a figure: the year it is for, or the year it counts since. */
type YearKind = 'at' | 'since';

interface YearMention {
  start: number;
  end: number;
  year: number;
  kind: YearKind;
  /** Opens its sentence ("In 2024, …"), so it scopes every figure there. */
  opening: boolean;
  /** A date a figure was moved to ("…; it has since moved to 2028"): it reaches back across the sentence's clauses. */
  moved: boolean;
}

const AT = new Set([
  'as', 'in', 'by', 'during', 'for', 'through', 'throughout', 'until', 'till', 'before', 'after', 'around', 'circa', 'of', 'at',
  // The same, as translated notes keep them: French and Spanish "en", "d'ici", "hasta", "para"; Italian "nel", "entro"; Portuguese "em", "até"; German "bis", "im"; Dutch "tegen".
  'en', 'ici', 'hasta', 'para', 'nel', 'entro', 'em', 'até', 'bis', 'im', 'tegen', 'pour',
  // Swedish, Norwegian and Danish "redan", "år", "innen", "inden" (not "under": "filed under 2024" is read apart; not "i",
  // nor the Polish "w" and "do", which English writes too: "Why do 2024 surveys …", "w/ 2024 tooling").
  'redan', 'år', 'innen', 'inden',
  // Romanian "în 2027", "până în"; Czech "v roce 2027"; Indonesian "pada 2027", "tahun 2027".
  'în', 'roce', 'pada', 'tahun',
  // French "dès 2024" (as early as; not after a participle, "fondée dès 2016", which dates the event: `kindOf`).
  'dès',
]);
const SINCE = new Set(['since', 'from', 'over', 'vs', 'versus', 'than', 'on']);
// (And their translations' articles and "year": "entro il 2028", "para el 2028", "bis Ende 2028", "nell'anno 2028".)
// ("as of December 2024", "in Sept 2025": a month before the year.)
const QUALIFIERS = /^(early|mid|late|end|fiscal|fy|q[1-4]|h[12]|the|calendar|year|start|beginning|spring|summer|autumn|fall|winter|il|el|le|la|l|lo|o|het|ende|jahr|anno|año|ano|année|jaar|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

// (A Chinese, Japanese or Korean character may stand right before a year: "在2024年", "比2024年".)
const YEAR = /(?<![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}_\-./$])(19\d\d|20\d\d|2100)(?![\p{N}%]|[.,]\d|\s?(?:%|percent|x\b|×))/gu;

/**
 * Bound years of each figure `[start, end)` (sorted) in one sentence `[from, to)` of
 * `text`: an opening year binds every figure of its clause, any other year the
 * figure(s) nearest to it. Linear in the sentence plus O(log n) per year.
 */
export function bindYears(text: string, from: number, to: number, figures: Array<[number, number]>): BoundYears[] {
  const bound: BoundYears[] = figures.map(() => ({}));
  const distance: Array<Partial<Record<YearKind, number>>> = figures.map(() => ({}));
  const mentions = yearMentions(text, from, to);
  if (mentions.length === 0 || figures.length === 0) return bound;
  const breaks = clauseBreaks(text, from, to);
  const bind = (i: number, mention: YearMention, d: number): void => {
    const known = distance[i][mention.kind];
    if (known !== undefined && known <= d) return;
    distance[i][mention.kind] = d;
    bound[i][mention.kind] = mention.year;
  };
  for (const mention of mentions) {
    const [clauseStart, clauseEnd] = mention.moved ? [from, to] : between(breaks, mention.start, from, to);
    const first = firstAtOrAfter(figures, clauseStart);
    if (mention.opening) {
      for (let i = first; i < figures.length && figures[i][1] <= clauseEnd; i++) bind(i, mention, gap(figures[i], mention));
      continue;
    }
    // The nearest figure before the year and the nearest after it; the closer one (or both, if tied) takes it.
    const after = firstAtOrAfter(figures, mention.start);
    // ("sized in 2025 for Llama 2 70B, whose release weights total 138 GB": a relative clause between them is about something else's time.)
    const candidates = [after - 1, after].filter((i) => i >= first && i < figures.length && figures[i][0] >= clauseStart && figures[i][1] <= clauseEnd && !RELATIVE_BETWEEN.test(betweenText(text, figures[i], mention)));
    if (candidates.length === 0) continue;
    const best = Math.min(...candidates.map((i) => reach(text, figures[i], mention)));
    // "first pencilled in for 2027, has moved to 2028": where a figure was moved to outranks where it was.
    // Two years reaching one figure: the nearer by `reach`, so a year across a comma ("is for 2028, and … the $47 billion … reached in 2026") loses.
    for (const i of candidates) if (reach(text, figures[i], mention) === best) bind(i, mention, mention.moved ? -1 : best);
  }
  return bound;
}

/** A relative clause opening between a year and a figure after it. */
const RELATIVE_BETWEEN = /,\s*(?:whose|which|who)\b/i;

function betweenText(text: string, figure: [number, number], m: YearMention): string {
  return figure[0] >= m.end ? text.slice(m.end, figure[0]) : '';
}

/**
 * How far a year reaches to a figure: its gap, but a comma between them ("$1 billion,
 * and by 2030 … $10 billion") puts it further, and "$5.1 billion in 2024" (the year's
 * preposition right after the figure) brings it nearer than the figure after.
 */
function reach(text: string, figure: [number, number], m: YearMention): number {
  const d = gap(figure, m);
  const between = figure[1] <= m.start ? text.slice(figure[1], m.start) : text.slice(m.end, figure[0]);
  // (And Chinese or Japanese commas and quotation marks: "「2025年の…520万人」とあるが、記事ではこれは2026年".)
  if (CLAUSE_MARKS.test(between)) return d + 1000;
  if (figure[1] <= m.start && /^\s*(?:in|by|for|during|as of)\s+$/i.test(between)) return d - 0.5;
  return d;
}

// (And a closing quotation mark or an arrow: '"… 520만 명 돌파" → 기사에서는 2026년 수치' says the year outside the quote.)
const CLAUSE_MARKS = /[,，、」』"”»→]/;

function gap([s, e]: [number, number], m: YearMention): number {
  return s >= m.end ? s - m.end : m.start >= e ? m.start - e : 0;
}

/** Index of the first figure starting at or after `offset`. */
function firstAtOrAfter(figures: Array<[number, number]>, offset: number): number {
  return lowerBound(figures.length, (i) => figures[i][0] >= offset);
}

/** ";" and "—" split a sentence into clauses that do not share years: their offsets, in order. */
function clauseBreaks(text: string, from: number, to: number): number[] {
  const breaks: number[] = [];
  for (let i = from; i < to; i++) if (text[i] === ';' || text[i] === '\u2014') breaks.push(i);
  return breaks;
}

/** The clause `[start, end)` around `at`, from the sorted break offsets. */
function between(breaks: number[], at: number, from: number, to: number): [number, number] {
  const i = lowerBound(breaks.length, (k) => breaks[k] >= at);
  return [i > 0 ? breaks[i - 1] + 1 : from, i < breaks.length ? breaks[i] : to];
}

/** A fronted clause with an event of its own ("Since Meta released LLaMA in 2023,"); group 1 is its opening word. */
const EVENT_CLAUSE = /^(\s*["“*_]*(?:since|when|after|before|although|though|while|once|until|because)\s+\p{L}[^,;]{0,100}?\s)[^,;]*,/iu;

function yearMentions(text: string, from: number, to: number): YearMention[] {
  const sentence = text.slice(from, to);
  const out: YearMention[] = [];
  const event = EVENT_CLAUSE.exec(sentence);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (insideCitation(text, start, end)) continue;
    // ("most of the 2028–2030 growth": a span of years naming a period, as an adjective, dates no figure.)
    if (/^[–-](?:19|20)\d\d\s+\p{Ll}/u.test(sentence.slice(m.index + 4, m.index + 12)) && !/\b(?:from|between|in|for|over|during|by)\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "Since Meta released LLaMA in 2023, adoption climbed to 73%": the year dates the clause's event, not the figure.
    if (event && m.index < event[0].length && m.index > event[1].length) continue;
    const before = wordsBefore(sentence, m.index, 3);
    const moved = MOVED_BEFORE.test(sentence.slice(Math.max(0, m.index - 160), m.index));
    // "That commit filed Hugging Face's 5.2 million active developers under 2024": the year a figure is filed under dates it.
    const filed = before[before.length - 1] === 'under' && FILED_BEFORE.test(sentence.slice(Math.max(0, m.index - 160), m.index));
    const kind = filed ? 'at' : kindOf(before, sentence.slice(m.index + 4, m.index + 20), moved, sentence[m.index - 1], NAMED_ASIDE.test(sentence.slice(Math.max(0, m.index - 60), m.index)));
    if (!kind) continue;
    // "Code Llama在2023年8月发布", "2023년에 공개된 라마 2", "2026년에 IDC는 … 전망했습니다": a Chinese, Japanese or Korean year that dates
    // an event (a month after it, or a verb of release, founding or forecast in the sentence) dates no figure.
    if (CJK_YEAR.test(sentence.slice(m.index + 4, m.index + 6)) && (CJK_MONTH_AFTER.test(sentence.slice(m.index + 4, m.index + 12)) || CJK_EVENT.test(sentence))) continue;
    const opening = wordsBefore(sentence, m.index, 4).length <= 2 && /^[\s"“(*_]*\p{L}*[\s\p{L}]*$/u.test(sentence.slice(0, m.index));
    // "dates it to 2026" says whose date it is, so only a real move reaches back across a ";".
    const movedTo = kind === 'at' && (before[before.length - 1] === 'to' || before[before.length - 1] === 'until') && (MOVED.has(before[before.length - 2]) || /\b(?:moved|pushed|pulled|delayed|revised|shifted|postponed|slipped)\b/i.test(sentence.slice(Math.max(0, m.index - 40), m.index)));
    out.push({ start, end, year: Number(m[0]), kind, opening, moved: movedTo });
  }
  return out;
}

const CJK_YEAR = /^\s?(?:年|년)/;
const CJK_MONTH_AFTER = /^\s?(?:年|년)\s*\d{1,2}\s*(?:月|월)/;
const CJK_EVENT = /发布|發布|推出|成立|创立|創立|始于|始於|开源|開源|公开|公開|预测|預測|预计|預計|发表|發表|リリース|設立|予測|공개|출시|설립|발표|전망|예측|이후|以降|以来|以來/;
const CJK_SINCE_AFTER = /^\s?(?:年|년)(?:度)?\s*(?:대비|보다|부터|比|より|から|以来|以來|起)/;
const CJK_SINCE_BEFORE = /^(?:比|較|较|自|从|從)$/;

/** Verbs that file a figure under a year ("filed … under 2024", "listed … under 2025"). */
const FILED_BEFORE = /\b(?:files?|filed|filing|lists?|listed|logs?|logged|books?|booked|records?|recorded|puts?|put|counts?|counted)\b/i;

const LABEL_YEAR_AFTER = /^\s?:\s*[~≈$€£¥]?\d/;
/** Before a label's year, a month, an event or a base dates no figure: "July 2023:", "launched 2022:", "up from 2024:". */
const NOT_LABEL_YEAR_BEFORE: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'launched', 'released', 'founded', 'published', 'introduced', 'from', 'since', 'vs', 'versus', 'than', '|']);

/** "a 2027 forecast", "the 2025 estimate": a year naming what kind of figure it dates. */
const DATING_NOUN = /^\s+(?:forecasts?|projections?|estimates?|targets?|figures?|numbers?|data|outlook|guidance|predictions?|counts?|tall(?:y|ies)|totals?|headcounts?)\b/;
/** French, Spanish and Portuguese verbs that date a figure: "date de 2024", "datait de", "fecha en 2024", "data de 2024". */
const DATES_TRANSLATED: ReadonlySet<string> = new Set(['date', 'datent', 'datait', 'datée', 'daté', 'datés', 'datées', 'fecha', 'fechan', 'fechó', 'data', 'datam']);

/** "moved to 2028", "pushed back to 2028": a date a forecast was moved to. */
const MOVED = new Set(['moved', 'pushed', 'pulled', 'back', 'delayed', 'revised', 'shifted', 'postponed', 'slipped', 'brought', 'forward', 'updated', 'changed']);

/** "moved … to 2028", and "the slide dates the market of $47 billion to 2024": the year given to a figure. */
const MOVED_BEFORE = /\b(?:moved|pushed|pulled|delayed|revised|shifted|postponed|slipped|brought forward|dates|dated|dating|attributes?|attributed|assigns?|assigned|pins?|pinned)\b/i;

function kindOf(before: string[], after: string, moved: boolean, charBefore = '', namedAside = false): YearKind | undefined {
  if (/^\s+levels?\b/.test(after)) return 'since';
  // "2024년에 이미 520만", "2026年", and "2024년 대비 340%", "比2024年增长": a year with its Korean or Chinese "year",
  // dating the figure unless what follows or precedes it makes it the base of a change.
  if (CJK_YEAR.test(after)) return CJK_SINCE_AFTER.test(after) || CJK_SINCE_BEFORE.test(charBefore) ? 'since' : 'at';
  if (DATING_NOUN.test(after)) return 'at';
  // "- Hugging Face downloads 2025: 2.1 billion": a label's year, then a colon and its figure.
  if (LABEL_YEAR_AFTER.test(after) && !NOT_LABEL_YEAR_BEFORE.has(before[before.length - 1] ?? '')) return 'at';
  // "$12.4B (2025)": a year in brackets right after a figure dates it.
  if (before.length === 1 && before[0] === '(' && /^\)/.test(after)) return 'at';
  const last = before[before.length - 1];
  if ((last === 'to' || last === 'until') && (moved || MOVED.has(before[before.length - 2]))) return 'at';
  // "Une dépêche date de 2024 les 5,2 millions", "fecha en 2024": a translated note's verb that dates a figure.
  if ((last === 'de' || last === 'en') && DATES_TRANSLATED.has(before[before.length - 2])) return 'at';
  // "pulled forward from 2030 to 2028": where a date was moved from dates nothing.
  if (last === 'from' && moved && /^\s+to\s+(?:19|20)\d\d\b/.test(after)) return undefined;
  let i = before.length - 1;
  while (i >= 0 && QUALIFIERS.test(before[i])) i--;
  const w = before[i];
  if (w === undefined) return before.length === 0 ? 'at' : undefined;
  if (SINCE.has(w) || ((w === 'to' || w === 'with') && before[i - 1] === 'compared')) return 'since';
  // ("fondée dès 2016", "publié dès 2023": after a participle, "dès" dates the event.)
  if (w === 'dès' && /(?:é|ée|és|ées|ible|ibles)$/.test(before[i - 1] ?? '')) return undefined;
  // "Hugging Face, founded in 2016, now hosts 250,000 models": the year after a name's founding, in an aside, dates that event.
  if (AT.has(w) && FOUNDING_PARTICIPLE.has(before[i - 1] ?? '') && namedAside) return undefined;
  if (AT.has(w)) return 'at';
  // Italian "attribuisce gli stessi 12,4 miliardi al 2025": "al", but not a citation's "et al. 2023".
  if (w === 'al' && before[i - 1] !== 'et') return 'at';
  return undefined;
}

/**
 * Participles of an entity's founding or release ("founded in", "released in", "fondée en"), read only in an aside
 * after a name: "the count, released in 2024" and "figure … was released in 2024" date the figure.
 */
const FOUNDING_PARTICIPLE: ReadonlySet<string> = new Set(['founded', 'established', 'incorporated', 'formed', 'released', 'launched', 'introduced', 'unveiled', 'debuted', 'fondée', 'fondé', 'fundada', 'fundado', 'fondata', 'fondato', 'lancé', 'lancée', 'publicado', 'lanzado']);
/** A name (perhaps with its version), then a comma or a bracket, then a participle and its preposition: "Hugging Face, founded in", "Llama 2 (released in". */
const NAMED_ASIDE = /\p{Lu}[\p{L}\p{N}.&-]*(?:\s\d[\d.]*[A-Za-z]?)?\s*[,(]\s*\p{L}+\s+\p{L}+\s*$/u;

function wordsBefore(sentence: string, index: number, n: number): string[] {
  const head = sentence.slice(Math.max(0, index - 40), index);
  // "$12.4B (2025)", "5.2M (2026)", "$47 billion (2025)"; not "Llama 2 70B (2023)", a model's name and its year.
  if (/(?:[\d%]|[$€£¥][\d.,]+\s?(?:[KMBT]|bn|mn)|\d[KMT]|\d\s(?:thousand|million|billion|trillion))\s*\($/u.test(head)) return ['('];
  const words = head.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (/[,;:)]\s*$/.test(head)) return ['|'];
  return words.slice(-n);
}

const CITATION_CLOSE = new RegExp(`^[a-z]?(?:\\s*[,:;]\\s*${LOCATOR})?\\)`, 'iu');

/** "(Gartner, 2025)", "(McKinsey 2026)": a year closing a parenthesis with a name is a citation's. */
function insideCitation(text: string, start: number, end: number): boolean {
  const close = text.slice(end, end + 24).search(CITATION_CLOSE);
  if (close < 0) return false;
  const window = text.slice(Math.max(0, start - 80), start);
  const open = window.lastIndexOf('(');
  return open >= 0 && /\p{Lu}/u.test(window.slice(open));
}
