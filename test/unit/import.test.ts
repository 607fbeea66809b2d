import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Checker } from '../../src/core/check';
import { parseConfig } from '../../src/core/config/parse';
import { datasetFromJson } from '../../src/core/dataset/validate';
import { DatasetIndex } from '../../src/core/judge/datasetIndex';
import type { StatRecord } from '../../src/core/dataset/types';
import { attributionFor } from '../../src/core/sources/attribution';
import { markdownSource } from '../../src/core/sources/markdown';
import { plainTextSource } from '../../src/core/sources/plainText';
import { buildDataset, type ImportedDataset } from '../../src/core/sources/records';
import { describeSubject } from '../../src/core/sources/subject';
import { importSources } from '../../src/cli/import';
import { CLI, runCli as run, workspace } from '../support/cli';
import { repoPath } from '../support/paths';
import { makePdf } from '../support/pdf';
import { tempDir } from '../support/tempDirs';

/** ../shared beside the clone (CI), or two levels up from a worktree under /work/wt. */
const SHARED = [repoPath('../shared'), repoPath('../../shared')].find((dir) => fs.existsSync(path.join(dir, 'seed'))) ?? repoPath('../shared');
const SEED = path.join(SHARED, 'seed/open-source-ai-models-2026.txt');
const CORPUS = path.join(SHARED, 'realworld/corpus');
const handBuilt = JSON.parse(fs.readFileSync(repoPath('media/datasets/nwcast-open-source-ai-2026.json'), 'utf8'));

function tempFile(name: string, content: string | Buffer): string {
  const dir = tempDir('statlens-import-');
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A checker over an imported dataset alone (no bundled one). */
function checkerOf(dataset: ImportedDataset): Checker {
  const { dataset: loaded, issues } = datasetFromJson('imported', dataset);
  assert.deepEqual(issues, []);
  return new Checker(new DatasetIndex([loaded!]));
}

describe('statlens import', () => {
  describe('the seed article (../shared/seed)', () => {
    let dataset: ImportedDataset;
    let problems: string[];
    before(async function () {
      if (!fs.existsSync(SEED)) this.skip();
      ({ dataset, problems } = await importSources([SEED]));
    });

    it('reads the article from the byline: title, publisher, date', () => {
      assert.deepEqual(problems, []);
      const [article] = dataset.articles;
      assert.equal(article.title, 'The Rise of Open-Source AI Models: Why Tech Giants Are Giving Away Their Code');
      assert.equal(article.publisher, 'NWCast');
      assert.equal(article.date, '2026-04-04');
    });

    it('finds every figure of the hand-built dataset, in its sentence, with its value, unit and year', () => {
      for (const want of handBuilt.records) {
        const found = dataset.records.filter((r) => r.text === want.text && r.quote.includes(want.quote.slice(0, 40)));
        assert.ok(found.length > 0, `no record for ${want.text} in "${want.quote.slice(0, 60)}"`);
        assert.equal(found[0].value, want.value, want.id);
        assert.equal(found[0].unit, want.unit, want.id);
        assert.equal(found[0].year, want.year, want.id);
      }
      assert.equal(dataset.records.length, handBuilt.records.length);
    });

    it('credits the organisation the sentence names, as written, else the publisher', () => {
      const source = (text: string): string | undefined => dataset.records.find((r) => r.text === text)?.source;
      assert.equal(source('40%'), "McKinsey's 2026 AI Report");
      assert.equal(source('5.2 million'), 'Hugging Face');
      assert.equal(source('85%'), 'Gartner');
      assert.equal(source('$87 billion'), 'IDC');
      assert.equal(source('4.7x'), 'GitHub');
      assert.equal(source('$2.3 million'), "Forrester's Total Economic Impact study");
      assert.equal(source('$47 billion'), 'NWCast');
    });

    it('marks the lede repeated verbatim as the second occurrence, with its own id', () => {
      const ledes = dataset.records.filter((r) => r.text === '73%');
      assert.deepEqual(ledes.map((r) => r.occurrence), [undefined, 2]);
      assert.notEqual(ledes[0].id, ledes[1].id);
    });

    it('supports a note quoting a figure and not one about something else', () => {
      const checker = checkerOf(dataset);
      const status = (note: string): string => checker.check(note).findings[0]?.status ?? 'none';
      assert.equal(status('Hugging Face reported 5.2 million active developers in 2026.\n'), 'supported');
      assert.equal(status('Code Llama has been downloaded over 45 million times.\n'), 'supported');
      assert.equal(status('Our team onboarded 45 million new customers.\n'), 'unsupported');
      assert.equal(status('Salary premiums for open-source AI experience reached 32% over traditional AI roles.\n'), 'conflicting');
    });

    it('asks a note for only the capitalised part of a hyphenated name ("API-based" services: "API")', () => {
      const checker = checkerOf(dataset);
      const statuses = checker.check('Local inference answers about 3x faster than API calls; a vendor says "up to 10x faster" for the same comparison.\n').findings.map((f) => f.status);
      assert.deepEqual(statuses, ['supported', 'conflicting']);
    });
  });


  it('keeps every figure whatever its unit: latency, compute, energy, throughput and other currencies are records the dataset accepts', () => {
    const lines = [
      'The median time to first token was 340 ms under load.',
      'Each H100 delivers 989 TFLOPS of dense compute.',
      'Its memory bandwidth reaches 3.35 TB/s.',
      'Pre-training used 6,300 petaflop-days of compute.',
      'The training run consumed 1.3 GWh of electricity.',
      'The cluster draws 700 kW at peak.',
      'Training emitted 240 tons CO2eq.',
      'The service answers 100K searches/second.',
      'The free tier allows 30 requests / minute.',
      'The lab raised 100 billion yuan for training runs.',
    ];
    const dataset = buildDataset(plainTextSource(`Units\n\n${lines.join('\n\n')}\n`), { sourceKey: 'units', article: { title: 'Units', publisher: 'Example', date: '2026-01-01' } });
    assert.equal(dataset.records.length, lines.length, dataset.records.map((r) => r.text).join(', '));
    const { dataset: loaded, issues } = datasetFromJson('units.json', dataset);
    assert.deepEqual(issues, []);
    assert.equal(loaded?.records.length, lines.length);
  });
  it('reads a source\'s "$100M+" as a floor: a note\'s larger figure keeps to it, a smaller one misquotes it', () => {
    const dataset = buildDataset(plainTextSource('Costs\n\nTraining a frontier model at Meta costs $100M+ in compute.\n'), { sourceKey: 'costs', article: { title: 'Costs', publisher: 'Example', date: '2026-01-01' } });
    const status = (note: string): string => checkerOf(dataset).check(note).findings[0].status;
    assert.notEqual(status('Training a frontier model at Meta costs $200 million in compute.\n'), 'conflicting');
    assert.equal(status('Training a frontier model at Meta costs $50 million in compute.\n'), 'conflicting');
  });

  it('reads a source\'s "80-90%" as a range: its low end alone is not supported, a figure inside it is no misquote', () => {
    const dataset = buildDataset(plainTextSource('Pricing\n\nAlibaba made 80-90% price cuts on Qwen to dominate market share.\n'), { sourceKey: 'pricing', article: { title: 'Pricing', publisher: 'Example', date: '2026-01-01' } });
    const status = (note: string): string => checkerOf(dataset).check(note).findings[0].status;
    assert.equal(status('Alibaba made 80-90% price cuts on Qwen to dominate market share.\n'), 'supported');
    assert.equal(status('Alibaba made 80% price cuts on Qwen to dominate market share.\n'), 'unsupported');
    assert.equal(status('Alibaba made 85% price cuts on Qwen to dominate market share.\n'), 'unsupported');
    assert.equal(status('Alibaba made 60% price cuts on Qwen to dominate market share.\n'), 'conflicting');
  });

  it('quotes a line of a pasted contents list on its own, not the list run together', () => {
    const contents = ['# Report', '', 'Enterprises Are Buying More Than Building', 'AI Buyers Convert at Higher Rates', 'AI Applications: A $19 Billion Market', 'Departmental AI: Coding Is the First Use Case', 'Vertical AI: Healthcare Leads Adoption', ''].join('\n');
    const [record] = buildDataset(markdownSource(contents), { sourceKey: 'contents', article: { title: 'Report', publisher: 'Example', date: '2026-01-01' } }).records;
    assert.equal(record.quote, 'AI Applications: A $19 Billion Market');
    // Wrapped prose whose lines run on is still one sentence.
    const prose = ['# Report', '', 'The application layer captured $19 billion in 2025, more than', 'half of all generative AI spending, and Enterprises Are', 'Buying More Than Building', 'Apps this year.', ''].join('\n');
    assert.match(buildDataset(markdownSource(prose), { sourceKey: 'prose', article: { title: 'Report', publisher: 'Example', date: '2026-01-01' } }).records[0].quote, /more than half of all/);
  });

  it('supports a figure from an imported subject only when the note agrees in more than one stray word', () => {
    const dataset = buildDataset(plainTextSource('Buyers\n\nAI buyers convert at 47% vs 25% for traditional SaaS.\n\nOpen models deliver 40% faster time-to-market for AI-powered products.\n'), { sourceKey: 'buyers', article: { title: 'Buyers', publisher: 'Example', date: '2026-01-01' } });
    const status = (note: string, figure: string): string => checkerOf(dataset).check(note).findings.find((f) => f.text === figure)!.status;
    assert.equal(status('Engineers with open-source AI experience earn a 25% salary premium over traditional AI roles.\n', '25%'), 'unsupported');
    assert.equal(status('Buyers of AI tools convert at 25% in traditional SaaS, says the report.\n', '25%'), 'supported');
    // The kind of quantity agreed counts as one word: a speed of time-to-market.
    assert.equal(status('| Source | Figure | What |\n| --- | --- | --- |\n| Survey | 40% | faster time-to-market with open models |\n', '40%'), 'supported');
  });

  it('takes a figure a research firm is credited with ("Gartner prices … at $23 billion") as the firm\'s own, no misquote of a source that never names it', () => {
    const dataset = buildDataset(plainTextSource('Spend\n\nEnterprises spent $37 billion on generative AI in 2025.\n'), { sourceKey: 'spend', article: { title: 'Spend', publisher: 'Example', date: '2026-01-01' } });
    const status = (note: string): string => checkerOf(dataset).check(note).findings[0].status;
    assert.equal(status('Gartner prices enterprise generative AI spend at $23 billion in 2025.\n'), 'unsupported');
    assert.equal(status('Enterprises spent $23 billion on generative AI in 2025.\n'), 'conflicting');
  });

  it('keeps the ids of unchanged sentences when the source is edited', () => {
    const before = plainTextSource('Report\n\nHugging Face hosts 250,000 models. Downloads reached 2.1 billion.\n\nSalaries rose 23% in 2025.\n');
    const after = plainTextSource('Report\n\nA new opening paragraph says 61% of teams agree.\n\nHugging Face hosts 250,000 models. Downloads reached 2.2 billion.\n\nSalaries rose 23% in 2025.\n');
    const article = { title: 'Report', publisher: 'Example', date: '2026-01-01' };
    const ids = (doc: typeof before): Map<string, string> => new Map(buildDataset(doc, { sourceKey: 'report', article }).records.map((r) => [r.text, r.id]));
    const [a, b] = [ids(before), ids(after)];
    assert.equal(b.get('250,000'), a.get('250,000'));
    assert.equal(b.get('23%'), a.get('23%'));
    assert.notEqual(b.get('2.2 billion'), a.get('2.1 billion'));
  });

  it('quotes a run-on sentence only around each figure', () => {
    const runOn = 'Hugging Face hosts models and usage reached 64% and '.repeat(400);
    const dataset = buildDataset(plainTextSource(runOn), { sourceKey: 'run-on', article: { title: 'Run-on', publisher: 'Example', date: '2026-01-01' } });
    assert.equal(dataset.records.length, 400);
    for (const r of dataset.records) {
      assert.ok(r.quote.length < 1200 && r.quote.includes('64%'), r.quote.length.toString());
      assert.ok(runOn.includes(r.quote), 'the quote is verbatim');
    }
    assert.equal(new Set(dataset.records.map((r) => r.id)).size, 400);
  });

  describe('attribution and subject', () => {
    const credit = (sentence: string, figure: string): string | undefined => attributionFor(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);
    it('names the organisation a sentence credits', () => {
      assert.equal(credit('This is a $23 billion market according to Gartner.', '$23 billion'), 'Gartner');
      assert.equal(credit('By 2028, Gartner predicts that 85% of workloads will, while IDC forecasts $87 billion.', '$87 billion'), 'IDC');
      assert.equal(credit('By 2028, Gartner predicts that 85% of workloads will, while IDC forecasts $87 billion.', '85%'), 'Gartner');
      assert.equal(credit('Adoption hit 41% (Forrester, 2025).', '41%'), 'Forrester');
      assert.equal(credit('Adoption hit 41% last year.', '41%'), undefined);
    });
    it('describes what a figure measures and whose it is', () => {
      const s = 'In 2026, Hugging Face reported 5.2 million active developers, up from 2024.';
      const d = describeSubject(s, s.indexOf('5.2 million'), s.indexOf('5.2 million') + 11);
      assert.match(d.subject, /active developers/);
      assert.ok(d.keywords.includes('Hugging Face') || d.subject.includes('Hugging Face'), JSON.stringify(d));
      const t = 'Mistral raised $640 million, while Hugging Face hosts 1.2 million models.';
      const m = describeSubject(t, t.indexOf('1.2 million'), t.indexOf('1.2 million') + 11);
      assert.doesNotMatch(m.subject + m.keywords.join(' '), /Mistral|raised/);
    });
    /** A Markdown source of these lines, imported as a blog's notes. */
    const notesDataset = (lines: string[], date = '2025-12-01') => buildDataset(markdownSource(lines.join('\n')), { sourceKey: 'notes', article: { title: 'Notes', publisher: 'Blog', date } });
    /** The note's conflicting figures, each with what `show` says of its record. */
    const conflicts = (checker: Checker, note: string, show: (record: StatRecord) => string) =>
      checker.check(note).findings.filter((f) => f.status === 'conflicting').map((f) => `${f.text} against ${f.record ? show(f.record) : ''}`);
    const subjectOf = (sentence: string, figure: string): { subject: string; keywords: string[] } => describeSubject(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);
    it('takes a label before a colon as what the figure after it measures ("Vocabulary: 102,400 tokens")', () => {
      assert.equal(subjectOf('Vocabulary: 102,400 tokens', '102,400').subject, 'Vocabulary tokens');
      assert.equal(subjectOf('Context length: 128K tokens', '128K').subject, 'Context length tokens');
      // A colon that ends a clause of its own is no label.
      assert.doesNotMatch(subjectOf('In 2026, revenue reached $5 billion: a record for the firm.', '$5 billion').subject, /record/);
    });
    it('reads a scale word in title case as the figure\'s, not as whose it is ("A $19 Billion Market")', () => {
      assert.equal(subjectOf('The open-source AI market reached $19 Billion in 2025.', '$19 Billion').subject, 'open-source AI market');
      assert.doesNotMatch(subjectOf('AI Applications: A $19 Billion Market', '$19 Billion').subject, /Billion/);
    });
    it('names the model, not its maker, as whose a figure is', () => {
      const d = subjectOf("Meta's Llama 2 release included parameter weights totaling 70 billion, with safety guidelines developed through 1 million human preference annotations.", '1 million');
      assert.match(d.subject, /^Llama 2 .*annotations$/, JSON.stringify(d));
      assert.ok(d.keywords.includes('Meta'), JSON.stringify(d));
    });
    it('keeps the subject to the few words that say what is measured, the rest as a keyword phrase', () => {
      const d = subjectOf('Open-source models like Whisper for speech recognition achieved 78 million downloads across various implementations.', '78 million');
      assert.match(d.subject, /Whisper.*downloads$/, JSON.stringify(d));
      assert.doesNotMatch(d.subject, /achieved|across|implementations/);
      assert.ok(d.keywords.some((k) => /implementations/.test(k)), JSON.stringify(d));
      assert.match(subjectOf('Its flagship, Code Llama, has been downloaded 45 million times.', '45 million').subject, /Code Llama.*downloads/);
      assert.doesNotMatch(subjectOf('Engineers with open-source AI experience command 23% salary premiums over traditional AI roles.', '23%').subject, /traditional/);
      assert.match(subjectOf('Local deployment lets open models respond 3.2x faster than API-based services.', '3.2x').subject, /faster than API-based/);
    });
    it('gives a participle\'s figure the sentence\'s subject, and no subject to a demonstrative that points back', () => {
      assert.equal(subjectOf('Hugging Face reported 5.2 million active developers in 2026, representing 340% growth from 2024 levels.', '340%').subject, 'Hugging Face growth');
      assert.match(subjectOf('These domain-specific models can outperform general-purpose systems while requiring 10x less computational resources for training and inference.', '10x').subject, /^domain-specific models .*computational resources/);
      assert.equal(subjectOf("This control represents a $23 billion market opportunity according to Gartner's enterprise AI sovereignty report.", '$23 billion').subject, 'market opportunity');
    });
    it('gives an earlier value ("up from 36% last year", "down from 50%") the subject of the figure it is earlier than', () => {
      const s = 'Startups capture 63% of the AI application market ($19B), up from 36% last year.';
      assert.equal(subjectOf(s, '36%').subject, subjectOf(s, '63%').subject);
      assert.match(subjectOf(s, '36%').subject, /AI application market/);
      assert.equal(subjectOf('OpenAI at 27% (down from 50% in 2023).', '50%').subject, 'OpenAI');
      // A clause opened by "although" or "but" does not make the joiner part of the subject.
      assert.doesNotMatch(subjectOf('And although the model has only 4k tokens of context, it can be stretched.', '4k').subject, /although/);
    });
    it('matches no note figure to a record whose subject says only when or which way ("Up from 36% last year.")', () => {
      const source = markdownSource('# Market notes\n\nAnthropic leads with 40% share. Up from 36% last year. Last year it was 53%.\n');
      const checker = checkerOf(buildDataset(source, { sourceKey: 'market-notes', article: { title: 'Market notes', publisher: 'Menlo', date: '2025-12-01' } }));
      const statuses = (note: string) => checker.check(note).findings.map((f) => `${f.text} ${f.status}`);
      assert.deepEqual(statuses('Gross margin was 68.2%, up 140 basis points year over year.\n'), ['68.2% unsupported']);
      assert.deepEqual(statuses('Our payroll grew 36% last year.\n'), ['36% unsupported']);
      assert.deepEqual(statuses('Last year 53% of the class guessed right.\n'), ['53% unsupported']);
    });
    it('accuses no figure with a record whose subject says not what is measured or whose ("GitHub", "M", "MATH benchmark", "where it, market share")', () => {
      const dataset = notesDataset([
        '# Notes',
        '',
        'GitHub stars grew from 14,000 to 32,600 (2.3x).',
        '',
        '- Price war: Doubao-1.5-Pro ($0.11/M tokens) forced a rethink.',
        '',
        '- 51.7% on MATH benchmark',
        '',
        "Anthropic's ascent is driven by coding, where it now commands an estimated 54% market share.",
        '',
        'Testing shows an up to 1.9x throughput increase with the new router.',
        '',
      ]);
      assert.ok(!dataset.records.some((r) => r.source === 'Testing'), JSON.stringify(dataset.records.map((r) => r.source)));
      const checker = checkerOf(dataset);
      const notes = [
        'On GitHub, Vendor C merged 4.7x more pull requests than Vendor A.\n',
        '| Criterion | Vendor A | Vendor B |\n| --- | --- | --- |\n| List price | $0.20/M tokens | $2.50/M tokens |\n',
        "WizardMath gets 81.6% accuracy on GSM8K. On the harder MATH benchmark it's far lower, around 22.7% if I remember the paper.\n",
        '| Key result | Target | Actual |\n| --- | --- | --- |\n| KR1.1 Share of traffic on self-hosted models | 60% | 48% |\n',
      ];
      assert.deepEqual(notes.flatMap((note) => conflicts(checker, note, (r) => r.subject)), []);
    });
    it('marks its subjects as derived, and accuses a note with such a record only on its name or two words that qualify it', () => {
      const dataset = notesDataset([
        '# Notes',
        '',
        'US private markets have led a global wave of AI investments, with annual totals closing in on $100B.',
        '',
        'Data from the survey: 87% of the training tokens were code.',
        '',
        'In 2026, over 73% of enterprises are using at least one open-source AI model in production.',
        '',
      ], '2026-01-01');
      assert.ok(dataset.records.every((r) => r.derived === true));
      const checker = checkerOf(dataset);
      const accused = (note: string) => conflicts(checker, note, (r) => r.text);
      // One stray word in common ("closing"; "Data", a capitalised opening word, is no name).
      assert.deepEqual(accused("I've seen decks round the tools market to close to $50bn.\n"), []);
      assert.deepEqual(accused('The Data & AI Unit has a 23% vacancy rate.\n'), []);
      // Two words that qualify the subject, named beside the figure: a misquote.
      assert.deepEqual(accused('In 2026, 37% of enterprises used open-source AI models in production.\n'), ['37% against 73%']);
    });
    it('takes a note\'s figure far from an imported one for another comparison, not a misquote, unless it is ten times it', () => {
      const checker = checkerOf(notesDataset([
        '# vLLM',
        '',
        'TL;DR: vLLM achieves 2.7x higher throughput on the Llama 8B model than its previous version.',
        '',
      ], '2024-09-05'));
      const accused = (note: string) => conflicts(checker, note, (r) => r.text);
      assert.deepEqual(accused("The vLLM launch post reports up to 24x higher throughput than Hugging Face Transformers for the Llama 8B model.\n"), []);
      assert.deepEqual(accused('vLLM achieves 12x higher throughput on the Llama 8B model than its previous version.\n'), []);
      assert.deepEqual(accused('vLLM achieves 2.2x higher throughput on the Llama 8B model than its previous version.\n'), ['2.2x against 2.7x']);
    });
    it('takes a company opening its sentence before a verb of holding ("Anthropic now leads …") as whose the figure is', () => {
      assert.match(subjectOf('Anthropic now leads enterprise LLM market with 40% share (OpenAI at 27%)', '40%').subject, /^Anthropic /);
      const source = markdownSource('# Market\n\nAnthropic now leads enterprise LLM market with 40% share (OpenAI at 27%).\n');
      const checker = checkerOf(buildDataset(source, { sourceKey: 'market', article: { title: 'Market', publisher: 'Menlo', date: '2025-12-01' } }));
      const note = 'Practitioner surveys put the self-hosted share of enterprise inference at 40–50%.\n';
      assert.deepEqual(checker.check(note).findings.map((f) => `${f.text} ${f.status}`), ['40–50% unsupported']);
    });
    it('does not take a quotation\'s speaker for whose the quoted figure is', () => {
      const d = subjectOf('Dario Amodei, CEO of Anthropic, stated that "training costs for frontier models are approaching $1 billion per model."', '$1 billion');
      assert.doesNotMatch(d.subject, /Anthropic|Amodei/, JSON.stringify(d));
      assert.match(d.subject, /training costs/);
    });
  });

  describe('Markdown', () => {
    const text = [
      '---',
      'title: "Open model survey"',
      'publisher: Example Research',
      'date: 2025-06-30',
      'url: https://example.org/survey',
      '---',
      '',
      '# Open model survey',
      '',
      'We found that 61% of [teams](https://example.org/teams) run an open model.',
      '',
      '```',
      'budget = 99% of nothing',
      '```',
      '',
      '| Model | MMLU |',
      '| --- | --- |',
      '| Llama 3 70B | 79.5 |',
      '',
    ].join('\n');
    it('takes the article from front matter and figures from prose only', () => {
      const doc = markdownSource(text);
      assert.deepEqual(doc.meta, { title: 'Open model survey', publisher: 'Example Research', date: '2025-06-30', url: 'https://example.org/survey' });
      const dataset = buildDataset(doc, { sourceKey: 'survey', article: doc.meta as never });
      assert.deepEqual(dataset.records.map((r) => r.text), ['61%', '79.5']);
      assert.equal(dataset.records[0].quote, 'We found that 61% of teams run an open model.');
      assert.equal(dataset.records[1].quote, 'Model: Llama 3 70B; MMLU: 79.5');
      assert.match(dataset.records[1].subject, /MMLU/);
    });
  });

  describe('real sources, read from ../shared/realworld/corpus at test time', () => {
    before(function () {
      if (!fs.existsSync(CORPUS)) this.skip();
    });
    it('a blog post: every record quotes its figure, the title is its first heading, code is left out', async () => {
      const file = path.join(CORPUS, 'huggingface__blog__falcon.md');
      const { dataset, problems } = await importSources([file], { publisher: 'Hugging Face', date: '2023-06-05' });
      assert.deepEqual(problems, []);
      assert.equal(dataset.articles[0].title, 'The Falcon has landed in the Hugging Face ecosystem');
      const trillion = dataset.records.find((r) => r.text === '1.5 trillion');
      assert.ok(trillion, 'the 1.5 trillion tokens of training');
      assert.match(trillion.quote, /^Falcon-7B and Falcon-40B have been trained on 1\.5 trillion and 1 trillion tokens/);
      for (const r of dataset.records) assert.ok(r.quote.includes(r.text), r.id);
      const source = fs.readFileSync(file, 'utf8');
      const fenced = [...source.matchAll(/```[\s\S]*?```/g)].map((m) => m[0]).join('\n');
      for (const r of dataset.records) assert.ok(!fenced.includes(r.quote), `quoted from code: ${r.quote}`);
    });
    it('a note quoting a blog post and a model card: quoted figures supported by their sentence or row, others not', async () => {
      const { dataset } = await importSources([path.join(CORPUS, 'huggingface__blog__falcon.md'), path.join(CORPUS, 'meta-llama__llama__MODEL_CARD.md')], { publisher: 'Example', date: '2023-07-18' });
      const checker = checkerOf(dataset);
      const judged = (note: string): Array<[string, string, string]> => checker.check(note).findings.map((f) => [f.text, f.status, f.record?.quote.slice(0, 40) ?? '']);
      assert.deepEqual(judged('Falcon-40B needs about 90GB of GPU memory for inference.\n'), [['90GB', 'supported', 'Falcon-40B requires ~90GB of GPU memory ']]);
      assert.deepEqual(judged('Llama 2 70B scores 68.9 on MMLU.\n'), [['68.9', 'supported', 'Model: Llama 2; Size: 70B; Code: 37.5; C']]);
      assert.deepEqual(judged('Llama 2 13B scores 68.9 on MMLU.\n'), [['68.9', 'conflicting', 'Model: Llama 2; Size: 13B; Code: 24.5; C']]);
      assert.notEqual(judged('Mistral 7B was trained on 1.5 trillion tokens.\n')[0][1], 'supported');
    });

    it('a model card: benchmark cells are quoted with their row and headers, each row its own subject', async () => {
      const { dataset } = await importSources([path.join(CORPUS, 'meta-llama__llama__MODEL_CARD.md')], { publisher: 'Meta', date: '2023-02-24' });
      const cells = dataset.records.filter((r) => r.unit === 'score' && /^Model: /.test(r.quote));
      assert.ok(cells.length > 10, `${cells.length} benchmark cells`);
      for (const r of cells) assert.ok(r.quote.includes(`: ${r.text}`), r.quote);
      const mmlu = cells.filter((r) => r.subject.startsWith('MMLU'));
      assert.ok(mmlu.length >= 4, mmlu.map((r) => r.subject).join(', '));
      assert.equal(new Set(mmlu.map((r) => r.subject)).size, mmlu.length, 'each size of the model is its own subject');
    });
  });

  describe('HTML (a saved web page)', () => {
    const page = `<!doctype html><html><head><title>Open models | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-11-03T09:00:00Z">
<link rel="canonical" href="https://news.example.com/open-models"><script>var x = "99% of nothing";</script></head>
<body><nav>Home · 12% off</nav><article><h1>Open models</h1>
<p>According to Gartner, 64% of enterprises piloted an open-weight model in 2025.</p>
<p>Mistral raised $640 million in its latest round, while Hugging Face hosts 1.2 million models.</p>
<table><tr><th>Model</th><th>MMLU</th></tr><tr><td>Llama 3 70B</td><td>79.5</td></tr></table>
<p>Enough prose for the reader view to take this as the article, and enough prose again for the reader view.</p>
</article><footer>© 2025 Example · 50% off</footer></body></html>`;
    it('reads the metadata and the main content only', async () => {
      const { dataset, problems } = await importSources([tempFile('page.html', page)]);
      assert.deepEqual(problems, []);
      assert.deepEqual(dataset.articles[0], { id: 'page', title: 'Open models | Example News', publisher: 'Example News', date: '2025-11-03', url: 'https://news.example.com/open-models' });
      assert.deepEqual(dataset.records.map((r) => r.text), ['64%', '$640 million', '1.2 million', '79.5']);
      assert.equal(dataset.records[0].source, 'Gartner');
      assert.equal(dataset.records[0].year, 2025);
      assert.equal(dataset.records[3].quote, 'Model: Llama 3 70B; MMLU: 79.5');
    });
  });

  describe('PDF (pdfjs-dist, loaded on the first PDF)', function () {
    this.timeout(30_000);
    it('reads the text layer into paragraphs, across pages, with the title and date from its metadata', async () => {
      const pdf = makePdf(
        [
          ['Open model report', '', 'According to Gartner, 64% of enterprises piloted an open-weight', 'model in 2025. The survey covered 1,200 firms.', '', 'Mistral raised $640 million in its latest round.'],
          ['Page two says downloads reached 2.1 billion.'],
        ],
        { title: 'Open model report', created: 'D:20251103090000Z' },
      );
      const { dataset, problems } = await importSources([tempFile('report.pdf', pdf)], { publisher: 'Example Research' });
      assert.deepEqual(problems, []);
      assert.deepEqual(dataset.articles[0], { id: 'report', title: 'Open model report', publisher: 'Example Research', date: '2025-11-03' });
      assert.deepEqual(dataset.records.map((r) => r.text), ['64%', '1,200', '$640 million', '2.1 billion']);
      assert.equal(dataset.records[0].quote, 'According to Gartner, 64% of enterprises piloted an open-weight model in 2025.');
      assert.equal(dataset.records[0].source, 'Gartner');
    });
  });

  describe('bad sources get one line and lose nothing', () => {
    const good = (): string => tempFile('good.md', 'Hugging Face reported 5.2 million active developers in 2026.\n');
    const importWith = (bad: string): ReturnType<typeof importSources> => importSources([bad, good()]);
    const expectOneLine = async (bad: string, pattern: RegExp): Promise<void> => {
      const { dataset, problems } = await importWith(bad);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], pattern);
      assert.ok(!problems[0].includes('\n'));
      assert.deepEqual(dataset.records.map((r) => r.text), ['5.2 million']);
    };
    it('a binary file', () => expectOneLine(tempFile('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), /image\.md: a binary file, not text/));
    it('an encrypted PDF', () => expectOneLine(tempFile('secret.pdf', makePdf([['Secret: 64% of teams.']], { encrypted: true })), /secret\.pdf: an encrypted PDF \(password protected\): no text can be read/));
    it('an image-only PDF', () => expectOneLine(tempFile('scan.pdf', makePdf([[], []])), /scan\.pdf: no text in the PDF \(an image-only scan\?\)/));
    it('a file that only starts like a PDF', () => expectOneLine(tempFile('cut.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), /cut\.pdf: (not a readable PDF|no text in the PDF)/));
    it('an HTML page with no text', () => expectOneLine(tempFile('empty.html', '<html><head><script>1</script></head><body><div></div></body></html>'), /empty\.html: no text found in the page/));
    it('broken HTML is read as far as it goes', async () => {
      const { dataset, problems } = await importWith(tempFile('broken.html', '<html><body><p>Adoption reached <b>61% of <i>teams</p></div></span><p>Unclosed'));
      assert.deepEqual(problems, []);
      assert.deepEqual(dataset.records.map((r) => r.text), ['61%', '5.2 million']);
    });
    it('a file over the size limit, which the line announces', () => {
      const big = tempFile('huge.txt', '');
      fs.truncateSync(big, 51 * 1024 * 1024);
      expectOneLine(big, /huge\.txt: too large \(51\.0 MB; sources are limited to 50 MB\)/);
    });
    it('a source with no statistics', () => expectOneLine(tempFile('plain.txt', 'Nothing to count here.\n'), /plain\.txt: no statistics found/));
    it('a directory and a missing file', async () => {
      const { problems } = await importSources([os.tmpdir(), path.join(os.tmpdir(), 'no-such-source.md')]);
      assert.match(problems[0], /not a regular file/);
      assert.match(problems[1], /cannot read: no such file or directory/);
    });
  });

  it('reads "bundled" and "sources" from .statlens.json, and refuses a source glob that leaves the folder', () => {
    assert.deepEqual(parseConfig('c', '{ "bundled": false, "sources": ["sources/**"] }').config, { severity: {}, datasets: [], ignore: [], ignoreFigures: [], bundled: false, sources: ['sources/**'] });
    assert.deepEqual(parseConfig('c', '{ "bundled": true }').config, { severity: {}, datasets: [], ignore: [], ignoreFigures: [] });
    assert.deepEqual(parseConfig('c', '{ "sources": ["/etc/**"] }').problems.map((p) => p.field), ['sources[0]']);
    assert.deepEqual(parseConfig('c', '{ "bundled": "no" }').problems.map((p) => p.field), ['bundled']);
  });

  describe('the command line', function () {
    this.timeout(30_000);
    before(function () {
      if (!fs.existsSync(CLI)) this.skip();
    });
    it('writes a dataset that check --no-bundled supports notes with; flags override the metadata', () => {
      const dir = workspace({ 'src.md': '---\ntitle: Survey\n---\n\nSome 61% of platform teams run an open model in production.\n', 'note.md': 'About 61% of platform teams run an open model in production.\n' });
      const imported = run(['import', 'src.md', '--out', 'data.json', '--publisher', 'Platform team', '--date', '2026-02-01'], dir);
      assert.equal(imported.code, 0, imported.stderr);
      const data = JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8'));
      assert.deepEqual(data.articles[0], { id: 'src', title: 'Survey', publisher: 'Platform team', date: '2026-02-01' });
      const checked = run(['check', '--format', 'json', '--no-bundled', '--dataset', 'data.json', 'note.md'], dir);
      assert.equal(JSON.parse(checked.stdout).files[0].findings[0].status, 'supported');
      const without = run(['check', '--format', 'json', '--no-bundled', 'note.md'], dir);
      assert.equal(JSON.parse(without.stdout).files[0].findings[0].status, 'unsupported');
    });
    it('reads a config\'s sources directly, reports a bad one in one line, and "bundled": false leaves the article out', () => {
      const dir = workspace({
        '.statlens.json': '{ "bundled": false, "sources": ["sources/**"] }',
        'sources/survey.md': '---\ntitle: Platform survey\npublisher: Platform team\ndate: 2026-03-01\n---\n\nSome 41% of platform teams run an open model in production.\n',
        'sources/blob.txt': new Uint8Array([0, 1, 2, 3]),
        'note.md': 'About 41% of platform teams run an open model in production.\n\nCode Llama has been downloaded over 45 million times.\n',
      });
      const r = run(['check', '--format', 'json', 'note.md'], dir);
      assert.match(r.stderr, /^statlens: sources\/blob\.txt: a binary file, not text/m);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      const [survey, downloads] = JSON.parse(r.stdout).files[0].findings;
      assert.equal(survey.status, 'supported');
      assert.equal(survey.record.source, 'Platform team');
      assert.equal(downloads.status, 'unsupported', 'the bundled article is left out');
      const bundled = run(['check', '--format', 'json', '--config', path.join(dir, 'none.json'), 'note.md'], dir);
      assert.equal(bundled.code, 2, 'a missing --config file is an error, not a silent default');
    });

    it('refuses a config source glob that leaves its folder', () => {
      const dir = workspace({ '.statlens.json': '{ "sources": ["../elsewhere/**"] }', 'note.md': 'Some 41% of teams.\n' });
      const r = run(['check', 'note.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /field "sources\[0\]": "\.\.\/elsewhere\/\*\*" must be a glob relative to the folder of this file/);
    });

    it('exits 2 for an unreadable source and still writes the others', () => {
      const dir = workspace({ 'src.md': 'Some 61% of teams run an open model.\n' });
      const r = run(['import', 'src.md', 'missing.md', '--out', 'data.json'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing\.md: cannot read/);
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')).records.length, 1);
    });
  });

  it('reads Hugo\'s TOML front matter ("+++", key = "value") for the article, and never as prose', () => {
    const source = markdownSource('+++\ntitle = "Enterprise AI in 2025: $37 Billion and Counting"\ndate = 2025-12-10\n+++\n\nEnterprise AI spend hit $37 billion.\n');
    assert.deepEqual([source.meta.title, source.meta.date], ['Enterprise AI in 2025: $37 Billion and Counting', '2025-12-10']);
    assert.deepEqual(source.blocks.map((b) => b.text), ['Enterprise AI spend hit $37 billion.']);
  });
});
