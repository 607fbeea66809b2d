/**
 * Deterministic generator of realistic research notes for the benchmark: headings,
 * paragraphs full of figures (sourced, misquoted and unsourced), lists, tables, quotes,
 * code blocks, links and footnotes, in the proportions of the notes our users write.
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same note everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** Sentences with a figure: ones the bundled dataset supports, contradicts, or does not hold. */
const FIGURE_SENTENCES = [
  'In 2026, over 73% of enterprises run at least one open-source AI model in production.',
  'Adopting open models can cut development costs by up to 80 percent.',
  'The market for open-source AI tools reached $47 billion in 2026.',
  'Hugging Face hosts more than 250,000 open models, with downloads above 2.1 billion.',
  'The platform counts 5.2 million active developers, up 340% since 2024.',
  'Training a GPT-4-class model costs roughly $100 million in compute.',
  'Local deployment answers 3.2x faster than API-based services.',
  "Meta's Llama 2 70B scores 67.5 on HumanEval, against GPT-4's 67.0.",
  'WizardMath reaches 81.6% accuracy on GSM8K problems.',
  'One vendor deck claims 78% of enterprises use open-source AI models in production.',
  'Roughly 61% of CIOs say they will grow open-model budgets next year.',
  'The average fine-tuning project takes 6 weeks and costs $40,000.',
  'Per Forrester, the average enterprise saves $2.3M a year by switching.',
  'Our pilot cut inference spend by 42% over 18 months.',
  'Analysts expect the market to pass $120 billion by 2030, a 2.4x increase.',
  'Code Llama has been downloaded 45 million times since release.',
  'About 38% of teams report latency under 200 ms on a single GPU.',
  'The GPT-4 API charged $0.03 per 1,000 tokens at launch.',
  'Frontier training runs are approaching $1 billion per model.',
  'Survey respondents said open models handle 64% of their internal workloads.',
];

/** Sentences without a claim: years, versions, model names, plain prose. */
const PLAIN_SENTENCES = [
  'This section collects what I read in April 2026 while drafting the brief.',
  'Llama 3.1 405B and Mixtral 8x7B come up in almost every interview.',
  'See Table 2 and arXiv:2307.09288 for the method.',
  'The trade-offs are less about licences than about the teams who run the models.',
  'Several interviewees asked not to be named, so quotes are paraphrased.',
  'Procurement teams now treat model weights like any other vendor dependency.',
  'I will revisit this after the next round of interviews.',
  'Version 2.1 of the internal guide replaced the older checklist.',
];

const HEADINGS = ['Adoption', 'Costs', 'Benchmarks', 'Developers', 'Market size', 'Open questions', 'Methods', 'Interviews'];
const LINKS = ['[the report](https://example.com/reports/2026/open-models)', '[NWCast](https://nwcast.example/open-source-ai)', '<https://example.org/survey-2026>'];

function paragraph(rand: Rand, footnote: () => string, share: number): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    let s = rand() < 0.6 * share ? pick(rand, FIGURE_SENTENCES) : pick(rand, PLAIN_SENTENCES);
    const r = rand();
    if (r < 0.1) s = s.replace(/\.$/, ` (${pick(rand, LINKS)}).`);
    else if (r < 0.15) s = s.replace(/\.$/, `${footnote()}.`);
    else if (r < 0.2) s = `*${s}*`;
    sentences.push(s);
  }
  // Wrap like an editor does, so paragraphs span lines.
  return sentences.join(rand() < 0.5 ? ' ' : '\n');
}

function list(rand: Rand, ordered: boolean, share: number): string {
  const items: string[] = [];
  const count = 3 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    items.push(`${marker} ${rand() < 0.7 * share ? pick(rand, FIGURE_SENTENCES) : pick(rand, PLAIN_SENTENCES)}`);
    if (rand() < 0.15 * share) items.push(`  - ${pick(rand, FIGURE_SENTENCES)}`);
  }
  return items.join('\n');
}

function table(rand: Rand): string {
  const rows = ['| Model | Downloads | Notes |', '| --- | --- | --- |'];
  const models = ['Code Llama', 'Whisper', 'Llama 2', 'Mistral 7B', 'Falcon 40B', 'Gemma 7B'];
  const count = 3 + Math.floor(rand() * 5);
  for (let i = 0; i < count; i++) {
    const downloads = `${Math.floor(rand() * 90) + 5} million`;
    rows.push(`| ${pick(rand, models)} | ${downloads} | ${rand() < 0.5 ? '70 billion parameters, 138 GB of weights' : 'most popular open LLM'} |`);
  }
  return rows.join('\n');
}

/** The `share` that gives about one figure per 200 characters (measured by the benchmark, which prints the density). */
export const REALISTIC_SHARE = 0.35;

const CODE = '```python\n# nothing here is a claim\nbudget = 47_000_000_000  # 73% of spend\ngrowth = 3.4\n```';

/**
 * A note of about `bytes` UTF-16 code units, the same for the same seed. `share` scales
 * how many sentences carry a figure and how often a table comes: 1 gives the dense notes
 * of the benchmark (about 13,000 figures per MB), `REALISTIC_SHARE` about one figure per
 * 200 characters, as in the notes writers keep.
 */
export function generateNote(bytes: number, seed = 1, share = 1): string {
  const rand = random(seed);
  const parts = ['---\ntitle: Open model adoption\ndate: 2026-04-10\n---', '# Research notes on open models'];
  const footnotes: string[] = [];
  const footnote = () => {
    footnotes.push(`[^${footnotes.length + 1}]: NWCast, April 2026, p. ${footnotes.length + 3}.`);
    return `[^${footnotes.length}]`;
  };
  let size = parts.join('\n\n').length;
  while (size < bytes) {
    const r = rand();
    let block: string;
    if (r < 0.08) block = `## ${pick(rand, HEADINGS)}`;
    else if (r < 0.55) block = paragraph(rand, footnote, share);
    else if (r < 0.72) block = list(rand, rand() < 0.3, share);
    else if (r < 0.82) block = share >= 1 || rand() < share ? table(rand) : paragraph(rand, footnote, share);
    else if (r < 0.9) block = `> ${pick(rand, share >= 1 || rand() < share ? FIGURE_SENTENCES : PLAIN_SENTENCES)}`;
    else if (r < 0.95) block = CODE;
    else block = pick(rand, PLAIN_SENTENCES);
    parts.push(block);
    size += block.length + 2;
  }
  return [...parts, ...footnotes].join('\n\n') + '\n';
}
