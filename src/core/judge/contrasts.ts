/**
 * Qualifiers a figure has at most one of on each axis: the period a sum is counted
 * over ("annually" vs "over three years"), whether it is a sum over several or an
 * average ("combined" vs "the average enterprise"), and the side of a token price
 * ("output tokens"). A note and a record that say different ones are about different
 * statistics, however close the numbers.
 */
export type Contrasts = Partial<Record<Axis, string>>;
type Axis = 'period' | 'tokens' | 'scope';

/** The sides of a token price as Chinese, Japanese and Korean write them, for a note's words and a column's header alike. */
const OUTPUT_CJK = '输出|輸出|出力|출력';
const INPUT_CJK = '输入|輸入|入力|입력';

const NOT_A_PERIOD = '(?!\\s+(?:ago|later|earlier|before|after|on|or)\\b)';
const AXES: Array<[Axis, Array<[string, RegExp]>]> = [
  [
    'period',
    [
      ['over several years', /\b(?:over|across|within)\s+(?:the\s+(?:next|last|past)\s+)?(?:two|three|four|five|six|seven|ten|\d+)\s+years\b|\b(?:two|three|four|five|ten|\d+)-year\b/i],
      ['annually', new RegExp(`\\b(?:annual(?:ly)?|yearly|per\\s+(?:year|annum)|(?:a|each|every)\\s+year${NOT_A_PERIOD})\\b|/\\s?yr\\b`, 'i')],
      ['quarterly', new RegExp(`\\b(?:quarterly|per\\s+quarter|(?:a|each|every)\\s+quarter${NOT_A_PERIOD})\\b`, 'i')],
      ['monthly', new RegExp(`\\b(?:monthly|per\\s+month|(?:a|each|every)\\s+month${NOT_A_PERIOD})\\b|/\\s?mo(?:nth)?\\b`, 'i')],
      ['weekly', new RegExp(`\\b(?:weekly|per\\s+week|(?:a|each|every)\\s+week${NOT_A_PERIOD})\\b`, 'i')],
      ['daily', new RegExp(`\\b(?:daily|per\\s+day|(?:a|each|every)\\s+day${NOT_A_PERIOD})\\b|/\\s?day\\b`, 'i')],
    ],
  ],
  [
    // "Their combined savings are $2.3 million" is a sum over several; "the average enterprise saves $2.3 million" is one's.
    'scope',
    [
      ['combined', /\b(?:combined|aggregate|altogether|collectively|in\s+total|between\s+(?:them|us))\b/i],
      ['an average', /\b(?:average|on\s+average|per\s+(?:enterprise|company|organi[sz]ation|firm|business))\b/i],
    ],
  ],
  [
    'tokens',
    [
      // (And a price column's header: "Output ($/1M tokens)".)
      // ("12c/1k tokens for the generation": the side a price is for, after it.)
      // (And in Chinese, Japanese and Korean: "输出token", "出力トークン", "출력 토큰".)
      ['output tokens', new RegExp(String.raw`\b(?:output|completion|generated)\s(?:\(?\$?\/?\s?(?:1\s?[KkMm]|1,000|1,000,000|million|thousand)?\s)?tokens?\b|\btokens?\s+for\s+(?:the\s+)?(?:generation|completion|output)\b|${OUTPUT_CJK}`, 'i')],
      ['input tokens', new RegExp(String.raw`\b(?:input|prompt)\s(?:\(?\$?\/?\s?(?:1\s?[KkMm]|1,000|1,000,000|million|thousand)?\s)?tokens?\b|\btokens?\s+for\s+(?:the\s+)?(?:prompt|input)\b|${INPUT_CJK}`, 'i')],
    ],
  ],
];

/** A word every pattern above needs ("years", "annum", "/mo", "daily", "tokens"…): most texts say none, and are read once. */
const ANY_AXIS = /year|annu|\/\s?(?:yr|mo)|quarter|month|week|day|daily|token|combined|aggregate|altogether|collectively|total|between|average|per\s|输|輸|出力|入力|출력|입력/i;

const OUTPUT_HEADER = new RegExp(String.raw`\b(?:output|completion|generation|generated|out)\b|${OUTPUT_CJK}`, 'i');
const INPUT_HEADER = new RegExp(String.raw`\b(?:input|prompt|in)\b|${INPUT_CJK}`, 'i');

// (Of a price per token only: "Total downloads", "Total cost" are no side of a price.)
const BOTH_SIDES_HEADER = /\b(?:total|blended|combined)\b(?=[^|\n]*\btokens?\b)|\btokens?\b[^|\n]*\b(?:total|blended|combined)\b/i;
const BOTH_SIDES_NAMED = /\binput\s*(?:\+|and|&)\s*output\b|\bin\s*\/\s*out\b|\bI\/O\b/i;

/** A price column's header that says its side ("Output price ($/1K tokens)", "Completion (per 1K tokens)", "$/1K tokens (output)", "In"). */
export function tokenSideOfHeader(header: string): string | undefined {
  // ("Total ($/1K tokens)", "Input + output": input and output together, a sum no plain per-token price is; "Input price … (total incl. VAT)" is the input's.)
  if (BOTH_SIDES_NAMED.test(header)) return 'input and output tokens';
  if (OUTPUT_HEADER.test(header)) return 'output tokens';
  if (INPUT_HEADER.test(header)) return 'input tokens';
  if (BOTH_SIDES_HEADER.test(header)) return 'input and output tokens';
  return undefined;
}

/** The qualifiers `text` says, the first found on each axis. */
export function contrastsIn(text: string): Contrasts {
  const out: Contrasts = {};
  if (!ANY_AXIS.test(text)) return out;
  for (const [axis, values] of AXES) {
    for (const [value, pattern] of values) {
      if (pattern.test(text)) {
        out[axis] = value;
        break;
      }
    }
  }
  return out;
}

/**
 * Why the note's qualifiers make it another statistic than the record's, or undefined.
 * A period or a scope must be said by both to clash; the output side said by the note alone is enough
 * ("GPT-4 output tokens at $0.06/1K" is not the record's plain per-token price).
 */
export function contrastClash(note: Contrasts, record: Contrasts): string | undefined {
  if (note.period && record.period && note.period !== record.period) return `${note.period}, not ${record.period}`;
  if (note.scope && record.scope && note.scope !== record.scope) return `${note.scope}, not ${record.scope}`;
  // (A plain per-token price is the input's, as price lists give it first: "input tokens" alone agrees with it.)
  if (note.tokens && note.tokens !== record.tokens && (record.tokens || note.tokens !== 'input tokens')) return `${note.tokens}${record.tokens ? `, not ${record.tokens}` : ', which the record does not say'}`;
  return undefined;
}
