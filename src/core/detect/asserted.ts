import type { ClaimKind } from './figure';
import { isDigit, isInlineSpace, isLetter, nextWord, phraseAt, skipOneSpace, wordEnd, wordStart } from './chars';
import { HANDS_TO_SOURCE } from './lexicon';

/** A forum's vote arrow before a count ("▲ 158"). */
const VOTES_BEFORE = /[▲▼⬆⬇]\s?$/u;
const METRIC_CUTOFF = /\p{L}\s?@\s?$/u;
const REPLIES_BEFORE = /\b(?:comments|replies)\s?:\s?$/i;

/**
 * Figures that assert nothing measured (spec §1): thresholds that define a group
 * ("companies with 1,000+ employees"), worked examples and hypotheticals ("say, over
 * 10,000 samples", "at $14,000/month, the break-even is…", "80% of your customers"),
 * and instructions ("Plan for 20% overhead"). Each test looks a few words either way.
 */
export function assertsNothing(text: string, start: number, end: number, kind: ClaimKind): boolean {
  // "输入达到128K以上则价格翻3倍", "输入长度0-32k的情况下": a bound a condition names, as Chinese writes it.
  if (CJK_BOUND_AFTER.test(text.slice(end, end + 6))) return true;
  // "월 1억 토큰 이상 처리 시": a Korean bound ("or more", "or less", "under"), but not "70% 이상의 기업", a share it states.
  if (KOREAN_BOUND_AFTER.test(text.slice(end, end + 12))) return true;
  const before = wordBefore(text, start);
  if (text[end - 1] === '+' && (kind === 'count' || kind === 'size') && isGroupThreshold(text, before) && (before.word !== 'of' || MEMBERS_AFTER.test(text.slice(end, end + 24)))) return true;
  if (isGroupBound(text, start, end, before, kind)) return true;
  // "A 340% increase means the new value is …": a figure that a definition explains, no one's measurement.
  if ((before.word === 'a' || before.word === 'an') && DEFINED_AFTER.test(text.slice(end, end + 48)) && /(?:^|[.!?:]\s+|\n\s*)an?\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return true;
  // "we modelled a hypothetical 20% fall": a figure the writer marks as made up.
  if (MADE_UP.has(before.word)) return true;
  // "Set the per-model storage quota to 200 GB": the value an instruction sets.
  if ((before.word === 'to' || before.word === 'about' || before.word === 'around') && SET_TO.test(text.slice(Math.max(0, start - 80), start))) return true;
  // "businesses with $100 million to $1 billion in revenue": the ends of a band that defines a group.
  if (isGroupBand(text, start, end, before)) return true;
  // "requires a latency of 800 ms or less", "the standard: receipts of $40 million or less": a bound something must keep to.
  // ("Risks scoring 15 or more go to the steering group": the members a bound on their score picks out.)
  if (OR_BOUND.test(text.slice(end, end + 14)) && (REQUIRED.test(text.slice(Math.max(0, start - 80), start)) || SCORED_GROUP.test(text.slice(Math.max(0, start - 40), start)))) return true;
  // "businesses above $10B revenue", "($20M/month revenue cap)": a licence's line on revenue, which sorts licensees (its line on users, "700 million monthly active users", is a record of the article's).
  if ((LICENCE_BOUND.test(text.slice(Math.max(0, start - 12), start)) && LINE_OF.test(text.slice(end, end + 32))) || CAP_AFTER.test(text.slice(end, end + 32))) return true;
  // "Top 10%: >94% accuracy", "the bottom 50%": a band of a ranking; "a 95% confidence interval": a level chosen, not found.
  if (kind === 'percent' && (RANK_BAND.test(text.slice(Math.max(0, start - 12), start)) || CONFIDENCE_AFTER.test(text.slice(end, end + 14)))) return true;
  // "(5,000 employees or more)": a floor on headcount that defines a group.
  if (HEADCOUNT_FLOOR.test(text.slice(end, end + 40))) return true;
  // "Bidders had to show minimum annual turnover of £5 million": a floor set for a group to qualify.
  // (Most figures have no "minimum" before them: the pattern runs only where one stands.)
  const beforeFigure = text.slice(Math.max(0, start - 60), start);
  if (beforeFigure.includes('inimum') && MINIMUM_OF.test(beforeFigure)) return true;
  if (before.word === 'at' && afterCommaSays(text, end, BREAK_EVEN)) return true;
  if (phraseAt(text, skipOneSpace(text, end), 'of your') >= 0) return true;
  if (isLengthThreshold(text, before) || isConditionThreshold(text, start)) return true;
  if (BOUND_LAST.has(before.word) && IF_BOUND.test(text.slice(Math.max(0, start - 2 * LOOK_BACK), start))) return true;
  // "When the number of requests reaches 100,000 per day, the cost …": a when-clause in the present sets a volume, as "if" does
  // ("When downloads passed 2 million, the team hired" tells what happened).
  if (REACHING.has(before.word) && WHEN_REACHES.test(text.slice(Math.max(0, start - 2 * LOOK_BACK), start))) return true;
  if (inArithmetic(text, start, end)) return true;
  // "u/benchmark_skeptic · ▲ 158": a forum post's votes, a bare number ("▲ 6.2%", "▲ 340k" are a metric's change).
  // "MTEB Retrieval Score (NDCG @ 10)", "pass@1": a metric's cutoff, not a score.
  if (kind === 'score' && METRIC_CUTOFF.test(text.slice(Math.max(0, start - 16), start))) return true;
  // "[Score: 101, Comments: 22](https://reddit.com/…)": a thread's reply count.
  if (kind === 'score' && (VOTES_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || REPLIES_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return true;
  // "TechDaily Reader Survey 2026, n = 1,140": a sample's size describes a survey, it reports nothing.
  if (/\bn\s?=\s?$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  // "(assuming 2kW @ $0.10/kWh)": the inputs a writer assumes for a sum, not figures anyone measured.
  if (ASSUMING.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "so a 50% assumption is conservative": a value the writer assumes, named so after it.
  if (ASSUMPTION_AFTER.test(text.slice(end, end + 16))) return true;
  // "US 11,468,325 B2": a patent's number, between its office and its kind code.
  if (PATENT_OFFICE.test(text.slice(Math.max(0, start - 4), start)) && PATENT_KIND.test(text.slice(end, end + 4))) return true;
  if (isTaskTarget(text, start)) return true;
  // "Time to generate 1 M tokens (minutes)", "cost to generate 1M tokens": the round amount a rate is given for.
  if (kind === 'count' && ROUND_ONE.test(text.slice(start, end)) && BASIS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && BASIS_NOUN_AFTER.test(text.slice(end, end + 16))) return true;
  return saysForExample(text, start) || isPlaceholder(text, start) || isInstruction(text, start, before) || inSupposition(text, start);
}

/**
 * A bound that sorts things into a group: "insureds with revenue above $250 million",
 * "Models larger than 67B", "models up to 70B". Read only after a bound's last word.
 */
function isGroupBound(text: string, start: number, end: number, before: Word, kind: ClaimKind): boolean {
  if (!GROUP_BOUNDS.has(before.word)) return false;
  if (before.word === 'than' && SIZED_GROUP.test(text.slice(Math.max(0, before.start - 40), before.start))) return true;
  const window = text.slice(Math.max(0, start - 60), start);
  // ("models up to 4.1x faster": a bound on how much faster, not on which models.)
  if ((BOUNDED_GROUP.test(window) && !COMPARATIVE_AFTER.test(text.slice(end, end + 16))) || EXCEEDING_GROUP.test(window) || (PRICED_GROUP.test(window) && (kind === 'money' || !ACTIVE_USERS_AFTER.test(text.slice(end, end + 40)))) || WHOSE_GROUP.test(window)) return true;
  // "Escalate any prospect running more than 1,000 GPUs": one of a group, by what it runs.
  if (kind === 'count' && RUNNING_MEMBER.test(window) && (MEMBERS_AFTER.test(text.slice(end, end + 24)) || USERS_AFTER.test(text.slice(end, end + 32)))) return true;
  if (!window.includes('with')) return false;
  // "SMEs and mid-caps with fewer than 5,000 employees": the bound on the members that make a group.
  // "organisations with 1000+ employees and greater than $50 million revenue": a second bound joined to the first.
  // "every deployed model in a service with more than 10,000 users": one member of such a group.
  return MEASURED_GROUP.test(window) || ((COUNTED_GROUP.test(window) || (kind === 'count' && COUNTED_MEMBER.test(window))) && MEMBERS_AFTER.test(text.slice(end, end + 24))) || JOINED_BOUND.test(window);
}

/** A bound joined by "and"/"or" to a group's first bound after "with" ("with 1000+ employees and greater than"). */
const JOINED_BOUND = /\b\p{L}{2,}[^s\s]s\s+with\s+[^.;:!?]{1,40}\s(?:and|or)\s+(?:greater than|more than|less than|fewer than|over|under|above|below|at least|at most)\s*[$€£]?$/iu;

/** "more than 1,000 daily users": members counted by how often they come. */
const USERS_AFTER = /^\s+(?:daily|weekly|monthly|active|concurrent|paying|monthly active|daily active)\s+(?:users|customers|requests|sessions)\b/i;

/** "any prospect running more than", "every team using over": one of a group, by how much of something it runs. */
const RUNNING_MEMBER = /\b(?:any|every|each)\s+(?:[\p{L}-]+\s+){0,2}\p{L}{3,}\s+(?:running|using|operating|serving|deploying)\s+(?:fewer than|more than|less than|over|under|above|below|at least|at most)\s*$/iu;

/** A plural noun "with" a bound on how many members it has ("firms with fewer than", "labs with at least"); not a verb ("Code Llama leads with more than 45 million downloads"). */
const COUNTED_GROUP = /\b(?!(?:leads|ships|comes|launches|starts|opens|ends|closes|ranks|scores|finishes|debuts|wins|trails|follows|arrives|returns|grows|climbs|tops|competes|ties|beats|sits|stands|counts)\s)\p{L}{2,}[^s\s]s\s+with\s+(?:fewer than|more than|less than|over|under|above|below|at least|at most|up to)\s*$/iu;

/** "in a service with more than", "any firm with at least": one of a group, by how many it has ("is a platform with over 60K models" describes one). */
const COUNTED_MEMBER = /\b(?:(?:in|to|for|of|on)\s+(?:a|an|any)|any|every|each)\s+(?:[\p{L}-]+\s+){0,2}\p{L}{3,}\s+with\s+(?:fewer than|more than|less than|over|under|above|below|at least|at most)\s*$/iu;

/** "clusters of 10K+ A/H100s": the members a threshold counts, named right after it (not "of 10K+ per day"). */
const MEMBERS_AFTER = /^\s+(?!(?:per|a|an|each|every|in|on|at|by|to|for)\b)(?:[\p{L}\p{N}][\p{L}\p{N}/-]*s|staff|people|personnel)\b/u;

/** A plural noun "with" a measure and its bound ("companies with revenue above", "teams with budgets of over"). */
const MEASURED_GROUP = /\b\p{L}{3,}[^s\s]s\s+with\s+(?:\p{L}+\s+){1,2}(?:above|over|below|under|exceeding|greater than|more than|less than|of (?:at least|more than|over|under))\s*[$€£]?$/iu;

/** "Accounts that exceed 10,000 requests per minute", "teams who go over": the members a bound picks out. */
const EXCEEDING_GROUP = /\b\p{L}{3,}[^s\s]s\s+(?:that|which|who)\s+(?:exceed|exceeds|exceeded|surpass|surpasses|go\s+over|goes\s+over|stay\s+under|stays\s+under)\s+$/iu;

/** "without firms whose open-model spend is below 10%": the members a bound on their measure picks out. */
const WHOSE_GROUP = /\b\p{L}{3,}s\s+whose\s+[^.;:!?]{1,40}\s(?:is|are|was|were)\s+(?:below|above|under|over|less than|more than|at least|at most)\s*[$€£]?$/iu;

/** "applies only to contracts over $250,000": the deals a bound on their value picks out. */
// (Not before a count of users: "a separate deal above 700 million monthly active users" states a licence's threshold.)
const ACTIVE_USERS_AFTER = /^\s+(?:(?:monthly|daily|weekly)\s+)?(?:active\s+)?(?:users|MAU|DAU)\b/i;
const PRICED_GROUP = /\b(?:contracts?|purchases?|deals?|orders?|transactions?|grants?|awards?|invoices?|claims?|tenders?)\s+(?:valued\s+)?(?:over|above|under|below|exceeding|of\s+(?:more|less)\s+than|of\s+at\s+least)\s+[$€£]?$/i;

const COMPARATIVE_AFTER = /^\s*(?:faster|slower|cheaper|quicker|more|less|fewer|better|higher|lower)\b/i;
const BOUNDED_GROUP = /\b(?:models|checkpoints|variants)\s+(?:above|over|under|below|up\s+to|of\s+up\s+to|of\s+at\s+least)\s+$/i;
const MADE_UP: ReadonlySet<string> = new Set(['hypothetical', 'illustrative', 'notional', 'made-up', 'imaginary']);
/** The word before a bound that may sort things into a group: the group tests run only after one of these. */
const GROUP_BOUNDS: ReadonlySet<string> = new Set(['above', 'over', 'below', 'under', 'exceeding', 'than', 'least', 'most', 'to', 'exceed', 'exceeds', 'exceeded', 'surpass', 'surpasses']);
const SET_TO = /(?:^|[.!?:]\s+|\n)(?:set|cap|limit|keep|raise|lower)\s+(?:the|our|your|its|each|every|a)\b[^.;:!?\n]{0,60}\bto\s+(?:about\s+|around\s+)?[$€£]?$/i;

/** A plural noun and a comparative of size before "than" ("Models larger than", "GPUs with less memory than" is not). */
const SIZED_GROUP = /\b\p{L}{3,}[^s\s]s\s+(?:larger|smaller|bigger|greater|longer|shorter|wider)\s+$/iu;

const PATENT_OFFICE = /\b(?:US|EP|WO|CN|JP|KR|DE|GB|FR|CA|AU)\s?$/;
const PATENT_KIND = /^\s?[ABU]\d?\b/;

/** An unchecked task's bound ("- [ ] p95 latency ≤ 900 ms", "- [ ] run cost below $9,000/month"): a target, not a measure. */
const TASK_TARGET = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?\[ \][^\n.;!?]*?(?:[≤≥<>]=?|\b(?:below|under|within|at most|at least|no more than|not more than))\s*[$€£]?$/i;

const TASK_REACH = 160;

/** Whether the last block text read holds a task box at all: a block's figures are read one after another. */
let lastText = '';
let lastHasBox = false;

function isTaskTarget(text: string, start: number): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasBox = text.includes('[ ]');
  }
  if (!lastHasBox) return false;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < TASK_REACH && text[lineStart - 1] !== '\n') lineStart--;
  // Only a line that is an open task is read further.
  let box = lineStart;
  while (box < start && box - lineStart < 8 && text[box] !== '[') box++;
  return text.startsWith('[ ]', box) && TASK_TARGET.test(text.slice(lineStart, start));
}

/** "(assuming 2kW @ $0.10/kWh)": the phrase an assumption opens, up to a comma or bracket ("…what many assume, 73%" states). */
const ASSUMING = /\bassuming\b[^.,;:()\n]*$/i;

const READER_MAY = /\byou\s+(?:might|could|may|would)\s+(?:\p{L}+\s+)?(?:spend|pay|need|save|budget)\b/iu;

const SENTENCE_LOOK = 240;

/**
 * "If a team spends $30,000 a month and cuts that by 40%, it saves $12,000": a sentence
 * that opens by supposing about someone unnamed works an example. "If 73% of
 * enterprises already…" still states its figure.
 */
function inSupposition(text: string, start: number): boolean {
  const from = Math.max(0, start - SENTENCE_LOOK);
  let open = start;
  // Back to the sentence's start: a newline, or a stop before a space.
  // ("e.g." and "i.e." end no sentence.)
  while (open > from && text[open - 1] !== '\n' && !(isInlineSpace(text.charCodeAt(open - 1)) && endsSentence(text, open - 2) && !LATIN_ABBREVIATION.test(text.slice(Math.max(0, open - 6), open - 1)))) open--;
  const before = text.slice(open, start);
  // "If we want a market figure instead, the article puts …": a condition on the writer's choice supposes no figure.
  // ("Then suppose opening also saves each firm $10M": an exercise's next supposition.)
  if (SUPPOSING.test(text.slice(open, Math.min(start, open + 60))) && !choosingFirst(before)) return true;
  // "7.1 Suppose a startup spends $8,000 a month … Self-hosting costs $5,000 a month": the exercise's later sentences
  // go on supposing, unless one hands its figure to a source ("… the 340% growth reported in 7.3.1").
  if (suppositionGoesOn(text, open, start)) return true;
  // "When you're experimenting, you might spend $50,000": what the reader may do, not what anyone measured.
  if (before.includes('you') && READER_MAY.test(before)) return true;
  // "If running AI gets 10x cheaper, usage grows 100x": a change supposed, and what would follow from it.
  if (SUPPOSED_CHANGE.test(before)) return true;
  // "if the assistant moved at today's volume, API spend would drop by around $40,000": what would follow from a supposition.
  if (COUNTERFACTUAL.test(before) && !ATTRIBUTED.test(text.slice(open, sentenceEnd(text, start)))) return true;
  // "…: for example, 2,000,000 extra tokens a day would add $1.80 a day": an example worked out in the conditional.
  const example = FOR_EXAMPLE.exec(before);
  if (example && (WOULD.test(example[0]) || WOULD.test(text.slice(start, sentenceEnd(text, start))))) return true;
  // "Um exemplo ilustrativo: se a sua aplicação consome 200 milhões de tokens … digamos, US$ 0,50": a supposition in Portuguese,
  // Spanish, French, German or Italian (each word only where the note has its letters).
  if (TRANSLATED_SUPPOSING.test(before)) return true;
  // "A 340% increase means the new value is … 4.4 times the old value": a definition's figures, each of them.
  if (DEFINITION_OPENING.test(before)) return true;
  // "a hypothetical customer pushing 2 billion tokens a month would pay $60,000": the figures of someone supposed.
  if (before.includes('ypothetical') && HYPOTHETICAL_PARTY.test(before)) return true;
  // "What happens to your bill at 200 million tokens a day?": a question that supposes the figure.
  if (asksWhatIf(before) && asksAfter(text, start)) return true;
  // "Whisper downloads: higher or lower than 50 million?": the mark a quiz question sets, not a figure anyone gave.
  if (HIGHER_OR_LOWER.test(before.slice(-48)) && asksAfter(text, start)) return true;
  // "…: if we moved, say, 500 million tokens a month, that's $15,000": every figure after the supposition works it out.
  // "at an assumed $14,000/month contract": a value the writer assumes.
  return ASSUMED.test(before.slice(-ASSUMED_REACH)) || (EXAMPLE_IN_SENTENCE.test(before) && !choosingFirst(before));
}

/** A paragraph opened by "Suppose", "Imagine" or "Hypothetically": its sentences after the first suppose too, unless attributed. */
function suppositionGoesOn(text: string, open: number, start: number): boolean {
  const paragraph = Math.max(0, text.lastIndexOf('\n', open - 1) + 1, open - PARAGRAPH_LOOK);
  if (paragraph >= open || !SUPPOSING_PARAGRAPH.test(text.slice(paragraph, paragraph + 100))) return false;
  return !HANDS_TO_SOURCE.test(text.slice(open, sentenceEnd(text, start)));
}
const PARAGRAPH_LOOK = 600;
// ("A bottom-up cross-check, as a worked example only: take the developer base above. If 1% of them …": a paragraph its opening calls an example.)
const SUPPOSING_PARAGRAPH = /^[\s"“*_(]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+)?(?:suppose|imagine|hypothetically)\b/i;

/**
 * "If we want a market figure instead, the article puts … at $47 billion": a condition on the
 * writer's choice, with no figure of its own, before the clause that states the figure.
 */
function choosingFirst(before: string): boolean {
  const comma = before.indexOf(',');
  // ("If you want an LLM number, Code Llama's 45 million downloads is the one": a figure given as someone's own, too.)
  return comma > 0 && !/\d/.test(before.slice(0, comma)) && CHOOSING.test(before.slice(0, comma)) && (REPORTED.test(before.slice(comma)) || OWNED_BY_NAME.test(before.slice(comma)));
}

/** A name's possessive right before the figure ("Code Llama's "). */
const OWNED_BY_NAME = /\p{Lu}[\p{L}\p{N}.-]*['’]s\s+$/u;

/** The main clause hands the figure to a source ("the article puts", "the study found"), as no worked example does. */
const REPORTED = /\b(?:puts|put|has|have|gives|gave|reports|reported|found|finds|says|said|estimates|estimated|cites|lists|shows|showed)\b/i;

const CHOOSING = /^[\s"“*_(]*(?:\p{Lu}[\p{L} ]{0,23}:[\s*_]*)?if\s+(?:we|you)\s+(?:(?:really|still|just|only)\s+)?(?:want|wants|need|needs|mention|prefer|cite|quote|look|ask|go\s+with|pick|choose)\b/iu;

const ASSUMPTION_AFTER = /^\s+(?:assumption|assumptions|placeholder)\b/i;
const ASSUMED = /\ban?\s+assumed\s+$/i;
const TRANSLATED_SUPPOSING = /(?:^|[:;,]\s*)(?:se\s+(?:a\s+sua|o\s+seu|você|voce|la\s+tua|il\s+tuo|la\s+vostra)|si\s+(?:votre|vous)|wenn\s+(?:Ihr|Sie|du|dein))\s|(?:^|[:;]\s*)(?:supongamos|suponhamos|supposons|angenommen|supponiamo)(?=[\s,])/iu;
const DEFINED_AFTER = /^\s+(?:increase|decrease|rise|drop|growth|fall|gain|reduction|cut)\s+(?:means|implies)\b/iu;
const DEFINITION_OPENING = /^[\s*_]*an?\s+[\d.,]+\s?(?:%|percent|x|×)?\s+(?:increase|decrease|rise|drop|growth|fall|gain|reduction|cut)\s+(?:means|implies)\b/iu;
const HYPOTHETICAL_PARTY = /(?:^|[,;:]\s*)(?:an?|one)\s+hypothetical\s+\p{L}/iu;
const ASSUMED_REACH = 12;

/** "What if … $87 billion", "What happens … at 200 million": not "What happens when 73% of … run" (which states it). */
function asksWhatIf(before: string): boolean {
  // ("How much would a chatbot that uses 2.5 million tokens a day spend …?": an exercise's question supposes its figures.)
  return WHAT_IF.test(before) || (WHAT_HAPPENS.test(before) && AT_FIGURE.test(before)) || HOW_MUCH_WOULD.test(before);
}

const WHAT_IF = /\bwhat\s+if\b/i;
const HOW_MUCH_WOULD = /^[\s*_]*how\s+(?:much|many|long)\s+(?:would|should|could)\b/i;
const HIGHER_OR_LOWER = /\b(?:higher|lower|more|less|greater|fewer|above|below|over|under)\s+or\s+(?:higher|lower|more|less|greater|fewer|above|below|over|under)(?:\s+than)?\s+(?:about\s+)?[$€£]?$/i;
const WHAT_HAPPENS = /\bwhat\s+(?:happens|would happen|will happen)\b/i;
const AT_FIGURE = /\b(?:at|with)\s+(?:about\s+|around\s+)?[$€£]?$/i;

/** Does the sentence going on from `start` end in a question mark (within a line's reach)? */
function asksAfter(text: string, start: number): boolean {
  return text[sentenceEnd(text, start)] === '?';
}

/** Where the sentence going on from `start` ends: its stop, a newline, or a line's reach. */
function sentenceEnd(text: string, start: number): number {
  const last = Math.min(text.length, start + SENTENCE_LOOK);
  for (let k = start; k < last; k++) {
    const c = text[k];
    if (c === '?' || c === '\n' || ((c === '.' || c === '!') && !isDigit(text.charCodeAt(k + 1)))) return k;
  }
  return last;
}

/** An example that opens with its figure ("…: for example, 2,000,000 extra tokens …"), to the figure asked about. */
const FOR_EXAMPLE = /[:;,]\s+for (?:example|instance),\s+(?:[\\$€£]*\d[^.;:!?]*)?$/i;
/** What a worked sum would come to ("would add $1.80", "would cost", "would save"). */
/** A sentence opening "If …, … would" (perhaps after a label), the figure a few words after "would". */
const COUNTERFACTUAL = /^[\s"“*_(]*(?:\p{Lu}[\p{L} ]{0,23}:[\s*_]*)?if\s[^.;:!?]*,\s*[^.;:!?]*\bwould\s+(?:[\p{L}-]+\s+){0,4}(?:about\s+|around\s+|roughly\s+)?[$€£]?$/iu;
/** Words that say a source found what would follow ("Forrester estimates that if …"). */
const ATTRIBUTED = /\b(?:according to|per|estimates?|estimated|found|finds|reports?|reported|says|said|projects?|projected)\b/i;

const WOULD = /\bwould\s+(?:add|cost|save|come\s+to|total|amount\s+to|run\s+to|mean)\b/i;

const EXAMPLE_IN_SENTENCE = /,\s+say,\s|,\s+say\s+(?:a|an|you|we|one|your)\s|[:;]\s+say\s+(?:the|a|an|we|you)\s|\bwould have (?:cost|been|saved|taken|paid|spent|made)\b|[:;]\s+if\s+(?:we|you|a|an|your|one)\s|\b(?:worked example|for example|example|illustrative(?:\s+only)?|hypothetical)[^:.]{0,40}:\s+(?:a|an|if|say|suppose|at)\s|(?:^|[:;]\s+)say,?\s+(?:about\s+|roughly\s+)?[$€£]?\d/i;

const LATIN_ABBREVIATION = /(?:^|[^\p{L}])(?:e\.g|i\.e|cf|viz)\.$/iu;

/** "…made up.", "…(arithmetic).**": a stop, perhaps inside closing quotes, brackets or emphasis. */
function endsSentence(text: string, i: number): boolean {
  while (i > 0 && '"”\'’*_)]'.includes(text[i])) i--;
  return text[i] === '.' || text[i] === '!' || text[i] === '?';
}

const SUPPOSED_CHANGE = /(?:^|[:;]\s+)[\s"“*_(]*if\s+(?!\d)[\p{L}\p{N}/ -]{2,40}?\s(?:gets|got|becomes|became|grows|grew|falls|fell|drops|dropped|doubles|doubled|halves|halved|triples|tripled|rises|rose|were)\s/iu;

const SUPPOSING = /^(?:[\s"“*_(]|\d\uFE0F?\u20E3)*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:\p{Lu}[\p{L} ]{0,23}:[\s*_]*)?(?:(?:(?:then|now|next|finally|and|so|also|further),?\s+)?(?:suppose|imagine)\s+(?:that\s+)?\S|(?:(?:for example|for instance|to make it concrete),?\s+)?(?:if|suppose|imagine|say,?|hypothetically,?|for example,?)\s+(?:a|an|you|your|one|we|some)\s|if\s+(?:even|just|only)\s+(?:[$€£]?\d|$)|hypothetically,?\s+(?:if|suppose|say)\b|(?:for illustration|as an illustration|by way of illustration|illustratively|to illustrate)\b|for\s+an?\s+[\p{L}-]+\s+spending\s|for\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:project|team|company|startup|workload|app|application|deployment|business|customer|user|organi[sz]ation|enterprise|firm|bank|hospital|agency)\s+(?:with|of|running|making|serving|handling|processing|spending)\s)/iu;

/** "(if >5,000 devices or >1M DAU)": a bound in a condition sorts things into a group ("based (>80%) on" still states one). */
function isConditionThreshold(text: string, start: number): boolean {
  if (!'><≥≤'.includes(text[start - 1] ?? '\0')) return false;
  const clause = text.slice(Math.max(0, start - LOOK_BACK), start - 1);
  // "Leaders (>10% productivity gain)": a bound in brackets after a group's name says who is in it.
  return /(?:^|[(\s])(?:if|when|unless|where)\s[^.;:!?)]*$/i.test(clause) || /\b\p{Lu}\p{Ll}+[^s\s]s\s*\($/u.test(clause);
}

/**
 * "if the cost reduction stays above 25% for two months", "unless spend exceeds $60,000": a line a
 * condition draws, not a figure found. ("even if" concedes one; "Free if you have under 700M users"
 * states a licence's line, which the article's readers take as its figure.)
 */
const IF_BOUND = /(?:^|[(\s])(?<!\b(?:even|as)\s)(?:if|unless|whenever)\s[^.;:!?)]*\b(?:(?:stays?|remains?|goes|rises?|falls?|drops?|climbs?|grows?|is|are|gets?|runs?)\s+(?:above|below|over|under|beyond|(?:more|less|fewer|greater|higher|lower) than|at least|at most)|exceeds?|tops?|passes)\s*[$€£]?$/i;

const REACHING: ReadonlySet<string> = new Set(['reaches', 'exceeds', 'hits', 'tops', 'crosses']);
const WHEN_REACHES = /(?:^|[(\s])(?:when|once|as soon as)\s[^.;:!?)]*\b(?:reaches|exceeds|hits|tops|crosses)\s*[$€£]?$/i;

/** What a bound word ends, for `IF_BOUND`: it runs only after one of them. */
const BOUND_LAST: ReadonlySet<string> = new Set(['above', 'below', 'over', 'under', 'exceed', 'exceeds', 'beyond', 'than', 'least', 'most', 'top', 'tops', 'passes']);

const SUM_REACH = 120;

/** "$2.50 / 3600 / 50 = $0.000014": the terms of a sum worked out on the page. */
function inArithmetic(text: string, start: number, end: number): boolean {
  // The figure's line, no further than a sum's length either way, so a long line costs no more per figure.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < SUM_REACH && text[lineStart - 1] !== '\n') lineStart--;
  const to = Math.min(text.length, end + SUM_REACH);
  const newline = text.indexOf('\n', end);
  const lineEnd = newline >= 0 && newline < to ? newline : to;
  const line = text.slice(lineStart, lineEnd);
  if (!/\s=\s/.test(line) || !/[\p{L}\d%]\s+[+×*−]\s+[$€£]?\d|[\dKMk)]\s+\/\s+[$€£]?\d/u.test(line)) return false;
  // The result stays a claim: "2,048 H800s × 57 days = 2.78M GPU hours" reports what a run took.
  // ("(34,000 − 10,000) / 10,000": a term in brackets, and a minus sign, are terms too.)
  return /[+/×*−]\s*\(?$/.test(text.slice(Math.max(lineStart, start - 4), start)) || /^\)?\s*[+/×*−]\s/.test(text.slice(end, Math.min(lineEnd, end + 4)));
}

/** "requests longer than 8K tokens": a length that sorts things into a group, not a length anyone measured. */
function isLengthThreshold(text: string, before: Word): boolean {
  if (before.word !== 'than') return false;
  const comparative = wordBefore(text, before.start).word;
  return comparative === 'longer' || comparative === 'shorter';
}

const PLACEHOLDER_LOOK = 80;

/** "put a placeholder budget in the sheet, e.g. $20k": a stand-in value, not a report. */
function isPlaceholder(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - PLACEHOLDER_LOOK), start).toLowerCase();
  const at = window.lastIndexOf('placeholder');
  if (at < 0) return false;
  // Within the sentence: "e.g." and "i.e." do not end one.
  return !/[!?;\n]|[a-z]{2}\.\s/.test(window.slice(at));
}

interface Word {
  word: string;
  start: number;
}

/** The lower-cased word right before `end` (over one space, skipping hedges like "over" is the caller's job). */
function wordBefore(text: string, end: number): Word {
  const e = end > 0 && isInlineSpace(text.charCodeAt(end - 1)) ? end - 1 : end;
  const s = wordStart(text, e);
  return { word: text.slice(s, e).toLowerCase(), start: s };
}

const LICENCE_BOUND = /\b(?:above|below|under|exceeding)\s+(?:US)?[$€£]?$/i;
const LINE_OF = /^\s+(?:in\s+)?(?:(?:annual|monthly|yearly|global)\s+)?(?:revenue|turnover|ARR)\b/i;
const CAP_AFTER = /^(?:\/(?:month|year|mo|yr))?\s+(?:(?:annual|monthly|revenue|user|usage)\s+)?(?:cap|threshold|ceiling)\b/i;
const RANK_BAND = /\b(?:top|bottom)\s+$/i;
const CONFIDENCE_AFTER = /^\s+(?:confidence|CI\b|credible)/i;
const HEADCOUNT_FLOOR = /^\s+(?:employees|staff|workers)\s+or\s+(?:more|fewer|less|above|over)\b/;
const MINIMUM_OF = /\bminimum\s+(?:[\p{L}-]+\s+){0,3}of\s+(?:at\s+least\s+)?[$€£]?$/iu;

const SCORED_GROUP = /\b\p{L}{3,}s\s+(?:scoring|scored|rated|ranked|rating)\s+$/iu;
const OR_BOUND = /^\s+or\s+(?:less|fewer|more|lower|higher|below|above|better|faster)\b/i;
const REQUIRED = /\b(?:requires?|required|requirements?|must|shall|minimum|maximum|standard|threshold|limit|eligib\w*|qualif\w*)\b/i;

/** "companies with 1,000+ employees", "critical for 128K+ context windows": "+" after "with" a group, or after "for". */
function isGroupThreshold(text: string, before: Word): boolean {
  if (before.word === 'for') return true;
  // "clusters of 10K+ GPUs", like "companies with 1,000+ employees".
  if (before.word !== 'with' && before.word !== 'of') return false;
  const group = wordBefore(text, before.start).word;
  return group.length > 3 && group.endsWith('s') && !group.endsWith('ss') && !NOT_PLURALS.has(group);
}

/** A band of headcount: "250 to 4,999 employees", "10–49 staff". */
const HEADCOUNT_BAND = /^[\d,]+\s*(?:to|–|-)\s*[\d,]+\s+(?:employees|staff|workers)\b/;

const BAND_NEXT = /^\s*(?:to|–|-)\s*[$€£]?\d/;
const BAND_START = /\b\p{L}{3,}[^s\s]s\s+with\s+[$€£]?[\d.,]+\s*(?:thousand|million|billion|[KMBkmb])?\s*(?:to|–|-)\s*$/u;

/** "businesses with $100 million to $1 billion in revenue": either end of a band that defines a group. */
function isGroupBand(text: string, start: number, end: number, before: Word): boolean {
  // "(ETI, 250 to 4,999 employees)", "firms of 10 to 49 staff": a band of headcount, in brackets or after "of"/"with".
  if (HEADCOUNT_BAND.test(text.slice(start, start + 48)) && /(?:\(\s*(?:[\p{L}-]+,\s*)?|\b(?:of|with|having)\s+)$/iu.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (before.word === 'with') return BAND_NEXT.test(text.slice(end, end + 8)) && isGroupThreshold(text, before);
  const window = text.slice(Math.max(0, start - 60), start);
  return window.includes('with') && BAND_START.test(window);
}

const NOT_PLURALS = new Set(['this', 'was', 'has', 'does', 'is', 'its', 'plus', 'thus', 'always', 'perhaps', 'across', 'process']);

const BREAK_EVEN = ['the break-even', 'break-even', 'the breakeven', 'breakeven', 'the break even'];

function afterCommaSays(text: string, end: number, phrases: string[]): boolean {
  if (text[end] !== ',') return false;
  const s = skipOneSpace(text, end + 1);
  return phrases.some((p) => phraseAt(text, s, p) >= 0);
}

const LOOK_BACK = 40;

/** "(say, over 10,000 samples)", "let's say 30%", "suppose 20%": an example, not a report. */
function saysForExample(text: string, start: number): boolean {
  const from = Math.max(0, start - LOOK_BACK);
  const window = text.slice(from, start).toLowerCase();
  for (const marker of ['say, ', 'say ', 'suppose ', 'imagine ', 'hypothetically, ']) {
    const at = window.lastIndexOf(marker);
    if (at < 0) continue;
    const c = window.charCodeAt(at - 1);
    if (at > 0 && isLetter(c) && !window.endsWith("let's ", at) && !window.endsWith('let’s ', at)) continue;
    // "Organisers say 1,800 people registered": "say" after a word, with no comma, reports.
    if (marker === 'say ' && at > 1 && !/[(,:;—–]\s?$|let['’]s $/.test(window.slice(0, at))) continue;
    // Only hedges between ("say, over 10,000"); "people who say Hugging Face had 5.2M" reports a claim.
    const between = text.slice(from + at + marker.length, start);
    if (between.length <= 20 && /^[a-z ~≈-]*$/.test(between)) return true;
  }
  return false;
}

/** One of a round amount: "1M", "1 M", "1 million", "1,000", "1K". */
const ROUND_ONE = /^1(?:\s?(?:K|M|B|k|thousand|million|billion)|[,.]?000(?:[,.]000)*)$/;
/** What is done to the round amount a rate is given for: "to generate", "per", "every" (not "processed 1 million tokens", a report). */
const BASIS_BEFORE = /\b(?:to\s+(?:generate|produce|process|serve)|per|every|each)\s+$/i;
const BASIS_NOUN_AFTER = /^\s+(?:output\s+|input\s+)?(?:tokens|requests|images|words|queries|calls)\b/i;

/** Verbs that open an instruction: "Plan for 20% overhead", "Budget 15% for retries". */
const IMPERATIVES = new Set(['plan', 'budget', 'reserve', 'allocate', 'assume', 'allow', 'aim', 'target', 'set', 'keep', 'leave', 'add', 'use', 'scale', 'route', 'shift', 're-run', 'rerun', 'ask', 'negotiate', 'size', 'provision']);

/**
 * Does the word at `s` open an imperative? "Use", "Scale", "Route" and "Shift" are nouns or
 * names as often ("Use of open models grew 40%", "Scale AI raised…", "Scale includes…"):
 * they count only before a lower-case word that is not a verb of theirs.
 */
function opensImperative(text: string, s: number): boolean {
  const end = wordEnd(text, s);
  const word = text.slice(s, end).toLowerCase();
  if (!IMPERATIVES.has(word)) return false;
  if (!AMBIGUOUS_IMPERATIVES.has(word)) return true;
  const next = skipOneSpace(text, end);
  const after = nextWord(text, end);
  return isLetter(text.charCodeAt(next)) && text[next] === text[next].toLowerCase() && !NOUN_USE_AFTER.has(after) && !/[^s]s$/.test(after);
}

const AMBIGUOUS_IMPERATIVES: ReadonlySet<string> = new Set(['use', 'scale', 'route', 'shift', 'size']);

/** Words after an opening "Use" or "Shift" that make it a noun ("Use of open models grew 40%", "Shift was 12%"). */
const NOUN_USE_AFTER: ReadonlySet<string> = new Set(['of', 'is', 'was', 'has', 'had', 'grew', 'rose', 'fell', 'increased', 'decreased', 'reached', 'hit', 'jumped', 'dropped', 'in']);

/** "asks you to plan for 25%", "Members should plan for 20 per cent", "we budget a 12% uplift": an instruction or a plan inside a sentence. */
// ("Cap monthly GPU spend; escalate above $60,000": the line past which an instruction applies.)
// ("We will budget a 23% premium … and plan to spend about 60% of the round": the writer's own plan.)
const TOLD = /(?:\b(?:to|should|must|please|shall|and|we|I|(?:we|I)\s+will|(?:we|I)['’]ll)|[,;:]\s*(?:and\s+|then\s+)?)\s*(?:(?:plan|budget|reserve|allocate|assume|allow|set|cap|plan\s+to\s+(?:spend|invest|put))\s+(?:for\s+)?(?:an?\s+|about\s+|around\s+|roughly\s+|at\s+least\s+|at\s+most\s+|up\s+to\s+)?|(?:escalate|alert|flag)\s+(?:above|over|beyond|past|below|under)\s+)$/i;

/** The words `TOLD` can end with: it runs only after one of them. */
const TOLD_LAST: ReadonlySet<string> = new Set(['plan', 'spend', 'invest', 'put', 'budget', 'reserve', 'allocate', 'assume', 'allow', 'set', 'cap', 'for', 'a', 'an', 'about', 'around', 'roughly', 'least', 'most', 'to', 'above', 'over', 'beyond', 'past', 'below', 'under']);

/** "cap the context at 16K", "set max_tokens to 4,096": a setting chosen, not a figure measured. */
// (Told, not reported: the verb opens a clause, or follows "and", "then", a modal or "we"; "Mistral capped the context at 32K" reports.)
const SETTING_TO = /(?:^|[.!?,;:()]\s*|\n\s*|\b(?:and|then|just|please|simply|always|also|first|should|must|can|could|to|we|you|I)\s+)(?:cap|set|limit|clamp|truncate|raise|lower|bump)\s+(?:the\s+|your\s+|its\s+|our\s+)?(?:max(?:imum)?\s+)?(?:context(?:\s+(?:window|length))?|ctx|max_tokens|max_new_tokens|batch(?:\s+size)?|window)\s+(?:at|to)\s+$/i;

/** "4️⃣ Route anything under 2,000 tokens…": a line opened by emoji or a keycap number. */
const EMOJI_LINE_START = /(?:^|\n)[ \t]*(?:\d\uFE0F?\u20E3|\p{Extended_Pictographic}\uFE0F?)[ \t\uFE0F\u20E3\p{Extended_Pictographic}]*$/u;

/** "ask Legal whether the 700M MAU clause applies": an instruction that asks about a figure sets none. */
const ASKS_ABOUT = /\b(?:whether|if|why|how|what|which)\b/i;

/** A task list's box at a line's start: "[ ]", "[x]". */
const TASK_BOX = /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?\[[ xX]\]$/;

/** How many words an imperative may stand before its figure ("Set a budget alert at $8,000/month"). */
const INSTRUCTION_REACH = 5;

/** The figure sits in the first five words of a sentence that opens with an imperative, or right after "to plan for". */
function isInstruction(text: string, start: number, before: Word): boolean {
  if (TOLD_LAST.has(before.word) && TOLD.test(text.slice(Math.max(0, start - LOOK_BACK), start))) return true;
  // (The window's start is a text's start only at 0: mid-sentence, "^" would take any verb for an opening one.)
  if ((before.word === 'at' || before.word === 'to') && SETTING_TO.test((start > LOOK_BACK ? '\u0000' : '') + text.slice(Math.max(0, start - LOOK_BACK), start))) return true;
  let s = start;
  for (let words = 0; words <= INSTRUCTION_REACH; words++) {
    let k = s;
    while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
    const ws = wordStart(text, k);
    // An opening quotation mark starts the instruction it quotes ('(c) "Plan for 20% headroom."').
    // ("- [ ] Budget a 20% contingency": a task list's box opens its item.)
    if (ws === k || words === INSTRUCTION_REACH) return words > 0 && (k === 0 || '\n.:!?("“'.includes(text[k - 1]) || EMOJI_LINE_START.test(text.slice(Math.max(0, k - 16), k)) || TASK_BOX.test(text.slice(Math.max(0, k - 12), k))) && opensImperative(text, s) && !ASKS_ABOUT.test(text.slice(s, start));
    s = ws;
  }
  return false;
}

/** After a figure and perhaps its noun, Korean for "or more", "or less", "under", "over"; not "이상의" ("of more than"), which states a share. */
// ("기업의 73% 이상이 … 쓰고 있습니다": with a subject or topic particle after it, "over 73%" is the sentence's subject, a share.)
// (But "80% 이상이면" is a condition, "50% 이상을 목표로" a target, "80% 이상으로 유지" an instruction: bounds still.)
const KOREAN_BOUND_AFTER = /^\s*(?:[가-힣]{1,6}\s)?(?:이상|이하|미만|초과)(?!의|이(?!면|어야|라면|라도)|은|는|가)/;
/** After a figure, Chinese for "above … then", "below … when" or "in the case of": a bound a condition names ("70%以上的企业" states a share). */
const CJK_BOUND_AFTER = /^(?:(?:以上|以下|以内)(?:则|时|時|的话|的时候)|的情况下)/;
