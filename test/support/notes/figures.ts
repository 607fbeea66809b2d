import fc from 'fast-check';

/**
 * Figures of every kind the detector reads (README: percents, money with scale
 * words and currencies, multipliers, counts, sizes, throughput, benchmark scores),
 * and near misses it must leave alone, written the many ways notes write them.
 */

const int = fc.integer({ min: 0, max: 999 });
const small = fc.integer({ min: 1, max: 99 });
const decimal = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`);
const grouped = fc.integer({ min: 1000, max: 2_000_000_000 }).map((n) => n.toLocaleString('en-US'));
const number = fc.oneof({ arbitrary: int.map(String), weight: 3 }, { arbitrary: decimal, weight: 3 }, { arbitrary: grouped, weight: 2 });

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const percent = fc.oneof(
  fc.tuple(number, pick('%', ' %', '\u00a0%', ' percent', ' per cent', ' pct', ' percentage points', 'pp')).map(([n, u]) => n + u),
  fc.tuple(small, small, pick('–', '-', ' to ', '—')).map(([a, b, d]) => `${a}${d}${a + b}%`),
);

const money = fc.oneof(
  fc
    .tuple(pick('$', 'US$', '€', '£', '¥', 'USD ', 'EUR ', 'A$', 'C$', '\\$', '&#36;'), number, pick('', ' billion', ' million', ' trillion', 'bn', 'mn', 'M', 'B', 'm', 'b', 'k', ' thousand'))
    .map(([c, n, s]) => c + n + s),
  fc.tuple(decimal, pick(' per 1,000 tokens', '/hour', ' per token', ' per million tokens', ' per user per month')).map(([n, r]) => `$${n}${r}`),
  fc.tuple(small, small, pick(' billion', 'M', '')).map(([a, b, s]) => `$${a}-${a + b}${s}`),
  fc.tuple(number, pick(' dollars', ' euros', ' million dollars')).map(([n, w]) => n + w),
);

const multiplier = fc.oneof(
  fc.tuple(decimal, pick('x', 'X', '×', ' times faster', ' times more', '-fold', ' fold')).map(([n, u]) => n + u),
  fc.tuple(small, pick(' times cheaper', 'x', '×')).map(([n, u]) => n + u),
  fc.tuple(small, small).map(([a, b]) => `${a} to ${a + b}x`),
);

const count = fc.oneof(
  grouped,
  fc.tuple(grouped, pick('+', '+ ')).map(([n, p]) => n + p),
  fc.tuple(decimal, pick('k', 'K', 'M', ' million', ' billion', ' thousand', ' mn', ' bn', 'B')).map(([n, s]) => n + s),
  fc.tuple(small, pick(' million users', 'M developers', 'k downloads', ' billion downloads')).map(([n, s]) => n + s),
);

const size = fc.oneof(
  fc.tuple(number, pick(' GB', 'GB', ' TB', ' MiB', ' TiB', ' bytes', ' KB', 'PB')).map(([n, u]) => n + u),
  fc.tuple(small, pick(' billion parameters', 'B parameters', ' billion params')).map(([n, u]) => n + u),
);

const throughput = fc.tuple(decimal, pick(' tokens/s', ' tokens per second', ' tok/s', ' requests per second', ' tokens/sec')).map(([n, u]) => n + u);

const score = fc.oneof(
  fc.tuple(decimal, pick(' on HumanEval', ' on MMLU', ' on GSM8K', ' pass@1', ' on MT-Bench', ' points on the MATH benchmark')).map(([n, b]) => n + b),
  fc.tuple(pick('MMLU: ', 'HumanEval score of ', 'scores ', 'GPT-4’s ', 'against GPT-4’s ', 'Llama 2 70B scored '), decimal, pick('', ' on HumanEval')).map(([a, n, b]) => a + n + b),
);

/** Figures straight from the bundled dataset, so that notes hit supported and conflicting paths. */
const datasetFigure = pick(
  '73%', '80%', '$47 billion', '$100 million', '40%', '$0.03 per 1,000 tokens', '250,000', '2.1 billion', '70 billion', '138 GB',
  '1 million', '$23 billion', '5.2 million', '340%', '45 million', '78 million', '$12.4 billion', '$102.5 million', '$2.3 million',
  '67.5', '67.0', '81.6%', '3.2x', '23%', '156%', '4.7x', '700 million', '$1 billion', '85%', '$87 billion', '10x', '$10 billion',
);

/** Numbers that are no claim: years, dates, versions, names, references, times, numbering, long runs. */
const nearMiss = pick(
  '2026', 'in 2024', 'since 2024', 'by 2028', '2026-04-04', '4/4/2026', '10:30', '24/7', 'v1.2.3', '1.1.1.1', 'Llama 3.1 405B',
  'Mixtral 8x7B', 'A100 80GB', 'H100', 'Qwen2.5', 'GPT-4', 'Table 2', 'Figure 3', 'arXiv:2307.09288', 'RFC 9110', 'step 3', 'Q3',
  '(3)', '1,2,3', '12,34', '1.2.3.4.5', '0', '007', '.5', '5.', '1e9', '0x1F', '3 tasks', '100% sure', '64-bit', '8-shot',
  '999999999999999999999999999999', '1,000,000,000,000,000,000,000,000', '７３％', '٧٣٪', '𝟕𝟑%', 'ninety percent', '#73', '@73',
);

export const figure: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: percent, weight: 3 },
  { arbitrary: money, weight: 3 },
  { arbitrary: multiplier, weight: 2 },
  { arbitrary: count, weight: 2 },
  { arbitrary: size, weight: 2 },
  { arbitrary: throughput, weight: 1 },
  { arbitrary: score, weight: 2 },
  { arbitrary: datasetFigure, weight: 3 },
  { arbitrary: nearMiss, weight: 2 },
);

/** Words a figure is loosened by, before or after it. */
export const hedge = pick('about', 'over', 'more than', 'nearly', 'up to', 'roughly', '~', '>', '≈', 'at least', 'an estimated', 'under');
