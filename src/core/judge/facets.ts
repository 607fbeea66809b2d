import { MEASURE_NOUNS, wordGroups } from './vocabulary';
import { termOf } from './terms';
import { CJK, TRANSLATED, inCjk } from './translations';
import { scanWord, scanned, wordShape, type WordShape } from '../text/words';

/**
 * What kind of quantity a word says a figure is: a market's size, funding, spend, a
 * saving, growth, a speed-up… Two figures of different kinds are different statistics.
 */
export const MEASURE_KINDS: ReadonlyMap<string, string> = wordGroups(
  (
    'market:market,markets,tam,opportunity,industry,sector revenue:revenue,revenues,sales,arr,income,earnings,bookings ' +
    'funding:funding,raised,raise,raises,raising,round,investment,investments,invested,vc,vcs,venture,financing,backed,funded,poured ' +
    'valuation:valuation,valued ' +
    'cost:cost,costs,costing,bill,spend,spent,spending,budget,budgets,capex,outlay,outlays,price,prices,priced,pricing,charges,charged,charge,fee,fees,cheaper,cheapest,costlier,pricier ' +
    'compute:compute,computational,computation energy:energy,electricity,emissions,carbon ' +
    'savings:save,saves,saved,savings,saving share:share growth:growth,grew,grow,grows,growing,increase,increased,increases,rose,rise,rises,jump,jumps,jumped,surge,surges,surged,leap,climbed,doubled,tripled ' +
    'reduction:reduce,reduces,reduced,reduction,cut,cuts,lower,lowers,less,fewer,decrease,decreased,drop,dropped,fell ' +
    'speed:faster,speed,speeds,latency,quicker,speedup,speed-up,throughput accuracy:accuracy,accurate,pass@1,quality ' +
    'salary:salary,salaries,premium,premiums,pay,paid,earn,earns,compensation'
  ),
);

/** Words after "round" that make it the verb of rounding a figure. */
const ROUNDING = new Set(['to', 'up', 'down', 'off', 'it', 'that']);

/** Kinds of quantity that measure a change of something, never a share of a group. */
export const CHANGES: ReadonlySet<string> = new Set(['reduction', 'growth', 'savings', 'speed']);

/** A facet's word: a letter, number or "@", then those, "'", "’" and "-" (`/[\p{L}\p{N}@][\p{L}\p{N}@'’-]*\/gu`). */
const FACET_WORD: WordShape = wordShape("'\u2019-", true);

/** The lower-case words of `text[from, to)`, with their offsets. */
export function wordsIn(text: string, from: number, to: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (let at = scanWord(text, from, to, FACET_WORD); at >= 0; at = scanWord(text, scanned.end, to, FACET_WORD)) out.push([wordAt(text, at, scanned.end), at]);
  return out;
}

/** Where the words `wordsIn` finds in `text[from, to)` start and end, in pairs: no word is made until one is asked for (`wordAt`). */
export function wordSpans(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let at = scanWord(text, from, to, FACET_WORD); at >= 0; at = scanWord(text, scanned.end, to, FACET_WORD)) out.push(at, scanned.end);
  return out;
}

/** The word `text[start, end)` as `wordsIn` gives it: in lower case, without an "'s". */
export function wordAt(text: string, start: number, end: number): string {
  const lower = text.slice(start, end).toLowerCase();
  const w = lower.includes('\u0307') ? lower.replace(/\u0307/g, '') : lower;
  return w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
}

/** The measure kinds named in `text[from, to)`. */
export function kindsIn(text: string, from: number, to: number): Set<string> {
  const kinds = new Set<string>();
  const words = wordsIn(text, from, to);
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0];
    // "which I'd round to about $50 billion": rounding a figure is no funding round.
    if (w === 'round' && i + 1 < words.length && ROUNDING.has(words[i + 1][0])) continue;
    // "still pay for at least one closed API": paying for a thing is no salary.
    if ((w === 'pay' || w === 'paid') && i + 1 < words.length && words[i + 1][0] === 'for') continue;
    // ("Koszt jednostkowy", "los costes", "開発コストを…削減": a translated note names a kind in its own words.)
    const kind = MEASURE_KINDS.get(w) ?? MEASURE_KINDS.get(TRANSLATED.get(w) ?? '');
    if (kind) kinds.add(kind);
    else if (w.charCodeAt(0) >= 0x1100 && CJK.test(w)) {
      for (const english of inCjk(w)) {
        const cjkKind = MEASURE_KINDS.get(english);
        if (cjkKind) kinds.add(cjkKind);
      }
    }
  }
  return kinds;
}

/** Words between a figure and the noun it counts ("250,000 open-source models"). */
const COUNT_GAP = 3;

/**
 * The thing a count counts: the first counted noun right after the figure ("45
 * million downloads"), or for "45 million times" the verb before it ("downloaded").
 */
export function countedAfter(text: string, end: number, limit = text.length): string | undefined {
  const after = wordsIn(text, end, Math.min(limit, end + 60));
  for (let i = 0; i < Math.min(after.length, COUNT_GAP + 1); i++) {
    const [w, at] = after[i];
    if (/[.,;:!?()·•|]/.test(text.slice(i === 0 ? end : after[i - 1][1], at))) break;
    if (w === 'times') return /download|install|pull/i.test(text.slice(Math.max(0, end - 60), end)) ? 'download' : undefined;
    // ("5,2 millones de usuarios", "250.000 modelli": a translated note's counted noun, read in English.)
    const id = MEASURE_NOUNS.get(w) ?? countedTranslated(w);
    if (!id) continue;
    // "2.1 billion model downloads", "262,418 model repos": the last noun of a compound is what is counted.
    const next = after[i + 1];
    const head = next && /^\s+$/.test(text.slice(at + w.length, next[1])) ? MEASURE_NOUNS.get(next[0]) : undefined;
    return head ?? id;
  }
  return undefined;
}

/** Where the words between a figure and the noun it counts end ("130,000+ Qwen-based derivative models"). */
export function countedEnd(text: string, end: number, limit = text.length): number {
  const after = wordsIn(text, end, Math.min(limit, end + 60));
  for (let i = 0; i < Math.min(after.length, COUNT_GAP + 1); i++) if (MEASURE_NOUNS.has(after[i][0]) || countedTranslated(after[i][0])) return after[i][1];
  return end;
}

/** A counted noun of a translated note, as its English word counts it ("usuarios" → "user"). */
function countedTranslated(word: string): string | undefined {
  const english = TRANSLATED.get(word);
  return english === undefined ? undefined : MEASURE_NOUNS.get(english);
}

/** Words that qualify nothing about who is counted ("of all", "of the global"). */
const SHARE_FILLER = new Set(['the', 'all', 'global', 'total', 'worldwide', 'its', 'their', 'those', 'these', 'that', 'this', 'our', 'my', 'ai',
  // A translated share's articles ("73 % de las empresas", "80 % des entreprises", "73 % der Unternehmen").
  'el', 'la', 'las', 'los', 'les', 'le', 'der', 'die', 'den', 'os', 'as', 'il', 'lo', 'gli', 'i', 'het', 'ia', 'ki', 'de', 'du', 'di', 'da', 'do']);

/** A share's population: the terms after "73% of" ("enterprises", "the platform team"); undefined when the figure is no share of anything. */
export function populationAfter(text: string, end: number, limit = text.length): string[] | undefined {
  // "近80%的开发者", "73%の企業": Chinese and Japanese write the population after "的" or "の", unspaced.
  if (text[end] === '的' || text[end] === 'の') return cjkPopulation(text.slice(end + 1, Math.min(limit, end + 15)));
  // "80%의 개발자가": Korean writes its population after "의" and a space.
  if (text[end] === '의' && text[end + 1] === ' ') return cjkPopulation(text.slice(end + 2, Math.min(limit, end + 10)));
  // ("近八成开发者": tenths, 成, take their population with no "的".)
  if (text[end - 1] === '成' && CJK.test(text[end] ?? '')) return cjkPopulation(text.slice(end, Math.min(limit, end + 8)));
  // (In a translated note: "des", "de las", "der", "dos", "degli", "van de".)
  const m = /^\s*(?:of|among|des|del|de|der|dos|das|dei|degli|delle|della|van(?:\s+de)?)\s+/i.exec(text.slice(end, Math.min(limit, end + 12)));
  if (!m) return undefined;
  const words = wordsIn(text, end + m[0].length, Math.min(limit, end + m[0].length + 60));
  // "40% of global total": a share of something, though of nothing named.
  const out: string[] = words.length && SHARE_FILLER.has(words[0][0]) && !words.slice(0, 4).some(([w]) => !SHARE_FILLER.has(w) && termOf(w)) ? ['total'] : [];
  let last = end + m[0].length;
  for (const [w, at] of words.slice(0, 4)) {
    if (/[.,;:!?()·•|]/.test(text.slice(last, at))) break;
    last = at + w.length;
    if (SHARE_FILLER.has(w)) continue;
    const t = termOf(w);
    if (!t) {
      // "16% of enterprise and 27% of startup deployments": both shares are of the head named last.
      const shared = /^\s+[\d.,]+\s?%\s+of\s+/i.exec(text.slice(last, Math.min(limit, last + 24)));
      if (shared && (w === 'and' || w === 'or')) {
        const head = wordsIn(text, last + shared[0].length, Math.min(limit, last + shared[0].length + 40)).slice(0, 3);
        const noun = [...head].reverse().find(([h]) => MEASURE_NOUNS.has(h)) ?? head[head.length - 1];
        if (noun) return [...out, SHARED_HEAD, ...termOf(noun[0]).split(' ')];
      }
      break;
    }
    out.push(...t.split(' '));
  }
  return out.length ? out : undefined;
}

/** "개발자의 80%가", "開発者の80%": Korean and Japanese may name the population before the share, with "의" or "の". */
export function populationBefore(text: string, start: number): string[] | undefined {
  const before = text.slice(Math.max(0, start - 12), start);
  const m = /([\p{Script=Hangul}]+)의 ?$|([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]+?)の$/u.exec(before);
  if (!m) return undefined;
  const terms = termOf(m[1] ?? m[2]);
  return terms ? terms.split(' ') : undefined;
}

/** The terms of the first words the glossary knows in an unspaced run after "的" (up to a stop or a non-CJK character). */
function cjkPopulation(after: string): string[] | undefined {
  // The noun phrase runs to its verb ("的开发者使用…", "的企业AI工作负载将…"); the glossary's terms in it, its head last.
  // (Korean: the word, without its particle, "개발자가" → 개발자.)
  const run = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]+?(?=使用|采用|將|将|在|已|正|是|都|会|會|可|把|表示|认为|認為|が|は|を|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]|$)/u.exec(after)?.[0] ?? /^[\p{Script=Hangul}]+?(?=(?:이|가|은|는|을|를|의|들)?(?:\s|$))/u.exec(after)?.[0];
  const terms = run ? termOf(run).split(' ').filter(Boolean) : [];
  // ("340%的增长", "81.6%の精度", "23%的薪资溢价": what follows may be what is measured; only a group of members is a population.)
  return terms.length && POPULATION_HEADS.has(terms[terms.length - 1]) ? terms : undefined;
}

/** The heads of the groups a share may be of, as terms. */
const POPULATION_HEADS: ReadonlySet<string> = new Set(
  'enterprises developers companies organizations organisations users engineers respondents teams workloads startups firms businesses customers'.split(' ').map((w) => termOf(w)),
);

/** Marks, in a population, that the terms after it name the head every share of a coordination counts. */
export const SHARED_HEAD = '&';

/** "$10 billion per model", "$2.3M a year": what a figure is per, when the words right after it say. */
export function perAfter(text: string, end: number, limit = text.length): string | undefined {
  const m = /^\s*(?:per|a|an|each|every)\s+([a-z]+)(?:[ -]([a-z]+))?/i.exec(text.slice(end, Math.min(limit, end + 32)));
  if (!m) return undefined;
  // "per frontier model", "per active user": the word a qualifier stands before is what the figure is per.
  const head = m[2] ? perTerm(m[2]) : '';
  if (head && PER_HEADS.has(head)) return head;
  const t = perTerm(m[1]);
  return t || undefined;
}

/** A training run makes one model: "$10 billion per training run" is per model. (As a term, "run" is adoption: "run open models".) */
function perTerm(word: string): string {
  return /^runs?$/i.test(word) ? termOf('model') : termOf(word);
}

/** What a figure is commonly per, when a qualifier stands before it. */
const PER_HEADS: ReadonlySet<string> = new Set(['model', 'year', 'month', 'week', 'day', 'hour', 'user', 'seat', 'token', 'query', 'request', 'employee', 'developer', 'customer', 'project'].map((w) => termOf(w)));
