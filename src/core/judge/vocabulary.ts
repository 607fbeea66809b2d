/**
 * The words the judgement reads a subject by (spec §2): what is measured and whose it
 * is. Data only; `evidence.ts` applies it. Every table is a `Set` or `Map`, so a word
 * from a note ("constructor", "__proto__") can never reach an inherited property.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

/** "id:word,word id2:word…" as word → id: word lists that read as data. */
export function wordGroups(spec: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const group of words(spec)) {
    const [id, list] = group.split(':');
    for (const w of list.split(',')) out.set(w, id);
  }
  return out;
}

/**
 * Things a count or a share counts, folded to one id per meaning. The noun a figure
 * quantifies ("250,000 models", "45 million downloads", "73% of enterprises") is
 * looked up here; two different ids mean two different statistics.
 */
export const MEASURE_NOUNS: ReadonlyMap<string, string> = wordGroups(
  (
    'model:model,models,llm,llms,checkpoint,checkpoints,variant,variants adapter:adapter,adapters,loras dataset:dataset,datasets,corpus,corpora ' +
    'download:download,downloads,installs,pulls,times space:space,spaces ' +
    'developer:developer,developers,devs,dev,programmers,coders,contributor,contributors,builders,members ' +
    'user:user,users,mau,maus,customers,subscribers,people,consumers,visitors,accounts ' +
    'parameter:parameter,parameters,params,weights token:token,tokens annotation:annotation,annotations,labels,comparisons,ratings ' +
    'enterprise:enterprise,enterprises,companies,company,firms,organizations,organisations,businesses,corporations ' +
    'startup:startup,startups employee:employee,employees,staff,headcount,workers,engineers ' +
    'repository:repository,repositories,repos,project,projects star:star,stars fork:fork,forks contribution:contribution,contributions,commits,prs ' +
    'request:request,requests,queries,calls,searches,messages,conversations,chats,prompts visit:visit,visits,views,pageviews,impressions,sessions ' +
    'gpu:gpu,gpus,chips,accelerators hour:hours,days team:team,teams deal:deal,deals deployment:deployment,deployments ' +
    'initiative:initiative,initiatives,pilots,projects workload:workload,workloads job:job,jobs,postings,listings,openings,roles ' +
    'country:country,countries paper:paper,papers,publications citation:citations app:app,apps,applications ' +
    'sample:sample,samples,examples,documents,images,pages,files,lines launch:launches,releases'
  ),
);

/** Benchmarks, by the key `benchmarkKey` makes of their names: a score's "what is measured". */
export const BENCHMARKS: ReadonlySet<string> = new Set(
  words(
    'mmlu mmlupro humaneval humanevalplus mbpp gsm8k math hellaswag arc arcc arce truthfulqa winogrande bbh bigbench ' +
      'gpqa aime swebench swebenchverified livecodebench drop agieval ceval cmmlu mtbench alpacaeval arena chatbotarena ' +
      'ifeval musr piqa siqa boolq naturalquestions triviaqa squad lambada openbookqa commonsenseqa mgsm ds1000 ' +
      'codeforces apps multiple humanevalx cruxeval mathvista mmmu docvqa chartqa textvqa ai2d ' +
      'medqa pubmedqa medmcqa usmle legalbench finqa socialiqa socialqa xnli hotpotqa quac coqa race mathqa theoremqa',
  ),
);

/** "HumanEval", "GSM-8K", "SWE-bench Verified" → "humaneval", "gsm8k", "swebench". */
export function benchmarkKey(word: string): string {
  return word.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Analysts, publishers and institutes: named as a figure's source, never its owner. */
export const SOURCE_NAMES: ReadonlySet<string> = new Set(
  words(
    'gartner idc mckinsey forrester deloitte pwc accenture bcg bain kpmg ey statista cbinsights pitchbook crunchbase ' +
      'menlo sequoia a16z andreessen epoch stanford mit hai nwcast reuters bloomberg techcrunch verge wired axios linkedin twitter reddit ' +
      'semianalysis morgan goldman jpmorgan ubs citi idc grandview marketsandmarkets precedence fortune business insider ' +
      'report study survey index analysis research whitepaper post blog article paper deck slide thread tweet newsletter memo piece',
  ),
);

/** Of `SOURCE_NAMES`, the firms that measure and forecast markets themselves: a figure credited to one is its own. */
export const RESEARCH_FIRMS: ReadonlySet<string> = new Set(
  words('gartner idc mckinsey forrester deloitte pwc accenture bcg bain kpmg statista cbinsights pitchbook crunchbase menlo sequoia a16z andreessen semianalysis grandview marketsandmarkets'),
);

/** Capitalised words that name nothing in particular (headings, sentence openers, shorthand). */
export const GENERIC_CAPITALS: ReadonlySet<string> = new Set(
  words(
    'ai ia ki api apis llm llms gpu gpus cpu oss foss rtx gtx fwiw imo imho btw afaik iirc tbh fig figs eq sec vol pp option options answer question step us usa uk eu ceo cto cio cfo vp vc vcs ml nlp rag saas b2b b2c q1 q2 q3 q4 h1 h2 fy yoy tam sam som kpi kpis okr okrs sla slo faq ' +
      // (A German fraction's noun: "drei Viertel", "zwei Drittel", "die Hälfte".)
      'viertel drittel hälfte ' +
      // (Words that open a sentence or clause: "Because I've seen 60 percent quoted …".)
      'because although though while whereas since unless until when whenever where however therefore thus meanwhile moreover also so yet still then ' +
      'the a an in on at by for of to and or but if as it its this that these those our we i my you your their they i\'ve i\'m i\'d i\'ll i’ve i’m i’d ' +
      'he she his her new open source opensource closed enterprise enterprises today now note notes update tldr key ' +
      'one two three four five six seven eight nine ten another each every some most many all both several few ' +
      'january february march april may june july august september october november december ' +
      'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday ' +
      'figure table section page chapter appendix clause clauses annex exhibit paragraph para article source sources year years total average median mean ' +
      'model models dataset datasets downloads download developers users parameters size cost costs price market ' +
      'training inference benchmark benchmarks score scores accuracy performance latency speed funding revenue ' +
      'growth share rank name type license notes link links released release date status context params ' +
      'gb mb tb kb pb gib mib gbps mbps tflops pflops petaflops flops ms hz ghz mhz usd eur gbp rmb cny jpy bn mn tok am pm utc gmt mrd mio us-dollar dollar dollars euro euros',
  ),
);

/** The writer's own organisation, team, pilot or survey: never an article's population (spec §2). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(words('we our ours ourselves my mine i weve ive im'));

/** What "our" or "my" owns when a figure is the writer's: a team, a pilot, a survey, a budget… (not "my draft"). */
export const OWNED_NOUNS: ReadonlySet<string> = new Set(
  words(
    'own pilot pilots harness setup setups rig machine laptop homelab environment disk disks drive ssd server servers node nodes rate rates team teams survey surveys company org organization organisation cluster clusters users customers clients ' +
      'developers engineers staff employees budget budgets spend spending costs bill bills deployment deployments benchmark ' +
      'benchmarks test tests eval evals evaluation measurement measurements experiment experiments run runs fine-tune finetune ' +
      'infrastructure servers gpus fleet startup firm lab group department product products app apps service services platform ' +
      'stack finance platform-team load traffic workloads usage data numbers figures revenue sales savings internal side ' +
      'endpoint endpoints model models api apis system systems tool tools hardware chips agents agent solution solutions offering ' +
      'offerings business org-wide cloud servers inference training pipeline snapshot snapshots scrape crawl logs dump export sample bench workstation ' +
      'path paths instance instances node nodes install responses requests queries calls latency latencies mirror mirrors registry ' +
      'copy copies checkpoint checkpoints quant quants repository repositories repo repos ' +
      'band bands salaries salary pay payroll compensation offers contract contracts deal deals invoice invoices agreement agreements account accounts tier pricing ' +
      'home connection network server desktop box rewrite rewrites migration migrations rollout rollouts prototype prototypes ' +
      'customer portfolio postings testing trial trials vendor vendors supplier suppliers contractor contractors annotators labellers labelers',
  ),
);

/** What "we" or "I" do when a figure is the writer's own: measure it, run it, spend it… (not "a deck we were sent"). */
export const OWNING_VERBS: ReadonlySet<string> = new Set(
  words(
    'measured measure ran run running surveyed survey save saved saving spend spent pay paid serve served host hosted deploy ' +
      'deployed trained train fine-tuned built grew estimate estimated observed benchmarked tested hit reached processed counted ' +
      'recorded tracked logged handle handled cut reduced achieved scored sell sold earn earned raised hired employ',
  ),
);
/** "her developers", "his team": a person's own, when next to the figure. */
export const THIRD_PERSON_OWN: ReadonlySet<string> = new Set(words('her his'));

/** Verbs and phrases that name who reports a figure, not whose it is. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(
  words(
    'says say said reports reported report finds found find estimates estimated estimate expects expected predicts predicted ' +
      'forecasts forecast projects projected notes noted claims claimed argues writes wrote puts put shows showed counts counted ' +
      'according per via cites cited quoted puts added adds queried asked asks mentioned warned explained stated confirmed recalled observed pointed suggested ' +
      // "Laut GitHub", "selon McKinsey", "según Gartner", "secondo IDC", "volgens Forrester": translated notes' "according to".
      'laut selon según secondo segundo volgens ' +
      'presents presented characterizes characterized characterises characterised describes described ' +
      // "Amodei's line that…", "the CEO's remark": what a person said, not what they own.
      'line lines remark remarks quote comment comments words statement claim told tells figure figures ' +
      // "CEO Ana Ruiz repeated that…": saying it again is saying it.
      'repeated repeats reiterated reiterates insisted insists maintained maintains stressed stresses conceded concedes admitted admits acknowledged acknowledges',
  ),
);

/** Words that only point back at a figure said before ("for the same comparison", "as well"). */
export const ANAPHORA = /\b(?:the same|likewise|as well|too|(?:that|this)\s+(?:figure|number|premium|estimate|forecast|share|growth|rate|price|saving|savings|count|total|speed-?up|multiple)|the article|the report|the source|the piece)\b/i;

/** "put the figure at 37%", "the number is 73%" (not "the figure for 2025"): a figure said before, when its clause names no one else. */
export const DEFINITE_FIGURE = /\bthe\s+(?:figure|number|statistic|stat)\b(?!\s+(?:for|of|on|in|from)\b)/i;

/** "that $87 billion", "that same 85%": a demonstrative pointing back at a figure said before. */
export const POINTING_AT_FIGURE = /\b[Tt]h(?:at|is)\s+(?:same\s+)?[$€£]?\d/;

/** Words a denial may stand before a figure with ("not even 73%", "never over $1 billion"). */
export const DENIAL_FILLER: ReadonlySet<string> = new Set(words('over about around nearly almost quite even exactly just only yet the a an require requires required need needs cost costs reach reached'));

/** "not 73%", "don't require $100M", "never $1 billion": the writer denies the figure. */
export function deniedBefore(before: string): boolean {
  const list = before.toLowerCase().match(/[a-z’']+/g) ?? [];
  let i = list.length - 1;
  while (i >= 0 && DENIAL_FILLER.has(list[i]) && list.length - i <= 3) i--;
  const w = list[i];
  return w === 'not' || w === 'never' || (w !== undefined && (w.endsWith("n't") || w.endsWith('n’t')));
}

/** After a figure: the part that does not ("27% do not"). */
// (Not the figure itself set aside: "up to 80% is not used: it describes buyer savings", "$47B is not comparable".)
export const NEGATION_AFTER = /^\s*(?:do|does|did|are|is|were|was|have|has)\s*(?:not|n['’]t)\b(?!\s+(?:used|cited|included|counted|comparable|relevant|reliable|verified|sourced|confirmed|applicable|part|a|an|the|my|our|their|what)\b)/i;

/** Short forms writers use for a name, as its parts. */
export const NAME_ALIASES: ReadonlyMap<string, string[]> = new Map([
  ['hf', ['hugging', 'face']],
  ['huggingface', ['hugging', 'face']],
  ['codellama', ['code', 'llama']],
  ['gpt4', ['gpt', '4']],
]);

/** "according to the article", "per NWCast", "the piece says": the writer hands the figure to a source. */
export const ATTRIBUTED = /\b(?:according to|per|cites?|citing|quoting)\s+(?:the\s+|this\s+|that\s+)?(?:article|piece|report|story|post|source|nwcast)\b|\b(?:the|this)\s+(?:article|piece|report)\s+(?:says|said|puts|reports|claims|gives)\b/i;

/** Subject terms that say when a figure was or which way it moved, never what it measures or whose it is. */
export const WHEN_OR_WHICH_WAY: ReadonlySet<string> = new Set(['last', 'next', 'previous', 'prior', 'earlier', 'later', 'ago', 'year', 'month', 'quarter', 'week', 'day', 'today', 'grow']);
