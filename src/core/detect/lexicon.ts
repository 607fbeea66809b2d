/** Word lists the detector and judge share. All keys are lower case. */

/**
 * A table looked up by words from a note: without a prototype, so "constructor" or
 * "__proto__" finds nothing rather than an inherited property.
 */
function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  quadrillion: 1e15,
  // German, as translated briefings keep them: "12,4 Mrd.", "5,2 Mio.", "Milliarden".
  mrd: 1e9,
  // Italian and Polish shorten "miliardi" so: "12,4 mld di dollari"; Polish shortens millions and thousands too: "2,3 mln", "250 tys.".
  mld: 1e9,
  tys: 1e3,
  mio: 1e6,
  milliarden: 1e9,
  milliarde: 1e9,
  millionen: 1e6,
  // French: "47 milliards de dollars", "5,2 millions de développeurs".
  milliard: 1e9,
  milliards: 1e9,
  millions: 1e6,
  // Spanish: "2,3 millones", "47.000 millones de dólares" (a thousand millions; "mil millones" is read as a phrase).
  millones: 1e6,
  'millón': 1e6,
  // Italian: "47 miliardi di dollari", "2,3 milioni".
  miliardi: 1e9,
  miliardo: 1e9,
  milioni: 1e6,
  milione: 1e6,
  // Portuguese: "US$ 47 bilhões", "5,2 milhões".
  'bilhões': 1e9,
  'bilhão': 1e9,
  'milhões': 1e6,
  'milhão': 1e6,
  // Indonesian: "US$47 miliar", "5,2 juta", "250 ribu", "Rp790 triliun".
  miliar: 1e9,
  juta: 1e6,
  ribu: 1e3,
  triliun: 1e12,
  // Romanian: "23 de miliarde", "1 miliard", "2,3 milioane", "250 de mii". (Not Czech yet: its figures read without its
  // words for what they measure were matched on stray English words, "open-source" beside "47 miliard dolarů".)
  miliarde: 1e9,
  miliard: 1e9,
  milioane: 1e6,
  mii: 1e3,
  // Turkish: "47 milyar dolar", "5,2 milyon", "250 bin".
  milyar: 1e9,
  milyon: 1e6,
  bin: 1e3,
  // Swedish, Norwegian and Danish: "47 miljarder dollar", "5,2 miljoner", "2,1 milliarder", "5,2 millioner".
  miljarder: 1e9,
  miljoner: 1e6,
  miljon: 1e6,
  milliarder: 1e9,
  millioner: 1e6,
  // Dutch: "10 miljard dollar", "5,2 miljoen ontwikkelaars"; a "biljoen" is a thousand of those billions.
  miljoen: 1e6,
  miljard: 1e9,
  biljoen: 1e12,
  // Russian, in the cases a number takes: "1 триллион", "15.5 триллионов", "32 миллиардами", "5 млн".
  ...russianScale('миллион', 1e6),
  ...russianScale('миллиард', 1e9),
  ...russianScale('триллион', 1e12),
  'млн': 1e6,
  'млрд': 1e9,
  'трлн': 1e12,
});

/** A Russian scale word in the cases a number puts it in ("миллион", "миллиона", "миллионов", "миллионами"…). */
function russianScale(stem: string, factor: number): Record<string, number> {
  return Object.fromEntries(['', 'а', 'ов', 'ами', 'ах', 'е', 'у', 'ом'].map((ending) => [stem + ending, factor]));
}

/** Scale letters written straight after a figure ("250k", "5.2M", "$47B", "US$47bn"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = wordTable({
  k: 1e3,
  K: 1e3,
  M: 1e6,
  B: 1e9,
  T: 1e12,
  bn: 1e9,
  mn: 1e6,
  tn: 1e12,
});

/** Only after a currency: "$102.5m", "$2b" (elsewhere "m" is metres, "b" bits). */
export const MONEY_ONLY_SUFFIXES: Readonly<Record<string, number>> = wordTable({ m: 1e6, b: 1e9, mm: 1e6, bil: 1e9, mil: 1e6 });

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' });

/** Letters written before "$" that still mean US dollars ("US$47bn"); other dollars keep their own code. */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({ US: 'USD', U: 'USD', A: 'AUD', C: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD', R: 'BRL' });

export const CURRENCY_CODES: Readonly<Record<string, string>> = wordTable({ USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY' });

export const CURRENCY_WORDS: Readonly<Record<string, string>> = wordTable({ dollars: 'USD', dollar: 'USD', 'us-dollar': 'USD', 'us-dollars': 'USD', '€': 'EUR', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yuan: 'CNY', rmb: 'CNY', cny: 'CNY', renminbi: 'CNY', yen: 'JPY', jpy: 'JPY', rupees: 'INR', 'de dollars': 'USD', "d'euros": 'EUR', 'd’euros': 'EUR', 'de livres': 'GBP', 'de dólares': 'USD', 'dólares': 'USD', 'de euros': 'EUR', 'di dollari': 'USD', 'di euro': 'EUR', dollari: 'USD', dollaro: 'USD',
  // "47 billion USD", "47 mld USD", "35 mln EUR", "410 tys. zł": an ISO code or a currency's sign after the figure and its scale.
  usd: 'USD', eur: 'EUR', gbp: 'GBP', chf: 'CHF', pln: 'PLN', 'zł': 'PLN', 'złotych': 'PLN', 'zł.': 'PLN',
  // "280 000 kronor", "900 000 NOK" (not "kr" or "kroner", Swedish, Norwegian or Danish alike).
  kronor: 'SEK', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
  // "87 milyar dolar", "310 bin lira" (not "TL" or "TRY", English words too: "1,000 try blocks", "3 tl;dr").
  dolar: 'USD', lira: 'TRY',
  // "23 de miliarde de dolari", "2,3 milioane de lei".
  'de dolari': 'USD', dolari: 'USD', 'de lei': 'RON', lei: 'RON', ron: 'RON',
  // "12 млрд долларов", "5 млн евро", "300 млн рублей".
  'долларов': 'USD', 'доллара': 'USD', 'доллар': 'USD', 'евро': 'EUR', 'рублей': 'RUB', 'рубля': 'RUB' });

export const SIZE_UNITS: Readonly<Record<string, number>> = wordTable({
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  pb: 1e15,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
  pib: 1024 ** 5,
  kilobytes: 1e3,
  megabytes: 1e6,
  gigabytes: 1e9,
  terabytes: 1e12,
  petabytes: 1e15,
  exabytes: 1e18,
});

/**
 * What a price can be per: "$0.03 per 1,000 tokens", "$2/hour", "$6,000/month", "$10M per MW".
 * "saves $2.3M a year" (no "per" or "/") states an amount, and sources write it as one.
 */
export const RATE_NOUNS: Readonly<Record<string, string>> = wordTable({
  token: 'token',
  tokens: 'token',
  // Russian, as provider price lists write it: "$0.03/1K токенов".
  'токенов': 'token',
  // Korean: "$1.75/1M 토큰".
  '토큰': 'token',
  // French: "0,03 dollar pour 1 000 jetons".
  jeton: 'token',
  jetons: 'token',
  'токена': 'token',
  'токены': 'token',
  tok: 'token',
  hour: 'hour',
  hours: 'hour',
  // German, as self-hosting posts price things: "30€/Monat", "150€/Stunde".
  monat: 'month',
  jahr: 'year',
  stunde: 'hour',
  hr: 'hour',
  h: 'hour',
  'gpu-hour': 'gpu-hour',
  'gpu-hours': 'gpu-hour',
  user: 'user',
  seat: 'seat',
  request: 'request',
  requests: 'request',
  query: 'query',
  queries: 'query',
  call: 'call',
  calls: 'call',
  image: 'image',
  images: 'image',
  word: 'word',
  words: 'word',
  character: 'character',
  characters: 'character',
  page: 'page',
  pages: 'page',
  second: 'second',
  sec: 'second',
  minute: 'minute',
  min: 'minute',
  day: 'day',
  week: 'week',
  month: 'month',
  mo: 'month',
  year: 'year',
  yr: 'year',
  mw: 'MW',
  gw: 'GW',
  kw: 'kW',
  mwh: 'MWh',
  kwh: 'kWh',
  search: 'search',
  searches: 'search',
});

export const PERCENT_WORDS = [
  'percentage points', 'percentage point', 'per cent', 'percent', 'pct', 'pp',
  // As translated notes write them: "78 per cento", "73 Prozent", "40 por ciento", "23 pour cent", and their points.
  'prozentpunkte', 'punti percentuali', 'points de pourcentage', 'puntos porcentuales', 'pontos percentuais', 'procentpunten',
  'per cento', 'por ciento', 'por cento', 'pour cent', 'prozent', 'procent',
  // Polish: "18 proc.", "18 procent"; Indonesian "73 persen"; Romanian "73 la sută".
  'proc.', 'persen', 'la sută',
];
/** Which of PERCENT_WORDS count percentage points. */
export const POINTS_WORDS: ReadonlySet<string> = new Set(['percentage points', 'percentage point', 'prozentpunkte', 'punti percentuali', 'points de pourcentage', 'puntos porcentuales', 'pontos percentuais', 'procentpunten']);

/** "4.7 times more": "times" makes a multiplier only before a comparison. */
export const COMPARATIVES = new Set([
  'more', 'faster', 'larger', 'higher', 'greater', 'bigger', 'less', 'fewer', 'lower', 'smaller', 'cheaper',
  'slower', 'as', 'the', 'over', 'that', 'better', 'longer', 'shorter', 'quicker', 'stronger', 'likelier', 'likely',
]);

/** Words after "70B" that show it names a model size, not a count. */
export const MODEL_SIZE_NEXT = new Set(['model', 'models', 'variant', 'variants', 'version', 'versions', 'fine-tune', 'fine-tunes', 'llm', 'llms', 'vlm', 'vlms', 'slm', 'weight', 'checkpoint', 'checkpoints', 'class', 'instruct', 'chat', 'base', 'size', 'sizes', 'endpoint', 'endpoints', 'deployment', 'deployments', 'sibling', 'siblings', 'counterpart', 'counterparts', 'edition', 'editions', 'tier', 'tiers', 'release', 'releases', 'replica', 'replicas', 'load', 'flavor', 'flavors', 'flavour', 'flavours', 'quant', 'quants', 'q2', 'q3', 'q4', 'q5', 'q6', 'q8', 'gguf', 'awq', 'gptq', 'exl2']);

/** Words before a figure that are not part of a name ("about 70B", "the 70B"). */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'some', 'with', 'and', 'or', 'of',
  'to', 'by', 'from', 'at', 'in', 'on', 'for', 'than', 'just', 'only', 'more', 'less', 'up', 'another', 'approximately',
  'estimated', 'reportedly', 'exceeding', 'above', 'below', 'nearly', 'its', 'their', 'our', 'we', 'they', 'it', 'all',
  // Conjunctions and adverbs opening a sentence ("Yet Meta, Microsoft and Google …").
  'yet', 'but', 'so', 'still', 'then', 'also', 'however', 'meanwhile', 'instead',
  // The same opening a translated note's sentence ("Wer Erfahrung mit …", "Laut GitHub …", "Selon McKinsey …").
  'wer', 'was', 'wie', 'der', 'die', 'das', 'ein', 'eine', 'im', 'bei', 'laut', 'nach', 'mit', 'für', 'auch', 'und', 'über', 'seit', 'heute',
  'selon', 'les', 'des', 'une', 'según', 'los', 'las', 'una', 'secondo', 'gli', 'nel', 'segundo', 'volgens',
  // Articles and their contractions opening a Romance sentence ("No HumanEval, o Llama 2 70B obtém …", "En 2026, …"), and "No".
  'no', 'na', 'nos', 'nas', 'do', 'da', 'em', 'el', 'la', 'le', 'il', 'lo', 'del', 'della', 'al', 'au', 'aux', 'du', 'en',
]);

/**
 * Open model families, as chat logs and forum posts write them in lower case
 * ("code llama 34B", "mistral 7b"): a size right after one names a variant.
 */
/** A table column of model names, whose numbers are sizes and versions ("WizardLM-30B 1.0"). */
export const MODEL_COLUMN = /^\s*(?:models?|model names?|names?|checkpoints?|variants?)\s*$/i;

export const MODEL_FAMILIES = new Set([
  'llama', 'llama2', 'llama3', 'codellama', 'mistral', 'mixtral', 'qwen', 'qwen2', 'qwen2.5', 'gemma', 'gemma2', 'phi', 'falcon',
  'bloom', 'mpt', 'vicuna', 'deepseek', 'olmo', 'starcoder', 'starcoder2', 'wizardcoder', 'wizardlm', 'pythia', 'zephyr', 'yi',
  'nemotron', 'granite', 'dbrx', 'internlm', 'baichuan', 'chatglm', 'tinyllama', 'orca', 'alpaca', 'guanaco', 'koala',
]);

/** Words after a figure that say it counts parameters ("70 billion parameters"). */
export const PARAMETER_WORDS = new Set(['parameters', 'parameter', 'params', 'param']);

/** Words before a bare number that make it a reference, not a score. */
export const REFERENCE_WORDS = new Set([
  'figure', 'fig', 'table', 'section', 'sec', 'chapter', 'ch', 'page', 'p', 'pp', 'issue', 'eq', 'equation', 'rfc',
  'isbn', 'version', 'v', 'step', 'item', 'line', 'row', 'column', 'no', 'number', 'appendix', 'part', 'volume', 'vol',
  'q', 'h', 'fy', 'phase', 'stage', 'level', 'tier', 'top', 'rank', 'ranked', 'week', 'day', 'month', 'year', 'round',
  'python', 'cuda', 'node', 'llama', 'gpt', 'claude', 'gemini', 'mistral', 'qwen', 'phi', 'falcon', 'bloom', 'release',
  // Translated places in a ranking: "al posto 12 su MMLU", "el puesto 12 en", "posição 15 na Arena", "op plek 15 op", "Platz 3 auf", "classé 15 sur".
  'posto', 'puesto', 'posição', 'posicao', 'plek', 'plaats', 'platz', 'rang', 'classé', 'classée', 'lugar', 'posizione', 'posición',
]);

/** Benchmarks and metrics a bare score can be "on" ("67.5 on HumanEval", "29.9 pass@1"). */
export const BENCHMARK_NAMES = new Set([
  'humaneval', 'humaneval+', 'mbpp', 'mbpp+', 'evalplus', 'mmlu', 'mmlu-pro', 'mmmu', 'gsm8k', 'gsm-8k', 'math', 'math-500',
  'hellaswag', 'arc', 'arc-c', 'arc-e', 'arc-challenge', 'truthfulqa', 'winogrande', 'bbh', 'big-bench', 'bigbench',
  'gpqa', 'swe-bench', 'livecodebench', 'bigcodebench', 'mt-bench', 'arena-hard', 'alpacaeval', 'ifeval', 'agieval',
  'drop', 'squad', 'glue', 'superglue', 'boolq', 'piqa', 'siqa', 'openbookqa', 'triviaqa', 'naturalquestions', 'lambada',
  'mathvista', 'chartqa', 'docvqa', 'textvqa', 'imagenet', 'librispeech', 'helm', 'aime', 'codeforces', 'ds-1000', 'aider', 'aider-polyglot', 'c-eval', 'cmmlu', 'musr', 'mgsm', 'humaneval-x', 'multipl-e', 'cruxeval', 'simpleqa', 'tau-bench', 'alignbench',
  // Names no English word shares, as model cards' tables list them ("ANLI <br> 7-Shot", "MedQA", "CommonsenseQA").
  'anli', 'medqa', 'medmcqa', 'pubmedqa', 'mathqa', 'commonsenseqa', 'sciq', 'obqa', 'xnli', 'xcopa', 'tydiqa', 'coqa', 'quac',
  'longbench', 'infinitebench', 'zeroscrolls', 'mmbench', 'seed-bench', 'vqav2', 'ai2d', 'infovqa', 'ocrbench', 'realworldqa',
  'mathverse', 'gaokao', 'cmath', 'livebench', 'bfcl', 'toxigen', 'webarena', 'osworld', 'terminal-bench', 'mmlu-redux', 'supergpqa',
  'ceval', 'agi-eval', 'bbh-cot', 'gsm-plus', 'humaneval-plus', 'mbpp-plus', 'hellaswag-10',
  'elo', 'bleu', 'rouge', 'rouge-l', 'meteor', 'chrf', 'f1', 'wer', 'perplexity', 'pass@1', 'pass@10', 'pass@k',
]);

/** Words that make a sentence about scores without naming a benchmark. */
export const METRIC_WORDS = new Set(['benchmark', 'benchmarks', 'leaderboard', 'arena', 'eval', 'evals', 'score', 'scores', 'scored', 'scoring', 'points', 'accuracy', 'rating', 'ratings', 'kappa', 'f1', 'macro-f1', 'micro-f1', 'perplexity', 'ppl']);

/** Words before a second score in a comparison ("67.5 … against 67.0", "vs GPT-4 67.0"). */
export const COMPARISON_LEADS = new Set(['against', 'vs', 'versus', 'compared', 'to', 'with', 'and', 'from', 'than', 'while', 'of', 'at',
  // Translated: "un score de 76,5", "contre 67,0", "frente al 67,0".
  'de', 'contre', 'frente', 'al', 'gegen', 'contro', 'tegen',
  // ("liegt Llama 2 70B im HumanEval-Test bei 67,5, GPT-4 kommt auf 67,0".)
  'bei', 'auf', 'contra']);

/** Verbs and nouns right before a bare number that make it a score. */
export const SCORE_LEADS = new Set([
  'scores', 'scored', 'scoring', 'score', 'achieves', 'achieved', 'achieving', 'reaches', 'reached', 'gets', 'got',
  'hits', 'posts', 'posted', 'records', 'recorded', 'attains', 'attained', 'obtains', 'obtained', 'tops', 'topped', 'gives', 'gave', 'reports', 'reported', 'lists', 'listed', 'puts', 'shows', 'showed',
  // Translated: "obtient 67,5", "obtiene", "erreicht", "atteint", "raggiunge", "behaalt".
  'obtient', 'obtiene', 'obtém', 'ottiene', 'erreicht', 'atteint', 'alcanza', 'alcança', 'raggiunge', 'behaalt', 'haalt', 'revendique',
  // ("O Llama 2 70B marca 67,5 no HumanEval", "atinge", "logra", "consigue".)
  'marca', 'marcou', 'atinge', 'atingiu', 'logra', 'consigue', 'pontua',
  // (Past participles and tenses: "ha ottenuto 29,9 su HumanEval", "a obtenu", "obtuvo", "obteve", "erzielte", "behaalde".)
  'ottenuto', 'raggiunto', 'obtenu', 'obtuvo', 'obtenido', 'obteve', 'obtido', 'alcançou', 'alcanzó', 'erzielt', 'erzielte', 'erreichte', 'behaalde',
]);

export type HedgeKind = 'approx' | 'atLeast' | 'atMost';

/** Words before a figure that loosen it, longest first so "more than" wins over "more". */
export const HEDGES_BEFORE: Array<[string, HedgeKind]> = [
  ['an estimated', 'approx'],
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['around', 'approx'],
  ['about', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['close to', 'approx'],
  ['circa', 'approx'],
  ['approx.', 'approx'],
  ['some', 'approx'],
  ['estimated', 'approx'],
  ['more than', 'atLeast'],
  ['upwards of', 'atLeast'],
  ['north of', 'atLeast'],
  ['at least', 'atLeast'],
  ['exceeding', 'atLeast'],
  ['in excess of', 'atLeast'],
  ['over', 'atLeast'],
  ['above', 'atLeast'],
  ['passed', 'atLeast'],
  ['surpassed', 'atLeast'],
  ['topped', 'atLeast'],
  ['less than', 'atMost'],
  ['fewer than', 'atMost'],
  ['under', 'atMost'],
  ['below', 'atMost'],
  ['as much as', 'atMost'],
  ['as many as', 'atMost'],
  ['shy of', 'atMost'],
  ['something like', 'approx'],
  ['somewhere around', 'approx'],
  ['in the region of', 'approx'],
  ['on the order of', 'approx'],
  // As translated notes hedge: "environ 50 milliards", "alrededor de", "cerca de", "quase", "circa", "etwa", "zo'n", "około";
  // "plus de 73 %", "más de", "mais de", "oltre", "über", "mehr als", "meer dan", "ponad"; "moins de", "menos de", "weniger als".
  ['environ', 'approx'], ['près de', 'approx'], ['presque', 'approx'], ['alrededor de', 'approx'], ['cerca de', 'approx'], ['casi', 'approx'],
  ['aproximadamente', 'approx'], ['unos', 'approx'], ['quase', 'approx'], ['em torno de', 'approx'], ['por volta de', 'approx'], ['quasi', 'approx'],
  ['intorno a', 'approx'], ['etwa', 'approx'], ['rund', 'approx'], ['ungefähr', 'approx'], ['knapp', 'approx'], ['ongeveer', 'approx'], ["zo'n", 'approx'],
  ['zo’n', 'approx'], ['bijna', 'approx'], ['około', 'approx'], ['prawie', 'approx'], ['blisko', 'approx'],
  // (German "fast drei Viertel", "nahezu", "beinahe": almost.)
  ['fast', 'approx'], ['nahezu', 'approx'], ['beinahe', 'approx'],
  ['plus de', 'atLeast'], ['más de', 'atLeast'], ['mais de', 'atLeast'], ['oltre', 'atLeast'], ['über', 'atLeast'], ['mehr als', 'atLeast'],
  ['meer dan', 'atLeast'], ['ruim', 'atLeast'], ['ponad', 'atLeast'],
  ['moins de', 'atMost'], ['menos de', 'atMost'], ['meno di', 'atMost'], ['weniger als', 'atMost'], ['minder dan', 'atMost'], ['poniżej', 'atMost'],
  // Swedish, Norwegian and Danish: "drygt 12 miljarder", "knappt", "cirka", "ungefär", "nästan", "närmare", "drøyt", "nesten", "omtrent",
  // "næsten", "mer än", "mer enn", "mere end"; Indonesian "sekitar", "hampir", "lebih dari", "kurang dari"; Russian "около", "почти",
  // "примерно", "более", "свыше", "менее"; "circa", as Italian and English write it.
  ['drygt', 'atLeast'], ['knappt', 'atMost'], ['cirka', 'approx'], ['circa', 'approx'], ['ungefär', 'approx'], ['omkring', 'approx'], ['nästan', 'approx'],
  ['närmare', 'approx'], ['drøyt', 'atLeast'], ['nesten', 'approx'], ['omtrent', 'approx'], ['næsten', 'approx'], ['mer än', 'atLeast'], ['mer enn', 'atLeast'],
  ['mere end', 'atLeast'], ['sekitar', 'approx'], ['hampir', 'approx'], ['lebih dari', 'atLeast'], ['kurang dari', 'atMost'], ['около', 'approx'],
  ['почти', 'approx'], ['примерно', 'approx'], ['более', 'atLeast'], ['свыше', 'atLeast'], ['менее', 'atMost'],
  // Korean "약 500억 달러", "대략", "거의" (Chinese and Japanese hedges are written on to the figure: `hedgeAround`).
  ['약', 'approx'], ['대략', 'approx'], ['거의', 'approx'],
];

export const HEDGES_AFTER: Array<[string, HedgeKind]> = [
  ['or more', 'atLeast'],
  ['or so', 'approx'],
  ['plus', 'atLeast'],
];

/**
 * Words that hand a sentence's or a paragraph's figures to a source ("Forrester's study puts …",
 * "the 340% growth reported in 7.3.1", "according to"): such figures are stated, even amid a
 * worked example or an exercise.
 */
export const HANDS_TO_SOURCE = /\b(?:according to|estimates?|estimated|found|finds|reports?|reported|says|said|projects?|projected|cites?|cited)\b|\b(?:the|this|their|its|\p{Lu}\p{L}+['’]s) (?:text|article|study|survey|report)\b/iu;

/** Words after "N points" that make the points a margin over something: "24.8 points higher", "5 points behind". */
export const MARGIN_WORDS: ReadonlySet<string> = new Set(['higher', 'lower', 'more', 'less', 'ahead', 'behind', 'above', 'below']);
