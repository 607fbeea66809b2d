import { CJK, TRANSLATED, inCjk } from './translations';
import { scanWord, scanned, wordShape, type WordShape } from '../text/words';
/**
 * Subject terms: the content words of a sentence or a record, lower-cased,
 * stemmed and folded to one word per meaning, so "companies cut dev costs" and
 * "enterprises reduce development costs" share their terms.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under than then that this these those ' +
    'is are was were be been being am has have had having do does did will would can could may might must shall should ' +
    'it its it\'s they them their there here we our us you your he she his her i me my mine not no yes as so such ' +
    'about around roughly approximately nearly almost some more most less least many much very just only also still now ' +
    'down out off again further once per each every all any both few other same own too what which who whom whose ' +
    'when where why how if while because until since during before after above below between through against among ' +
    'according reported reports report says said say notes noted finds found find shows showed show claims claimed ' +
    'one two three four five six seven eight nine ten hundred thousand million billion trillion bn mn percent cent pct ' +
    'alone already yet even like via across within upon whether etc ie eg vs versus lot lots several'
  ).split(' '),
);

/**
 * Words folded to one term before stemming. A `Map`, so a word from a note such as
 * "constructor" or "__proto__" finds nothing rather than an inherited property.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  firms: 'enterprise', firm: 'enterprise', companies: 'enterprise', company: 'enterprise', organizations: 'enterprise',
  organisations: 'enterprise', organization: 'enterprise', organisation: 'enterprise', businesses: 'enterprise',
  business: 'enterprise', enterprises: 'enterprise', corporations: 'enterprise',
  cut: 'reduce', cuts: 'reduce', cutting: 'reduce', slash: 'reduce', slashes: 'reduce', lower: 'reduce', lowers: 'reduce',
  reduction: 'reduce', reductions: 'reduce', reduces: 'reduce', reduced: 'reduce', reducing: 'reduce',
  saves: 'save', saving: 'save', savings: 'save', saved: 'save',
  dev: 'develop developer', development: 'develop', developing: 'develop', hf: 'hugging face', yoy: 'annual grow',
  devs: 'developer', developers: 'developer', engineers: 'engineer', programmers: 'developer', coders: 'developer',
  pay: 'salary', salaries: 'salary', wage: 'salary', wages: 'salary', compensation: 'salary', earn: 'salary', earns: 'salary', paid: 'salary',
  listings: 'posting', listing: 'posting', openings: 'posting', vacancies: 'posting', ads: 'posting', postings: 'posting',
  jobs: 'job', roles: 'job', hiring: 'job',
  prod: 'production',
  downloaded: 'download', downloads: 'download', downloading: 'download', installs: 'download', pulls: 'download',
  repos: 'repository', repo: 'repository', repositories: 'repository',
  raised: 'fund', raise: 'fund', raising: 'fund', raises: 'fund', funding: 'fund', financing: 'fund', funded: 'fund',
  investment: 'invest', investments: 'invest', invested: 'invest', investing: 'invest', vc: 'invest', capital: 'invest',
  compute: 'compute', computational: 'compute', computing: 'compute', gpu: 'compute', gpus: 'compute', resources: 'compute',
  faster: 'fast', quicker: 'fast', speed: 'fast', speedup: 'fast', quickly: 'fast', respond: 'response', responds: 'response', responses: 'response',
  accurate: 'accuracy',
  params: 'parameter', parameters: 'parameter',
  llms: 'llm', 'large-language': 'llm',
  price: 'cost', prices: 'cost', priced: 'cost', pricing: 'cost', charge: 'cost', charges: 'cost', charged: 'cost',
  costs: 'cost', costing: 'cost', spend: 'cost', spending: 'cost', spent: 'cost', bill: 'cost',
  trained: 'train', training: 'train', trains: 'train',
  users: 'user', mau: 'user', maus: 'user',
  hosts: 'host', hosted: 'host', hosting: 'host', hub: 'host',
  grew: 'grow', growth: 'grow', grown: 'grow', growing: 'grow', increase: 'grow', increased: 'grow', rose: 'grow', rise: 'grow',
  jumped: 'grow', jump: 'grow', jumps: 'grow', surge: 'grow', surges: 'grow', surged: 'grow', leap: 'grow', rises: 'grow', climbed: 'grow', up: 'grow',
  forecast: 'forecast', forecasts: 'forecast', predicts: 'forecast', predicted: 'forecast', expects: 'forecast', projected: 'forecast',
  projects: 'forecast', projection: 'forecast', expected: 'forecast', outlook: 'forecast',
  weights: 'weight', checkpoint: 'weight', checkpoints: 'weight',
  contributions: 'contribution', contributors: 'contribution', commits: 'contribution', prs: 'contribution',
  annual: 'annual', annually: 'annual', yearly: 'annual', 'a-year': 'annual',
  adoption: 'adopt', adopting: 'adopt', adopted: 'adopt', adopt: 'adopt', use: 'adopt', uses: 'adopt', using: 'adopt', used: 'adopt',
  run: 'adopt', runs: 'adopt', running: 'adopt', deploy: 'adopt', deploys: 'adopt', deployed: 'adopt',
}));

const IRREGULAR_STEMS: ReadonlyMap<string, string> = new Map(Object.entries({ data: 'data', news: 'news', series: 'series', analysis: 'analysis', gsm8k: 'gsm8k', sourcing: 'sourcing', outsourcing: 'outsourcing' }));

export function stem(word: string): string {
  let w = word;
  const irregular = IRREGULAR_STEMS.get(w);
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 7 && w.endsWith('ment')) w = w.slice(0, -4);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  return n > 2 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1]) ? w.slice(0, -1) : w;
}

/** A term's word: a letter or number, then letters, numbers, "'" and "’" (`/[\p{L}\p{N}][\p{L}\p{N}'’]*\/gu`). */
const TERM_WORD: WordShape = wordShape("'\u2019", false);

const memo = new Map<string, string>();

const ELIDED = /^(?:d|l|qu|n|s|c|j)['’](?=\p{L}{2})/u;

/** The terms of one word ("" for a stopword or a bare number); an abbreviation may stand for several ("HF"). */
export function termOf(word: string): string {
  let term = memo.get(word);
  if (term === undefined) {
    term = computeTerm(word);
    // Notes reuse a small vocabulary; the bound only guards against pathological input.
    if (memo.size > 50_000) memo.clear();
    memo.set(word, term);
  }
  return term;
}

function computeTerm(word: string): string {
  // "企業の73", "オープンソースAIモデルを本番環境で": a run with no spaces, read for the words it holds.
  if (CJK.test(word)) return inCjk(word).map(computeTerm).filter(Boolean).join(' ');
  // "d'IA", "l'entreprise": a French elided article is no part of the word.
  // ("İşletmelerin": a Turkish dotted capital lowers to "i" and a combining dot, which no glossary word has.)
  const lower = word.toLowerCase().replace(/\u0307/g, '').replace(ELIDED, '').replace(/['’]s$/, '').replace(/['’]/g, '');
  if (!lower || STOPWORDS.has(lower) || /^\d[\d.,]*$/.test(lower)) return '';
  // "empresas", "Entwickler": a translated note's subject words read as the English ones records use.
  const english = TRANSLATED.get(lower) ?? lower;
  const folded = SYNONYMS.get(english) ?? english;
  if (STOPWORDS.has(folded)) return '';
  return folded.includes(' ') ? folded.split(' ').map(stem).join(' ') : stem(folded);
}

/** Terms in order, `at[i]` the offset of the word `terms[i]` comes from (two arrays: no pair allocated per word). */
export interface PlacedTerms {
  terms: string[];
  at: number[];
}

/** The terms of a text in order, with the text offset (plus `shift`) of each word. Hyphenated words give each part. */
export function termsWithOffsets(text: string, shift = 0): PlacedTerms {
  const terms: string[] = [];
  const at: number[] = [];
  let previous = -1;
  for (let start = scanWord(text, 0, text.length, TERM_WORD); start >= 0; start = scanWord(text, scanned.end, text.length, TERM_WORD)) {
    const t = termOf(text.slice(start, scanned.end));
    const before = previous;
    previous = start;
    if (!t || (t === SOURCE && !openBefore(text, before, start))) continue;
    if (t.includes(' ')) {
      for (const part of t.split(' ')) {
        terms.push(part);
        at.push(start + shift);
      }
    } else {
      terms.push(t);
      at.push(start + shift);
    }
  }
  return { terms, at };
}

const SOURCE = termOf('source');

/**
 * "open source", "closed source": "source" is a term only after them. Alone it is where a figure comes
 * from ("no source given in the pack", "Source: Gartner"), which would agree with "open-source" records.
 */
function openBefore(text: string, before: number, at: number): boolean {
  return before >= 0 && /^(?:open|closed)[\s-]*$/i.test(text.slice(before, at));
}

/** The terms of a text in order (as `termsWithOffsets`, without the offsets it need not build). */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  let previous = -1;
  for (let at = scanWord(text, 0, text.length, TERM_WORD); at >= 0; at = scanWord(text, scanned.end, text.length, TERM_WORD)) {
    const t = termOf(text.slice(at, scanned.end));
    const before = previous;
    previous = at;
    if (!t || (t === SOURCE && !openBefore(text, before, at))) continue;
    if (t.includes(' ')) for (const part of t.split(' ')) out.push(part);
    else out.push(t);
  }
  return out;
}
