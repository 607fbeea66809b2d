import { BENCHMARKS, GENERIC_CAPITALS, NAME_ALIASES, MEASURE_NOUNS, REPORTING_WORDS, SOURCE_NAMES, benchmarkKey } from './vocabulary';
import { BULLETS } from './sentences';
import { scanWord, scanned, wordShape, type WordShape } from '../text/words';
import { MODEL_FAMILIES, NOT_NAMES, SCALE_WORDS } from '../detect/lexicon';
import { TRANSLATED } from './translations';

/**
 * A name in prose: a run of capitalised or numbered words ("Llama 2 70B", "GPT-4o",
 * "Hugging Face", "DeepSeek-V3"), as lower-case parts split at hyphens and at a
 * word's switch from letters to a version ("Qwen2.5" → qwen, 2.5; "LLaMA-2" → llama, 2).
 */
export interface Name {
  start: number;
  end: number;
  parts: string[];
  /** Named as who reports a figure ("according to Gartner", "IDC expects"), not whose it is. */
  reporter: boolean;
  /** Written with a possessive ("Meta's"): the maker or holder of what the next words name. */
  possessive?: boolean;
}

/** What may follow a name as part of it: "2", "3.1", "4o", "70B", "1.5B" — not a score such as "67.5". */
const VERSION = /^(?:\d(?:\.\d{1,2})?[a-z]{0,2}|\d{1,2}[a-z]{1,2}|\d{1,4}(?:\.\d)?[bmkt])$/i;

/** A name's token: a letter or number, then letters, numbers, ".", "'", "’" and "-" (`/[\p{L}\p{N}][\p{L}\p{N}.'’-]*\/gu`). */
const TOKEN_WORD: WordShape = wordShape(".'\u2019-", false, true);

/**
 * The names in `text[from, to)`. In prose (`prose` true) a capitalised word opening a
 * sentence counts only if it is unusual in form or starts a longer name; in a
 * record's subject every capitalised word counts.
 */
export function namesIn(text: string, from: number, to: number, prose = true): Name[] {
  const out: Name[] = [];
  // "[LOWER THIRD: HUGGING FACE: 5.2 MILLION ACTIVE DEVELOPERS]": in capitals throughout, a capital marks no name.
  if (shouting(text, Math.max(0, from - SHOUT_REACH), Math.min(text.length, to + SHOUT_REACH))) return out;
  let run: { start: number; end: number; parts: string[] } | undefined;
  const flush = (possessive = false): void => {
    if (run && run.parts.some((p) => /\p{L}/u.test(p)) && !isLocator(run.parts) && !(run.parts.length === 1 && INSTITUTION_WORDS.has(run.parts[0].toLowerCase()))) {
      // "HF" is Hugging Face wherever it stands, as `nameTokens` reads it.
      const parts = run.parts.length === 1 ? NAME_ALIASES.get(run.parts[0]) ?? run.parts : run.parts;
      const name: Name = { start: run.start, end: run.end, parts, reporter: isReporter(text, run.start, run.end) };
      if (possessive) name.possessive = true;
      out.push(name);
    }
    run = undefined;
  };
  let lastEnd = from;
  for (let at = scanWord(text, from, to, TOKEN_WORD); at >= 0; at = scanWord(text, lastEnd, to, TOKEN_WORD)) {
    // Most words are plain lower case, never part of a name (nor a version, which starts with a digit): not looked up.
    const lowerModel = prose && plainLowerCase(text, at, scanned.end) && lowerCaseModel(text, at, scanned.end);
    if (!lowerModel && plainLowerCase(text, at, scanned.end)) {
      lastEnd = scanned.end;
      flush();
      continue;
    }
    const token = tokenOf(text.slice(at, scanned.end));
    const word = token.word;
    if (run && !adjacent(text, lastEnd, at)) flush();
    lastEnd = scanned.end;
    const capital = lowerModel || (token.form !== 'plain' && isNameWord(token, text, at, from, prose, run !== undefined));
    const version = run !== undefined && token.version;
    if (!capital && !version) {
      flush();
      continue;
    }
    // A run's parts grow as it goes: the remembered ones are copied.
    const parts = token.parts.slice();
    // A benchmark is a name of its own ("MMLU Llama 2 70B" is MMLU, then Llama 2 70B).
    if (capital && token.benchmark) {
      flush();
      run = { start: at, end: at + word.length, parts };
      flush();
      continue;
    }
    if (!run) run = { start: at, end: at + word.length, parts };
    else {
      run.end = at + word.length;
      run.parts.push(...parts);
    }
    // "Meta's Llama 2" is two names, the maker and its model.
    if (token.possessive) flush(true);
  }
  flush();
  return out;
}

/**
 * "llama 3 70B", "llama3.1", "qwen2.5-72b", "gpt-4": a model written in lower case, as chats and forums write it, is
 * still a name where its version stands on it or right after it ("llama is cute" names none).
 */
function lowerCaseModel(text: string, from: number, to: number): boolean {
  const m = LOWER_MODEL.exec(text.slice(from, to));
  if (!m || !(MODEL_FAMILIES.has(m[1]) || m[1] === 'gpt')) return false;
  if (m[2]) return true;
  const next = /^[ \u00a0](\d[\w.]*)/.exec(text.slice(to, to + 8));
  return next !== null && VERSION.test(next[1]);
}

const LOWER_MODEL = /^([a-z]+)(-?\d[\w.-]*)?$/;

/** An institution's common noun, capitalised alone as official prose writes it ("her Department", "the Committee"): nobody's name. */
// (And a chamber's forms of address: "the noble Lord", "my hon. Friend", "the hon. Gentleman".)
const INSTITUTION_WORDS = new Set('department committee ministry government parliament council board agency secretary minister house member chair court tribunal lord lady baroness baron earl viscount friend gentleman'.split(' '));

/** Words that, with a number, point at a place in a room or a document ("Case 4", "Room 3", "Table 2"), not at anyone. */
const LOCATOR_WORDS = new Set(
  'case room hall gallery booth bay floor plinth panel cabinet shelf exhibit table figure fig page slide step phase item appendix section chapter box tab sheet row column line week day gate lane stage level tier round slot'.split(' '),
);

/** "Case 4", "Room 3": a locator word and its number. */
function isLocator(parts: readonly string[]): boolean {
  return parts.length === 2 && LOCATOR_WORDS.has(parts[0].toLowerCase()) && /^\d{1,3}[a-z]?$/i.test(parts[1]);
}

/** A word of ASCII lower case (and marks) alone, such as "models" or "company's": its form is plain. */
function plainLowerCase(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  if (first < 97 || first > 122) return false;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Do two words stand side by side, at most one space (or no-break space) between them? */
function adjacent(text: string, end: number, next: number): boolean {
  if (next === end) return true;
  if (next !== end + 1) return false;
  const c = text.charCodeAt(end);
  return c === 32 || c === 0xa0;
}

/** Notes reuse a small vocabulary: what a token reads as is worked out once (the bound guards against pathological input). */
const MEMO_BOUND = 50_000;
const tokenParts = new Map<string, readonly string[]>();

/**
 * What a word's form alone says of it as a name (the rest depends on where it stands):
 * "plain", never a name word (neither capitalised nor camel-cased, or a generic or
 * measure word); "name", written as a name is whatever stands before it ("GPT",
 * "iPhone", "Llama2"); "capitalised" only ("Mistral", "About"), a name unless it
 * opens a sentence in prose.
 */
type Form = 'plain' | 'name' | 'capitalised';

/** What `namesIn` reads of a token that depends on the token alone. */
interface Token {
  /** `bareWord(token)` */
  word: string;
  form: Form;
  /** The word read as a version after a name ("2", "70B"). */
  version: boolean;
  /** A benchmark's name ("MMLU"). */
  benchmark: boolean;
  /** Ends in "'s". */
  possessive: boolean;
  parts: readonly string[];
  lower: string;
}

const tokens = new Map<string, Token>();

/** A token as `namesIn` reads it, remembered. */
function tokenOf(text: string): Token {
  let token = tokens.get(text);
  if (token === undefined) {
    const word = bareWord(text);
    const lower = word.toLowerCase();
    let form: Form = 'plain';
    // (A German note capitalises its nouns: "73 % der Unternehmen", "der Markt" name no one.)
    if (/^\p{Lu}|^[a-z]+\p{Lu}/u.test(word) && !(GENERIC_CAPITALS.has(lower) || MEASURE_NOUNS.has(lower) || GENERIC_CAPITALS.has(lower.replace(/\d.*$/, '')) || translatedNoun(lower))) {
      form = /^\p{Lu}[\p{Ll}'’]*$/u.test(word) ? 'capitalised' : 'name';
    }
    token = { word, form, version: VERSION.test(word), benchmark: BENCHMARKS.has(benchmarkKey(word)), possessive: /['’]s$/.test(text), parts: nameParts(word), lower };
    if (tokens.size > MEMO_BOUND) tokens.clear();
    tokens.set(text, token);
  }
  return token;
}

/**
 * A translated note's common noun, capitalised as German writes its nouns: "Unternehmen", "Markt", and a compound
 * of such words and "Open-Source" ("Open-Source-KI-Modell", "KI-Werkzeuge"), which names no one.
 */
function translatedNoun(lower: string): boolean {
  if (TRANSLATED.has(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.some((p) => TRANSLATED.has(p)) && parts.every((p) => TRANSLATED.has(p) || GENERIC_CAPITALS.has(p) || MEASURE_NOUNS.has(p) || COMPOUND_WORDS.has(p));
}

/** Words a translated compound joins to its nouns: "Open-Source-KI-Modell". */
const COMPOUND_WORDS: ReadonlySet<string> = new Set(['open', 'source', 'ki', 'ai', 'ia', 'llm', 'llms', 'api', 'basierte', 'basierten', 'basiert', 'start', 'ups']);

/** A lower-case word, a hyphen, then a word: "faster-whisper", not "llama-2-70b" or "Meta-Llama". */
const DERIVED_PROJECT = /^\p{Ll}{2,}-\p{L}/u;

/** A token's name parts as `nameTokens` gives them (a short form by its full name's parts), remembered. */
function partsOfToken(token: string): readonly string[] {
  let parts = tokenParts.get(token);
  if (parts === undefined) {
    const bare = bareWord(token, false);
    // "faster-whisper", "tiny-llama": a word glued before a model's name makes another project's name.
    const own = DERIVED_PROJECT.test(bare) ? [bare.toLowerCase()] : nameParts(bare);
    parts = own.length === 1 ? NAME_ALIASES.get(own[0]) ?? cjkName(own[0]) ?? own : own;
    if (tokenParts.size > MEMO_BOUND) tokenParts.clear();
    tokenParts.set(token, parts);
  }
  return parts;
}

/**
 * "허깅페이스에는", "라마", "メタの": a name written in Hangul, Katakana or Chinese characters, with whatever
 * particle follows it, as the parts of its Latin name; "AI는", "2는" (a Latin name or version before a particle) as "ai", "2".
 */
function cjkName(token: string): readonly string[] | undefined {
  const c = token.charCodeAt(0);
  if (c >= 0x1100) {
    for (let n = Math.min(token.length, LONGEST_CJK_NAME); n >= 2; n--) {
      const parts = CJK_NAMES.get(token.slice(0, n));
      if (parts) return parts;
    }
    return undefined;
  }
  // ("AI는", "GPT-4의", "2는": a Latin name or a version before a Korean particle.)
  const latin = /^([a-z0-9][a-z0-9.+-]*)[\u1100-\u11ff\uac00-\ud7af]+$/.exec(token);
  return latin ? nameParts(latin[1]) : undefined;
}

/** Names as Korean, Japanese and Chinese notes write them, in their Latin names' parts. */
const CJK_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    'hugging face: 허깅페이스 ハギングフェイス 抱抱脸 | meta: 메타 メタ | llama: 라마 ラマ | code: 코드 | whisper: 위스퍼 ウィスパー | ' +
    'mistral: 미스트랄 ミストラル | together: 투게더 | forrester: 포레스터 フォレスター | gartner: 가트너 ガートナー 高德纳 | ' +
    'mckinsey: 맥킨지 マッキンゼー 麦肯锡 | microsoft: 마이크로소프트 マイクロソフト 微软 | google: 구글 グーグル 谷歌 | github: 깃허브 | ' +
    'anthropic: 앤트로픽 アンソロピック | wizardmath: 위자드매스 | nvidia: 엔비디아 エヌビディア 英伟达 | openai: 오픈ai 오픈에이아이'
  )
    .split(' | ')
    .flatMap((entry) => {
      const [latin, written] = entry.split(': ');
      return written.split(' ').map((w): [string, readonly string[]] => [w, latin.split(' ')]);
    }),
);
const LONGEST_CJK_NAME = Math.max(...[...CJK_NAMES.keys()].map((w) => w.length));

/**
 * A token without trailing punctuation or possessive; unless `keepSuffix`, also
 * without lower-case hyphenated suffixes ("API-based", "Qwen-powered": how, not who).
 */
function bareWord(token: string, dropSuffix = true): string {
  let end = token.length;
  while (end > 0 && ".'’-".includes(token[end - 1])) end--;
  let word = token.slice(0, end);
  if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
  // "Hugging Face'te", "Meta'nın", "GPT-4'ün": Turkish sets a name's case ending off with an apostrophe.
  else {
    const ending = CASE_ENDING.exec(word);
    if (ending && /^[\p{Lu}\p{N}]/u.test(word)) word = word.slice(0, ending.index);
  }
  if (!dropSuffix) return word;
  const parts = word.split('-');
  while (parts.length > 1 && /^\p{Ll}+$/u.test(parts[parts.length - 1])) parts.pop();
  return parts.join('-');
}

/** An apostrophe and a short lower-case ending after a name ("'te", "'nın", "'ün"). */
const CASE_ENDING = /['’]\p{Ll}{1,5}$/u;

/** Common English words writers put in capitals to stress or mark a line ("CHECK", "TODO", "NOT"): never names. */
// (Not short words a company may be called by: "TK", "ASK", "SEE", "FLAG".)
const EMPHASIS_CAPS: ReadonlySet<string> = new Set(['CHECK', 'TODO', 'FIXME', 'NOTE', 'TBD', 'VERIFY', 'CONFIRM', 'WRONG', 'BUT', 'NOT', 'ONLY', 'NEVER', 'ALWAYS', 'DRAFT', 'IMPORTANT', 'WARNING', 'UPDATED', 'VS', 'DONE', 'STILL', 'SAME']);

/** Does a word start or continue a name? Opening words pass only when their form is unusual ("GPT", "iPhone", "Llama2"). */
function isNameWord(token: Token, text: string, at: number, from: number, prose: boolean, continues: boolean): boolean {
  if (token.form === 'plain') return false;
  const { word, lower } = token;
  // "← CHECK vs source", "TODO: verify", "BUT Halden-specific": a common word in capitals stresses or marks, it names no one.
  if (!token.possessive && EMPHASIS_CAPS.has(word)) return false;
  // "$87 Billion", "5.2 Million developers": a figure's scale word in title case is part of the figure, no name.
  if (SCALE_WORDS[lower] !== undefined && AFTER_DIGIT.test(text.slice(Math.max(0, at - 2), at))) return false;
  // ("laut dem Bericht", "73 Prozent", "5,2 Millionen Entwicklerinnen": a German noun after an article or a figure names no one.)
  if (prose && !continues && token.form === 'capitalised' && germanNoun(text, at, lower, word.length)) return false;
  // ("für Open-Source-KI-Tools", "mit KI-Produkten": a German compound on "KI" or "Open-Source" is a noun, no name.)
  if (prose && GERMAN_COMPOUND.test(word) && germanText(text)) return false;
  // ("Genauer: Über 73 Prozent …", "rund 47 Milliarden": a German hedge before a figure, capitalised mid-sentence after a colon.)
  if (GERMAN_HEDGES.has(lower) && /^[ \u00a0]\d/.test(text.slice(at + word.length, at + word.length + 2))) return false;
  if (!prose || continues || token.form === 'name' || !opensSentence(text, at, from)) return true;
  // "… a hobby site.\" Over 2.1 billion downloads": a word that opens a figure is no name before it.
  if (NOT_NAMES.has(lower)) return false;
  // "Nordhaven's replies now go out 3.2x faster": an opening word that owns what follows is a name, unless a common one ("Today's").
  // (At a sentence's true opening: a span read from a clause's middle may start inside a name, "Code |Llama's 45 million".)
  if (token.possessive && lower.length >= 3 && !NOT_OWNERS.has(lower) && !COMMON_POSSESSORS.has(lower) && !COMMON_ENDING.test(lower) && opensSentence(text, at, 0)) return true;
  // "… are not Chinchilla's 70 billion": a span read from a clause's middle, after a plain lower-case word, starts with no name cut in two.
  if (token.possessive && lower.length >= 3 && !NOT_OWNERS.has(lower) && !COMMON_POSSESSORS.has(lower) && !COMMON_ENDING.test(lower) && AFTER_PLAIN_WORD.test(text.slice(Math.max(0, at - 24), at))) return true;
  // "Qwen downloads on Hugging Face …": a model family's name opening a sentence is that family's.
  if (MODEL_FAMILIES.has(lower) && opensSentence(text, at, 0)) return true;
  // "Hugging Face hosts…", "Mistral 7B's page…": an opening word followed by a capital or a version starts a name
  // ("About 61%" does not).
  const next = /^(?:['’]s)?[ \u00a0]([\p{L}\p{N}.]+)(.?)/u.exec(text.slice(at + word.length, at + word.length + 18));
  if (next === null) return false;
  // "Harbourline now saves $2.3 million": an adverb may stand between the subject and its verb.
  const verb = TIME_ADVERBS.has(next[1]) ? /^[ \u00a0]([\p{L}]+)/u.exec(text.slice(at + word.length + 1 + next[1].length, at + word.length + 32))?.[1] ?? '' : next[1];
  return /^\p{Lu}/u.test(next[1]) || (VERSION.test(next[1]) && !/[%×x$]/.test(next[2])) || subjectOfOwningVerb(lower, verb);
}

/**
 * In a German sentence a capitalised word after an article, a determiner or a figure is a common noun ("der Bericht",
 * "ein Vorsprung", "73 Prozent"), unless a known name, or one that goes on with a capital or a version ("die Hugging Face
 * Plattform", "das Llama 2").
 */
function germanNoun(text: string, at: number, lower: string, length: number): boolean {
  if (!germanText(text) || MODEL_FAMILIES.has(lower) || SOURCE_NAMES.has(lower) || GERMAN_PLACES.has(lower) || NAME_ALIASES.has(text.slice(at, at + length))) return false;
  // (A capitalised determiner opens a sentence, whose next word may well be a name: "Die Telekom spart …".)
  const before = text.slice(Math.max(0, at - 40), at);
  // ("… so viel Risikokapital floss", "Stellenanzeigen, die …": a word with a German noun's ending is one wherever it stands.)
  if (GERMAN_NOUN_ENDING.test(lower) && !/\d/.test(lower)) return true;
  // ("2,3 Mio. US-Dollar pro Jahr", "für Training und Inferenz": nouns a German note uses everywhere, after any word.)
  if (GERMAN_COMMON_NOUNS.has(lower)) return true;
  if (!GERMAN_DETERMINER_BEFORE.test(before) && !GERMAN_LINK_BEFORE.test(before)) return false;
  // ("Alternativen 2,3 Millionen": a German decimal after the noun is a figure, no version of a name.)
  const next = /^[ \u00a0]([\p{L}\p{N}.]+)(,\d)?/u.exec(text.slice(at + length, at + length + 16));
  return !(next && (/^\p{Lu}/u.test(next[1]) || (VERSION.test(next[1]) && !next[2])));
}

/** Is a text German: two of its function words at least ("der", "und", "nicht", "für")? Read once per text. */
function germanText(text: string): boolean {
  let known = germanTexts.get(text);
  if (known === undefined) {
    let count = 0;
    // (Most texts hold no "ü", "ä", "ö" or "ß" and none of " und ", " der ", " ist ": they are not read word by word.)
    if (GERMAN_HINT.test(text)) for (GERMAN_FUNCTION_WORD.lastIndex = 0; count < 2 && GERMAN_FUNCTION_WORD.exec(text); ) count++;
    known = count >= 2;
    if (germanTexts.size > MEMO_BOUND) germanTexts.clear();
    germanTexts.set(text, known);
  }
  return known;
}

const germanTexts = new Map<string, boolean>();
const GERMAN_COMPOUND = /^(?:Open-Source|Closed-Source|KI|API|IT|GPU|LLM|Cloud)-\p{Lu}|-KI-\p{Lu}/u;
/** Endings only German common nouns have ("Finanzierung", "Risikokapital", "Plattform", "Stellenanzeigen"). */
const GERMAN_NOUN_ENDING = /(?:ungen|ung|keit|heit|schaft|kapital|struktur|leistung|markt|tionen|plattform|anzeigen|erfahrung|prämie|entwickler|entwicklerinnen|unternehmen|umsatz|kosten|zugang|endpunkt|projekte|modelle|rechenleistung|gespräche|gesprächen)$/;
const GERMAN_COMMON_NOUNS: ReadonlySet<string> = new Set(
  ('jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen quartal bericht berichte studie studien umfrage prognose anteil wachstum ' +
    'inferenz training latenz modell token tokens nutzer kunden anbieter daten zahl zahlen schätzung schätzungen branche betrieb betriebe firmen ' +
    'dienste dienst stunde stunden anfrage anfragen abfrage abfragen preis preise budget mittelstand vorteil beispiel fall').split(' '),
);
/** Places a German sentence writes after an article ("in der Schweiz", "in den USA"): names, whose figures are theirs. */
const GERMAN_PLACES: ReadonlySet<string> = new Set(['schweiz', 'türkei', 'usa', 'niederlanden', 'niederlande', 'slowakei', 'ukraine', 'eu', 'tschechei', 'mongolei', 'bretagne']);
const GERMAN_HINT = /[äöüß]| (?:und|ist|nicht|für|mit|auf|sich|wird|sind|auch|dass) |\d (?:Prozent|Millionen|Milliarden|Mrd\.|Mio\.)/i;

const GERMAN_DETERMINER_BEFORE = /(?:^|[\s(„"])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|kein|keine|keinen|unser|unsere|unseren|unserem|unserer|ihr|ihre|ihren|sein|seine|seinen|diese|dieser|diesen|dieses|jede|jeder|jedes|\d[\d.,]*|Millionen|Milliarden|Mrd\.|Mio\.)\s+(?:[a-zäöüß][\p{L}-]*\s+){0,2}$/u;
/** A preposition or conjunction, then an adjective or two: "auf offene Alternativen", "und spezialisierte Branchenmodelle" ("von Meta" may name). */
const GERMAN_LINK_BEFORE = /(?:^|[\s(„"])(?:auf|mit|für|von|durch|gegen|ohne|um|aus|zu|nach|über|unter|vor|bei|und|oder|sowie)\s+(?:[a-zäöüß][\p{L}-]*\s+){1,2}$/u;
const GERMAN_HEDGES: ReadonlySet<string> = new Set(['über', 'rund', 'etwa', 'fast', 'knapp', 'gut', 'mehr', 'bis', 'nahezu', 'ca', 'circa', 'zirka', 'mindestens', 'höchstens', 'unter']);
// (And the scale words a German figure takes, capitalised as nouns: "73 Prozent", "47 Mrd. US-Dollar".)
const GERMAN_FUNCTION_WORD = /(?<![\p{L}])(?:und|nicht|mit|für|von|ist|sich|auf|wird|werden|sind|auch|nach|bei|über|gegenüber|oder|noch|nur|dass|aber|laut|sowie|sogar|ein|eine|einem|einer|eines|zum|zur|vom|beim|rund|etwa|mindestens|zwischen|jedoch|bereits|wurde|wurden|haben|Prozent|Millionen|Milliarden|Mrd\.|Mio\.)(?![\p{L}])/gu;

/** A digit, and maybe one space, just before a word. */
const AFTER_DIGIT = /\d[ \u00a0]?$/;

/** A plain lower-case word and one space just before a word: what comes next starts no sentence, and is no later part of a name. */
const AFTER_PLAIN_WORD = /(?:^|[^\p{L}\p{N}])[a-z]+ $/u;

/** Verbs whose subject owns the figure after them ("Quillon hosts 250,000 adapters", "Acme raised $12M"). */
const OWNING_VERBS = new Set(
  'hosts hosted raised raises reported counts counted serves served scored scores reached earned earns employs employed closed ships shipped sold sells logged booked trained released announced saves saved pays paid spends spent leads led holds held controls commands captures captured generates generated posted posts'.split(' '),
);

/** Adverbs that may stand between an opening name and its verb. */
const TIME_ADVERBS = new Set(['now', 'already', 'also', 'still', 'reportedly', 'recently', 'currently', 'just']);

/** Opening words that are no one's name, though a verb may follow them. */
const NOT_OWNERS = new Set(
  'it its this that these those there here they we he she one each every everyone someone nobody most many some all both few several none another either neither such what which who whoever overall meanwhile similarly likewise instead still yet also then later earlier last next first second third finally adoption usage revenue traffic demand interest funding investment spending supply capacity momentum share growth'.split(' '),
);

/** Common nouns that open a sentence owning something ("Today's", "Everyone's", "The market's"). */
const COMMON_POSSESSORS = new Set(
  (
    'today yesterday tomorrow everyone everybody someone somebody nobody anyone industry market company team article report world year month week country nation government sector vendor customer user author writer paper study survey model platform city state firm group board ' +
    'defendant plaintiff claimant respondent applicant appellant client reader editor expert analyst manager director chair president minister department ministry council committee agency office bank fund school university hospital court panel'
  ).split(' '),
);

/** Endings of common nouns and adverbs ("Adoption", "Spending", "Management", "Usage", "Quickly"). */
const COMMON_ENDING = /(?:tion|sion|ing|ment|ness|ity|ance|ence|age|ship|ure|ics|ism|ogy|ly|ers|ies|ue)$/;

function subjectOfOwningVerb(lower: string, following: string): boolean {
  return lower.length >= 3 && OWNING_VERBS.has(following) && !NOT_OWNERS.has(lower) && !COMMON_ENDING.test(lower) && !(lower.endsWith('s') && !lower.endsWith('ss'));
}

/** What ends a sentence or an item before a word: a stop, a colon, a table's bar, a typed bullet. */
const STOP = new RegExp(`[.!?:;|${BULLETS}\u3002\uff01\uff1f]`);
const WORD_OR_STOP = new RegExp(`[\\p{L}\\p{N}.!?:;|${BULLETS}\u3002\uff01\uff1f]`, 'u');

function opensSentence(text: string, at: number, from: number): boolean {
  let i = at - 1;
  // Spaces, emphasis, brackets, quotes, bullets and emoji may stand between a sentence's start and its first word.
  while (i >= from && !WORD_OR_STOP.test(text[i])) {
    // A line of its own (a hard break; a row's headers joined line by line) opens as a sentence does.
    if (text[i] === '\n') return true;
    // An emoji before the word closes what came before ("… contributions 🙃 Check your sources").
    if (i > from && /\p{Extended_Pictographic}/u.test(text.slice(i - 1, i + 1))) return true;
    // "SAN FRANCISCO, April 8 (Newswire) - Nearly three quarters…": a dateline's spaced dash opens the story.
    if ((text[i] === '-' || text[i] === '\u2013') && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
    i--;
  }
  // "**09:31** Small thing, but…": a time stamp opens an entry of a live blog or a log.
  if (i >= from && /\d/.test(text[i]) && /(?:^|\s|\*|_)\d{1,2}:\d{2}$/.test(text.slice(Math.max(0, i - 6), i + 1))) return true;
  // "6.3 Finally, it quotes…": the number of a numbered paragraph opens it.
  if (i >= 0 && /\d/.test(text[i]) && paragraphNumberEndsAt(text, i)) return true;
  return i < from || STOP.test(text[i]);
}

/** Whether `text[…, i]` is a paragraph's number ("6.3", "12.", "§ 4.1") at the start of a line. */
function paragraphNumberEndsAt(text: string, i: number): boolean {
  let j = i + 1;
  while (j > 0 && i + 1 - j < 12 && /[\d.]/.test(text[j - 1])) j--;
  if (!/^\d{1,3}(?:\.\d{1,3})*\.?$/.test(text.slice(j, i + 1))) return false;
  let k = j;
  while (k > 0 && /[ \t>*_§]/.test(text[k - 1])) k--;
  return k === 0 || text[k - 1] === '\n';
}

function nameParts(word: string): string[] {
  const out: string[] = [];
  for (const piece of word.toLowerCase().split('-')) {
    const m = /^([a-z]{2,})(\d[\d.]*[a-z]{0,2})$/.exec(piece);
    if (m) out.push(m[1], m[2]);
    else if (piece) out.push(piece);
  }
  return out;
}

/** "according to X", "per X", "X says/finds/expects…", "X's 2026 report": X reports the figure. */
function isReporter(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  if (/(?:according to|\bper|\bby|\bfrom)\s+(?:the\s+)?$/.test(before)) return true;
  // "One supplier told the Steering Group that…": who is told hears the figure; it is not theirs.
  if (/\b(?:told|tells|telling|informed|informs|assured|assures|briefed|briefs|reminded|reminds)\s+(?:the\s+)?$/.test(before)) return true;
  // An Obsidian quote callout's title names who is quoted ("> [!quote] Priya, in standup").
  if (/\[!(?:quote|cite)\][+-]?\s*$/.test(before)) return true;
  const after = text.slice(end, end + 40).toLowerCase();
  // "CIM p. 14 sizes the market at…", "Deck slide 3 says…": a document, cited at a place in it, reports.
  if (/^,?\s*(?:p\.|pp\.|page|slide|§|table|tab\.|fig\.?|figure)\s*\d/.test(after)) return true;
  // "Respondent's Exhibit 9 quotes a Gartner forecast": a party's exhibit, which reports what it quotes.
  if (PARTYS_DOCUMENT.test(after)) return true;
  // "…, says Gartner." reports; in "the deck says Fernhill cut costs" Fernhill is whose the figure is.
  // (A name read only in part, where a span ends inside it, goes on to its end: "said Marisol| Ortega, CEO".)
  if (/(?:\bsays|\bsaid|\bcites?|\bquotes|\bquoted|\bquoting)\s+(?:the\s+)?$/.test(before)) return /^(?:['’]s\b|\s*(?:[.,;:)!?]|$|in\b|on\b))/.test(text.slice(end, end + 80).replace(REST_OF_NAME, '').toLowerCase());
  // "Vendor B also says…", "IDC now expects…": an adverb may stand before the reporting verb.
  // "Defendant's expert, Mr. Lund, presents …": a comma may close an appositive before the verb.
  const m = /^(?:['’]s)?,?\s*(?:\d{4}\s+)?(?:(?:also|now|still|further|separately|likewise|previously|recently|already|too)\s+)?([a-z]+)(?:\s+(?:that\s+)?([a-z]+))?/.exec(after);
  const next = m?.[1];
  // "Fernhill says its platform cuts costs by 80%": a speaker about its own is whose the figure is.
  if (next !== undefined && REPORTING_WORDS.has(next) && m?.[2] !== undefined && /^(?:its|their|our)$/.test(m[2])) return false;
  // "Whisper quoted at 45 million", "Mistral valued at $6 billion": a passive verb before "at" gives the name's figure; nobody reports.
  if (next !== undefined && m?.[2] === 'at' && /ed$/.test(next)) return false;
  return next !== undefined && (REPORTING_WORDS.has(next) || SOURCE_NAMES.has(next));
}

const PARTYS_DOCUMENT = /^['’]s\s+(?:exhibit|ex\.|appendix|annex|schedule|brief|filing|memo|deck)\s*[\w.-]{0,6}\s+(?:says|said|quotes|quoted|cites|cited|shows|showed|states|stated|reports|reported)\b/;

/** Capitalised words going on from where a name was cut off. */
const REST_OF_NAME = /^(?:[ \u00a0]\p{Lu}[\p{L}'’-]{0,40}){1,4}/u;

/** Is this name a benchmark ("HumanEval", "MMLU-Pro")? */
export function isBenchmark(name: Name): boolean {
  return BENCHMARKS.has(benchmarkKey(name.parts.join('')));
}

/** Is this name an analyst, publisher or institute? */
export function isKnownSource(name: Name): boolean {
  return name.parts.some((p) => SOURCE_NAMES.has(p));
}

/**
 * Does a note's name refer to the record's? Equal, or the note's names a variant
 * of it ("Llama 2 70B" for "Llama 2"); "Llama 3" and "GPT-4o" are other models.
 */
export function sameName(noteName: string[], recordName: string[]): boolean {
  if (noteName.length < recordName.length) return false;
  for (let i = 0; i < recordName.length; i++) if (noteName[i] !== recordName[i]) return false;
  return true;
}

/**
 * "NWC" for NWCast, "HH" for Hollow Hill: a name written in capitals that is the
 * start of a one-word name or the initials of a longer one, the way notes shorten
 * a source they cite again and again.
 */
export function abbreviates(text: string, noteName: Name, recordName: string[]): boolean {
  if (noteName.parts.length !== 1) return false;
  const written = text.slice(noteName.start, noteName.end);
  if (written.length < 2 || written !== written.toUpperCase() || written === written.toLowerCase()) return false;
  const short = noteName.parts[0];
  if (recordName.length === 1) return short.length >= 3 && recordName[0].length > short.length && recordName[0].startsWith(short);
  return recordName.length === short.length && recordName.every((part, i) => part[0] === short[i]);
}

/** The bare family a name shares with another ("Llama" of "Llama 2" and "Llama 3"): a partial mention. */
export function sameFamily(noteName: string[], recordName: string[]): boolean {
  return noteName.length > 0 && recordName.length > 0 && noteName[0] === recordName[0];
}

/**
 * The last few spans `nameTokens` read: weighing one figure against a record asks
 * for the same spans once per name of the record, and the local span twice.
 */
const RECENT = 8;
const recentTexts: string[] = [];
const recentSpans: number[] = [];
const recentTokens: Array<readonly string[]> = [];
let recentNext = 0;

/** Every word of `text[from, to)` as name parts, whatever its case; "|" where punctuation parts two words. */
export function nameTokens(text: string, from: number, to: number): readonly string[] {
  for (let k = 0; k < recentTexts.length; k++) {
    if (recentSpans[2 * k] === from && recentSpans[2 * k + 1] === to && recentTexts[k] === text) return recentTokens[k];
  }
  const out = readNameTokens(text, from, to);
  recentTexts[recentNext] = text;
  recentSpans[2 * recentNext] = from;
  recentSpans[2 * recentNext + 1] = to;
  recentTokens[recentNext] = out;
  recentNext = (recentNext + 1) % RECENT;
  return out;
}

function readNameTokens(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let lastEnd = Math.max(0, from);
  for (let at = scanWord(text, lastEnd, to, TOKEN_WORD); at >= 0; at = scanWord(text, lastEnd, to, TOKEN_WORD)) {
    if (!adjacent(text, lastEnd, at)) out.push('|');
    lastEnd = scanned.end;
    for (const part of partsOfToken(text.slice(at, scanned.end))) out.push(part);
  }
  return out;
}

/** How far around a span its capitals are read (a short span, "5.2 MILLION ACTIVE DEVELOPERS", says too little alone). */
const SHOUT_REACH = 30;

/** How many letters `shouting` reads: enough to tell a caption in capitals from a sentence with a few acronyms. */
const SHOUT_SAMPLE = 24;

/** Is `text[from, to)` written in capitals throughout (its first letters, at least a sample's worth)? */
function shouting(text: string, from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to && letters < SHOUT_SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = String.fromCharCode(c);
      if (ch.toLowerCase() === ch && ch.toUpperCase() !== ch) return false;
    }
  }
  return letters >= SHOUT_SAMPLE || (letters >= 8 && !hasLowerAfter(text, from, to));
}

function hasLowerAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
