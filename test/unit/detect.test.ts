import * as assert from 'node:assert/strict';
import { detectClaims } from '../../src/core/detect/detector';
import { check } from '../support/checker';

/** The figures detectClaims finds in a sentence, as written, with kind, value and unit. */
function found(text: string): Array<[string, string, number, string]> {
  return detectClaims(text).map((c) => [text.slice(c.start, c.end), c.kind, c.value, c.unit]);
}

const spans = (text: string): string[] => found(text).map(([t]) => t);

describe('claim detection (spec §1)', () => {
  describe('each kind of claim', () => {
    const cases: Array<[string, string, string, number, string]> = [
      ['In 2026, over 73% of enterprises use them.', '73%', 'percent', 73, 'percent'],
      ['Some 73 percent of enterprises use them.', '73 percent', 'percent', 73, 'percent'],
      ['Some 73 per cent of enterprises use them.', '73 per cent', 'percent', 73, 'percent'],
      ['Share rose 5 percentage points.', '5 percentage points', 'percent', 5, 'pp'],
      ['It grew 340% from 2024.', '340%', 'percent', 340, 'percent'],
      ['The market reached $47 billion.', '$47 billion', 'money', 47e9, 'USD'],
      ['The market reached US$47bn.', 'US$47bn', 'money', 47e9, 'USD'],
      ['The market reached $47B.', '$47B', 'money', 47e9, 'USD'],
      ['It saves $2.3M a year.', '$2.3M', 'money', 2.3e6, 'USD'],
      ['They raised $102.5m.', '$102.5m', 'money', 102.5e6, 'USD'],
      ['It cost $40,000.', '$40,000', 'money', 40000, 'USD'],
      ['Training costs €5 million.', '€5 million', 'money', 5e6, 'EUR'],
      ['训练数据 50 万亿 tokens。', '50 万亿', 'count', 50e12, 'count'],
      ['日本語 Wikipedia 約3億9,200万文', '3億9,200万', 'count', 392e6, 'count'],
      ['市场规模达到 16.5 亿元。', '16.5 亿元', 'money', 1.65e9, 'CNY'],
      ['融资 5 亿美元。', '5 亿美元', 'money', 5e8, 'USD'],
      ['Output tokens cost 60$ on o1.', '60$', 'money', 60, 'USD'],
      ['Calls cost $0.03 per 1,000 tokens for GPT-4.', '$0.03 per 1,000 tokens', 'money', 0.03 / 1000, 'USD/token'],
      ['Renting costs $2/hour.', '$2/hour', 'money', 2, 'USD/hour'],
      ['It responds 3.2x faster.', '3.2x', 'multiplier', 3.2, 'x'],
      ['It responds 3.2× faster.', '3.2×', 'multiplier', 3.2, 'x'],
      ['They draw 4.7 times more contributions.', '4.7 times', 'multiplier', 4.7, 'x'],
      ['They need 10x less compute.', '10x', 'multiplier', 10, 'x'],
      ['A 3.2-fold gain.', '3.2-fold', 'multiplier', 3.2, 'x'],
      ['The hub hosts 250,000 models.', '250,000', 'count', 250000, 'count'],
      ['The hub hosts 250k models.', '250k', 'count', 250000, 'count'],
      ['It counts 5.2M developers.', '5.2M', 'count', 5.2e6, 'count'],
      ['It serves 700M users.', '700M', 'count', 7e8, 'count'],
      ['Downloads passed 2.1B.', '2.1B', 'count', 2.1e9, 'count'],
      ['It was downloaded 45 million times.', '45 million', 'count', 45e6, 'count'],
      ['We run 1,200 GPUs.', '1,200', 'count', 1200, 'count'],
      ['Weights total 138 GB.', '138 GB', 'size', 138e9, 'bytes'],
      ['It has 70 billion parameters.', '70 billion', 'size', 7e10, 'count'],
      ['It generates 12.4 tokens/s.', '12.4 tokens/s', 'rate', 12.4, 'tokens/s'],
      ['A query uses 0.34 watt-hours.', '0.34 watt-hours', 'size', 0.34, 'Wh'],
      ['The weights alone are 1.56 terabytes.', '1.56 terabytes', 'size', 1.56e12, 'bytes'],
      ['This node without the GPU is 27 cents.', '27 cents', 'money', 0.27, 'USD'],
      ['Data centres used 945 TWh last year.', '945 TWh', 'size', 945e12, 'Wh'],
      ['The campus draws 50 megawatts.', '50 megawatts', 'rate', 50e6, 'W'],
      ['Each query evaporates 0.000085 gallons of water.', '0.000085 gallons', 'size', 0.000085 * 3.785411784, 'L'],
      ['It scores 67.5 on HumanEval.', '67.5', 'score', 67.5, 'score'],
      ['Output costs $0.06 per 1,000 for output tokens.', '$0.06 per 1,000', 'money', 0.06 / 1000, 'USD/token'],
      ['It answered with a p50 latency of 67.5 ms to first token.', '67.5 ms', 'size', 0.0675, 's'],
      ['p50 TTFT 410 ms on Monday.', '410 ms', 'size', 0.41, 's'],
      ['Frontier runs are approaching a billion dollars per model.', 'a billion dollars', 'money', 1e9, 'USD'],
      ['It raised two million euros.', 'two million euros', 'money', 2e6, 'EUR'],
      ['An older table gave Llama 2 70B 65.7 as the HumanEval score.', '65.7', 'score', 65.7, 'score'],
      ['A fine-tune reaches 78.3 on MMLU.', '78.3', 'score', 78.3, 'score'],
    ];
    for (const [sentence, span, kind, value, unit] of cases) {
      it(`${span} in "${sentence}"`, () => {
        const [hit] = found(sentence);
        assert.ok(hit, `nothing found in "${sentence}"`);
        assert.equal(hit[0], span);
        assert.equal(hit[1], kind);
        assert.ok(Math.abs(hit[2] - value) <= 1e-9 * Math.abs(value), `value ${hit[2]} != ${value}`);
        assert.equal(hit[3], unit);
      });
    }

    it('takes "+" into a count and marks it as a lower bound', () => {
      const [claim] = detectClaims('It has 250,000+ models.');
      assert.equal('It has 250,000+ models.'.slice(claim.start, claim.end), '250,000+');
      assert.equal(claim.hedge, 'atLeast');
    });

    it('reads a range as one claim with both ends', () => {
      const [claim] = detectClaims('Savings of 40–50% are common.');
      assert.deepEqual([claim.value, claim.max, claim.unit], [40, 50, 'percent']);
      const [money] = detectClaims('It costs $40-50 billion.');
      assert.deepEqual([money.value, money.max], [40e9, 50e9]);
      // Two shares spaced around a dash are one range too; a falling pair is two figures.
      assert.deepEqual(spans('Existing systems waste 60% – 80% of memory; it fell from 80% – 60% later.'), ['60% – 80%', '80%', '60%']);
    });

    it('finds scores in brackets after the models they are for ("GPT-4 (67.0) and Llama 2 70B (67.5) on HumanEval")', () => {
      assert.deepEqual(spans('It approaches GPT-4 (67.0) and Llama 2 70B (67.5) on HumanEval.'), ['67.0', '67.5']);
      assert.deepEqual(spans('Llama 2 (2023) and the guide (v2.1) came out on HumanEval day.'), []);
    });

    it('finds a share written with an article when it is of someone or said ("a third of", "a quarter said", "fell by a third")', () => {
      assert.deepEqual(spans('About a third of enterprises agree. A quarter said yes. The bill fell by about a third.'), ['a third', 'A quarter', 'a third']);
    });

    it('finds an API price per "1M" with nothing after it, not the amount a price is quoted for ("Cost for 1K tokens")', () => {
      assert.deepEqual(detectClaims('| Prompt | $0.65/1M |').map((c) => c.unit), ['USD/token']);
      assert.deepEqual(spans('Prices: $0.65/1M input. Cost for 1K tokens: DeepInfra $0.055.'), ['$0.65/1M', '$0.055']);
    });

    it('finds a score on a benchmark the lexicon names ("73.7 on Aider", a CMMLU column)', () => {
      assert.deepEqual(spans('Qwen 2.5 Coder 32B - 73.7 on Aider (matches GPT-4o).'), ['73.7']);
    });

    it('finds a scale word written on to its number ("13.8Billion") and a count of model downloads ("2.2B model downloads")', () => {
      assert.deepEqual(spans('AI spending surged 13.8Billion in 2024. Using 2.2B model downloads across 851k models, the 7B model scores well.'), ['13.8Billion', '2.2B', '851k']);
    });

    it('reads a size before "sibling" or "counterpart" as the variant it names ("Its 7B sibling managed 54.9%")', () => {
      assert.deepEqual(spans('Its 7B sibling, on the next plinth, managed 54.9% on the same test.'), ['54.9%']);
      assert.deepEqual(spans('The 13B counterpart scored 41.2 on HumanEval.'), ['41.2']);
    });

    it('reads a size before a possessive "variant\'s" or "model\'s" as the variant it names ("is the 70B variant\'s")', () => {
      assert.deepEqual(spans("WizardMath's 81.6% accuracy on GSM8K is the 70B variant's."), ['81.6%']);
      assert.deepEqual(spans("The 7B model's training used a batch size of 2304."), []);
    });

    it('reads a size after a model family written in lower case ("code llama 34B", "mistral 7b") as the variant it names', () => {
      assert.deepEqual(spans('just benchmarked code llama 34B on my box, getting 18.7 tokens/s at 4-bit'), ['18.7 tokens/s']);
      assert.deepEqual(spans('tried mistral 7B and qwen 72B locally; llama downloads hit 2.2B last year'), ['2.2B']);
    });

    it('reads sizes set against each other or slash-listed after a name ("the 8B vs 70B split", "Llama 3.1 8B / 70B / 405B") as variants', () => {
      assert.deepEqual(spans('Next: re-check the 8B vs 70B split. Llama 3.1 8B / 70B / 405B are offered. Downloads were 2.1B vs 5.2B views.'), ['2.1B', '5.2B']);
    });

    it('reads the lines a rule or a condition draws ("if … stays above 25%", "escalate above $60,000", "any prospect running more than 1,000 GPUs") as no claim', () => {
      assert.deepEqual(spans('The pilot extends to all squads if the cost reduction stays above 25% for two months. The pilot cut costs by 40%.'), ['40%']);
      assert.deepEqual(spans('Cap monthly GPU spend; escalate above $60,000. Spend was $48,000 in March.'), ['$48,000']);
      assert.deepEqual(spans('Escalate any prospect running more than 1,000 GPUs to the strategic team. Acme runs 1,200 GPUs.'), ['1,200']);
      assert.deepEqual(spans('Nothing changes unless spend exceeds $60,000 in a month.'), []);
      // A concession, a licence's line and a when-clause of what happened state their figures.
      assert.deepEqual(spans('Even if adoption stays above 73% this year, budgets are flat.'), ['73%']);
      assert.deepEqual(spans('Free if you have under 700M users.'), ['700M']);
      assert.deepEqual(spans('When downloads passed 2 million, the team hired.'), ['2 million']);
      // In the present, a when-clause sets a volume as "if" does.
      assert.deepEqual(spans('When the number of requests reaches 100,000 per day, the API costs about $268.'), ['$268']);
      assert.deepEqual(spans('When Meta reached 700 million users, it changed the licence.'), ['700 million']);
    });

    it('reads a small model\'s size in millions before "models" as the variant it names ("the 135M and 360M models"), a count before "model downloads" as a count', () => {
      assert.deepEqual(spans('We trained the 1.7B model on 1 trillion tokens and the 135M and 360M models on 600B tokens.'), ['1 trillion', '600B']);
      assert.deepEqual(spans('It passed 2.2M model downloads and 5.2M developers.'), ['2.2M', '5.2M']);
    });

    it('reads a serving benchmark\'s sizes, times per token and round bases as a model card means them', () => {
      // A size before a family and its version names the variant; one before a counted noun still counts.
      assert.deepEqual(spans('We found 13B Llama 2 with GPTQ delivers 71 tokens/sec. Meta counted 2.1B Llama downloads and 1.2B Llama 2 model downloads.'), ['71 tokens/sec', '2.1B', '1.2B']);
      assert.deepEqual(spans('We evaluated all currently available model sizes, including 7B, 13B, and 70B.'), []);
      // A time per token is a latency, and a column of them is headed so.
      assert.deepEqual(spans('The lowest latency was for Llama 2 7B on the ml.g5.12xlarge instance with 16.8ms/token, and 7B reached 16ms per token.'), ['16.8ms/token', '16ms per token']);
      const table = '| Model | Latency (ms/token) median | Time to generate 1 M tokens (minutes) | cost to generate 1M tokens ($) |\n| --- | --- | --- | --- |\n| Llama 2 7B | 34.245736 | 138.78 | $3.50 |\n';
      assert.deepEqual(check(table).map((f) => f.text), ['34.245736', '$3.50']);
      // "to generate 1M tokens" is the amount a rate is given for; "processed 1 million tokens" reports one.
      assert.deepEqual(spans('It processed 1 million tokens in a minute.'), ['1 million']);
      // Memory a machine has, not memory a model needs.
      assert.deepEqual(spans('While the V100 GPU has 32GB of memory, the system is equipped with 1.5TB of CPU DRAM and 30TB of NVMe storage. Only 6GB of GPU memory is required at INT4.'), ['6GB']);
    });

    it('reads each line of a post that lists its points with emoji, without Markdown\'s list, as a sentence of its own', () => {
      const post = '✅ Adoptar modelos abiertos reduce los costes de desarrollo hasta un 80 %\n✅ Hugging Face aloja más de 250.000 modelos abiertos.\n';
      assert.equal(check(post).find((f) => f.text === '80 %')?.status, 'supported');
    });

    it('reads a checklist\'s instructions and lines ("- [ ] Budget a 20% contingency", "any model serving more than 1,000 daily users") and "the first two quarters" as no claims', () => {
      assert.deepEqual(check('- [ ] Budget a 20% contingency on GPU capacity for the first two quarters\n- [ ] Confirm license terms for any model serving more than 1,000 daily users\n- [x] ask Legal whether the 700M MAU clause applies to us\n').map((f) => f.text), ['700M']);
      // Still shares: "two quarters of enterprises".
      assert.deepEqual(spans('Nearly three quarters of enterprises run one, and two quarters of the rest plan to.'), ['three quarters', 'two quarters']);
      assert.deepEqual(spans('Plan for a 20% discount band in competitive deals; revisit after two quarters.'), []);
    });

    it('reads the memory of a device as a translated note writes it ("un portatile da 16 GB") as no claim', () => {
      assert.deepEqual(spans('Un Llama 3.1 8B su un portatile da 16 GB ha risposto in 1,8 secondi. Un portátil de 32 GB. Ein Laptop mit 64 GB.'), []);
      assert.deepEqual(spans('Il modello pesa 138 GB.'), ['138 GB']);
    });

    it('reads an instruction in quotation marks ("(c) \\"Plan for 20% headroom\\"") as no claim', () => {
      assert.deepEqual(spans('(c) "Plan for 20% headroom in your GPU budget." (d) Adoption reached 73% of enterprises.'), ['73%']);
    });

    it('reads "an 8B Q4 quant" and "for the 8B." as variants, and an "e.g." as no sentence\'s end (a supposition reaches past it)', () => {
      assert.deepEqual(spans('I get 38 tokens/s on an 8B Q4 quant. We charge $0.08/M tokens for the 8B.'), ['38 tokens/s', '$0.08/M tokens']);
      assert.deepEqual(spans('Function calling: 57.12% accuracy at 34B. Granite: various sizes (3B-34B).'), ['57.12%']);
      // A table cell holding a sentence reads its model names as prose does, whatever the row's ID ("R-04").
      const register = '| ID | Evidence and notes |\n| --- | --- |\n| R-04 | Llama 2 70B scores 67.5 on HumanEval against GPT-4\'s 67.0; our eval put Llama 2 70B at 58.2 |\n';
      assert.deepEqual(check(register).map((f) => f.text), ['67.5', '67.0', '58.2']);
      assert.deepEqual(spans('If you want to sanity-check your own bill, multiply your monthly tokens by the per-million price, e.g. 500M tokens at $0.60/M is $300. Our median customer saves $4,100 a month.'), ['$4,100']);
    });

    it('reads an action item five words into its instruction ("Set a budget alert at $8,000/month") as no claim', () => {
      const table = '| # | Action | Owner |\n| --- | --- | --- |\n| 3 | Re-run the load test at 1,000 concurrent users | @li |\n| 4 | Set a budget alert at $8,000/month on the inference account | @priya |\n';
      assert.deepEqual(check(table).map((f) => f.text), []);
    });

    it('finds a margin in points after "by" ("outperforming GPT-4o by 23.2 points", "by 15.1 pts"), not points of a plan', () => {
      assert.deepEqual(spans('On LingoQA it outperformed Qwen2.5-VL 72B by 17.0 points and Gemini 2.5 Pro by 15.1 pts.'), ['17.0 points', '15.1 pts']);
      assert.deepEqual(spans('The rubric gives 3 points for a working demo.'), []);
    });

    it('finds compute in a number format ("1350+ FP8 TFLOPS"), binary bandwidth ("40+ GiB/s", "6.6 TiB/s") and "38 TPS"', () => {
      assert.deepEqual(spans('It delivers 1350+ FP8 TFLOPS and 40+ GiB/s, with 6.6 TiB/s in aggregate.'), ['1350+ FP8 TFLOPS', '40+ GiB/s', '6.6 TiB/s']);
      assert.deepEqual(spans('MLC reaches 38 TPS on two cards.'), ['38 TPS']);
    });

    it('finds a hedged score alone in its cell ("~96.0", "~1460" under a benchmark), not a place in a ranking', () => {
      const table = '| Benchmark | Leader | Score | Runner-up | Score |\n| --- | --- | --- | --- | --- |\n| MATH-500 | DeepSeek R1 | 97.3 | OpenAI o1 | ~96.0 |\n| LMArena Elo | DeepSeek V3.2 | ~1460 | Gemini 3 Pro | 1501 |\n';
      assert.deepEqual(check(table).map((f) => f.text), ['97.3', '96.0', '1460', '1501']);
      assert.deepEqual(check('| Model | LM Arena Rank |\n| --- | --- |\n| DeepSeek R1 | ~30 |\n| GPT-5.1 Mini | 14 |\n').map((f) => f.text), []);
    });

    it('finds a throughput with an open bound before its unit ("600+ tokens/sec")', () => {
      const [claim] = detectClaims('Ultra-fast inference (600+ tokens/sec) on their chips.');
      assert.deepEqual([claim.start, claim.end, claim.unit, claim.hedge], [22, 37, 'tokens/s', 'atLeast']);
    });

    it('finds a scale word joined on as an adjective ("a 10-million token window"), not a filing\'s name ("10-K")', () => {
      assert.deepEqual(spans('Scout has a 10-million token context window; Behemoth is a nearly 2-trillion parameter model. See the 10-K filing.'), ['10-million', '2-trillion']);
      assert.equal(detectClaims('a 10-million token window')[0].value, 1e7);
    });

    it('finds a figure a question states rather than supposes ("What happens when 73% of enterprises …?")', () => {
      assert.deepEqual(spans('What happens when 73% of enterprises run open models?'), ['73%']);
      // Nor is every opening "Use" or "Scale" an instruction.
      assert.deepEqual(spans('Use of open models grew 40% in 2026. Scale AI completed a $1 billion round. Scale includes a 99.9% uptime SLA.'), ['40%', '$1 billion', '99.9%']);
      // Nor is every example a supposition, nor every "exceeded" a group's bound.
      assert.deepEqual(spans('Open models are popular: for example, 73% of enterprises use them. Revenue exceeded $47 billion.'), ['73%', '$47 billion']);
    });

    it('finds a price in cents written with "¢" and a multiplier of a card\'s performance ("10x TPUv5p performance")', () => {
      assert.deepEqual(found('Llama-3-70B costs ~60¢ per million tokens input.').map(([t, , v, u]) => [t, v, u]), [['60¢ per million tokens', 0.6e-6, 'USD/token']]);
      assert.deepEqual(spans('| Google | 10x TPUv5p performance | Internal |\nWe ran 8x A100 GPUs.'), ['10x']);
    });

    it('finds a latency in seconds where the text says latency ("takes around 11.25 seconds. This latency …")', () => {
      assert.deepEqual(spans('One large prompt takes around 11.25 seconds. This latency is mainly due to prefill. Wait 30 seconds and retry.'), ['11.25 seconds']);
      // Serving metrics by their short names, and seconds written on as "s" (never a decade's "1990s").
      assert.deepEqual(spans('- TPOT: 7.3ms\n- P99 latency: 76s (some requests queue)\n- In the 1990s latency was worse.\n- The retry waits 2s.'), ['7.3ms', '76s']);
    });

    it('finds a context length written without a separator ("4096 tokens"), only where the sentence names one', () => {
      assert.deepEqual(spans('The context length for these models is 4096 tokens. It has a context window of 8192 tokens.'), ['4096 tokens', '8192 tokens']);
      assert.deepEqual(spans('The demo prints 2048 tokens. Context length matters. Then 4096 tokens more.'), []);
    });

    it('finds what a task states, done or not, though not an open task\'s target', () => {
      assert.deepEqual(spans('- [x] Uptime reached 99.9% in the pilot.\n- [ ] **B2.** Finding: the licence binds companies with more than 700 million monthly active users.'), ['99.9%', '700 million']);
    });

    it('finds scores given in a named metric ("Rating 1201 vs 1152", "a kappa of 0.81", "67.5 macro-F1"), never a dated version ("0314")', () => {
      assert.deepEqual(spans('Arena users rank the two apart (Rating 1201 vs 1152).'), ['1201', '1152']);
      assert.deepEqual(spans("Two annotators agreed with a Cohen's kappa of 0.81; the baseline reaches 67.5 macro-F1."), ['0.81', '67.5']);
      assert.deepEqual(spans('The Arena API was updated from 0314 to 0613 on June 27.'), []);
    });

    it('finds both scores in "scores 67.5 on HumanEval, against GPT-4\'s 67.0"', () => {
      assert.deepEqual(spans("Meta's Llama 2 70B scores 67.5 on HumanEval, against GPT-4's 67.0."), ['67.5', '67.0']);
    });

    it('finds both scores of a scoreline ("edged out GPT-4, 67.5 to 67.0"), not a count\'s range ("ran 20 to 30 trials")', () => {
      assert.deepEqual(spans("On the HumanEval coding test, Meta's Llama 2 70B edged out GPT-4, 67.5 to 67.0."), ['67.5', '67.0']);
      assert.deepEqual(spans('On HumanEval, Llama 2 70B edged out GPT-4, 67.5 vs 67.0 (Okafor 12).'), ['67.5', '67.0']);
      assert.deepEqual(spans('On MMLU, we ran 20 to 30 trials.'), []);
    });

    it('reads a translated note\'s price per tokens as one rate ("0,03 dollar pour 1 000 jetons", "0,03 dólares por 1.000 tokens")', () => {
      const rates = (text: string): Array<[string, string, number]> => detectClaims(text).map((c) => [text.slice(c.start, c.end), c.unit, c.value]);
      assert.deepEqual(rates('Une requête GPT-4 était facturée 0,03 dollar pour 1 000 jetons.'), [['0,03 dollar pour 1 000 jetons', 'USD/token', 0.03 / 1000]]);
      assert.deepEqual(rates('El precio era de 0,03 dólares por 1.000 tokens.'), [['0,03 dólares por 1.000 tokens', 'USD/token', 0.03 / 1000]]);
      assert.deepEqual(rates('Der Preis lag bei 0,03 Dollar pro 1.000 Token.'), [['0,03 Dollar pro 1.000 Token', 'USD/token', 0.03 / 1000]]);
    });

    it('reads a translated note\'s scores ("obtient 67,5, contre 67,0 pour GPT-4", "un score de 76,5 sur HumanEval", "erreicht 67,5 auf HumanEval")', () => {
      assert.deepEqual(spans('Sur HumanEval, Llama 2 70B obtient 67,5, contre 67,0 pour GPT-4. Un rapport attribue à Llama 2 70B un score de 76,5 sur HumanEval.'), ['67,5', '67,0', '76,5']);
      assert.deepEqual(spans('Llama 2 70B erreicht 67,5 auf HumanEval.'), ['67,5']);
      // Italian: "nel benchmark", and an article between the comparison's lead and the score ("contro il 67,0 di GPT-4").
      assert.deepEqual(spans('Llama 2 70B ottiene 67,5 nel benchmark HumanEval, contro il 67,0 di GPT-4.'), ['67,5', '67,0']);
      // And an Italian price per thousand tokens: "0,03 dollari ogni 1.000 token".
      assert.deepEqual(spans('Le API di GPT-4 costano 0,03 dollari ogni 1.000 token.'), ['0,03 dollari ogni 1.000 token']);
      // Portuguese: "marca 67,5 no HumanEval, contra 67,0 do GPT-4".
      assert.deepEqual(spans('O Llama 2 70B marca 67,5 no HumanEval, contra 67,0 do GPT-4.'), ['67,5', '67,0']);
      // Dutch: "3,2 keer sneller".
      assert.deepEqual(spans('Lokale modellen reageren 3,2 keer sneller dan API-diensten.'), ['3,2 keer']);
    });

    it('reads a German note\'s prices with the dollar after them as prices, not math ("15$/Monat statt 20$"), its compounds ("10-Milliarden-Dollar-Bewertung") and its rates ("1000 Wörter/Sekunde")', () => {
      const found = check('Le Chat kostet 15$/Monat statt 20$ bei ChatGPT Pro.\n\nMistral plant eine 10-Milliarden-Dollar-Bewertung. Bis zu 1000 Wörter/Sekunde, 30 Anfragen pro Minute.\n\nMath stays math: $E = mc^2$.\n');
      assert.deepEqual(found.map((f) => [f.text, f.unit, f.value]), [['15$/Monat', 'USD/month', 15], ['20$', 'USD', 20], ['10-Milliarden-Dollar', 'USD', 1e10], ['1000 Wörter/Sekunde', 'words/s', 1000], ['30 Anfragen pro Minute', 'requests/min', 30]]);
    });

    it('reads dollars, yen and won written on to a figure in Japanese or Korean ("300ドル", "5億ドル", "1,000円", "100달러"), and "TFlops" as papers case it', () => {
      const found = check('必要な費用はそれぞれ300ドル、600ドル以下です。市場は5億ドルに達した。価格は1,000円です。\n\n비용은 100달러입니다.\n\nOne GPT3-175B layer requires about 7 TFlops.\n');
      assert.deepEqual(found.map((f) => [f.text, f.unit, f.value]), [['300ドル', 'USD', 300], ['600ドル', 'USD', 600], ['5億ドル', 'USD', 5e8], ['1,000円', 'JPY', 1000], ['100달러', 'USD', 100], ['7 TFlops', 'FLOP/s', 7e12]]);
    });

    it('reads a translated note\'s percent words and scale abbreviations ("78 per cento", "73 Prozent", "12,4 mld di dollari")', () => {
      const found = check("Un'agenzia parla del 78 per cento delle aziende. 73 Prozent der Unternehmen. El 40 por ciento. Gli investimenti hanno toccato i 12,4 mld di dollari. La part a gagné 5 points de pourcentage.\n");
      assert.deepEqual(found.map((f) => [f.text, f.unit, f.value]), [['78 per cento', 'percent', 78], ['73 Prozent', 'percent', 73], ['40 por ciento', 'percent', 40], ['12,4 mld di dollari', 'USD', 12.4e9], ['5 points de pourcentage', 'pp', 5]]);
    });

    it('reads "vs." as no sentence stop ("surpassing ChatGPT (73.2 vs. 72.5)"), and a score in brackets after a versioned name ("LLaMA 2 (67.35)")', () => {
      assert.deepEqual(spans('Our model attains the second position in this benchmark, surpassing ChatGPT (73.2 vs. 72.5) and Claude2 (73.2 vs. 71.2).'), ['73.2', '72.5', '73.2', '71.2']);
      assert.deepEqual(spans('With 68.74 on the Hugging Face Leaderboard, Falcon 180B leads, surpassing Meta’s LLaMA 2 (67.35).'), ['68.74', '67.35']);
    });

    it('reads a score marked for a note under its table ("43.6*"), and no version in a column of model names ("WizardLM-30B 1.0")', () => {
      const table = '| Model | HumanEval Pass@1 | MBPP Pass@1 |\n| --- | --- | --- |\n| StarCoder-15B | 33.6 | 43.6* |\n| WizardLM-30B  1.0 | 37.8 | -- |\n';
      assert.deepEqual(check(table).map((f) => f.text), ['33.6', '43.6', '37.8']);
    });

    it('reads a model card\'s tables: a measurement beside its change ("50.2 (2.6x)"), units "in MB" and "(sec)", a size labelling its row, a "Benchmark" column that is not the first', () => {
      const speed = '| Category | Decode (tokens/sec) | Time-to-first-token (sec) | Model size (PTE file size in MB) |\n| --- | --- | --- | --- |\n| 1B BF16 (baseline) | 19.2 | 1.0 | 2358 |\n| 1B SpinQuant | 50.2 (2.6x) | 0.3 (-76.9%) | 1083 (-54.1%) |\n';
      assert.deepEqual(check(speed).map((f) => `${f.text} ${f.unit}`), ['19.2 tokens/s', '1.0 s', '2358 bytes', '50.2 tokens/s', '2.6x x', '0.3 s', '76.9% percent', '1083 bytes', '54.1% percent']);
      const scores = '| Category | Benchmark | # Shots | Metric | Llama 3.2 1B | Llama 3.2 3B |\n| --- | --- | --- | --- | --- | --- |\n| General | MMLU | 5 | macro_avg/acc_char | 32.2 | 58 |\n|  | ARC-Challenge | 25 | acc_char | 32.8 | 69.1 |\n';
      assert.deepEqual(check(scores).map((f) => f.text), ['32.2', '58', '32.8', '69.1']);
    });

    it('reads requests per second ("1.36 rps"), a latency after "vs." and times under "Load time (s)" or "Per-token latency (ms)"', () => {
      assert.deepEqual(found('It shows up to 2x higher throughput (1.36 rps vs. 0.67 rps) or up to 50% latency reduction (7 seconds vs. 14 seconds).').map(([t, , , u]) => `${t} ${u}`), ['2x x', '1.36 rps requests/s', '0.67 rps requests/s', '50% percent', '7 seconds s', '14 seconds s']);
      const table = '| quantization | Load time (s) | Per-token latency (ms) |\n| --- | --- | --- |\n| fp16 | 26.0 | 36.958 |\n';
      assert.deepEqual(check(table).map((f) => `${f.text} ${f.unit} ${f.value}`), ['26.0 s 26', '36.958 s 0.036958']);
    });

    it('reads a model card\'s training report: emissions in tons CO2eq, cells under "(GPU hours)" and "(tons CO2eq)", no bare zero; sizes before a family\'s name as variants', () => {
      assert.deepEqual(found('Estimated total emissions were 240 tons CO2eq for training; the rest came to less than 0.001 metric tonnes.').map(([t, , , u]) => `${t} ${u}`), ['240 tons CO2eq tCO2e', '0.001 metric tonnes t']);
      const table = '|  | Training Time (GPU hours) | Emissions (tons CO2eq) |\n| --- | --- | --- |\n| Llama 3.2 1B SpinQuant | 1.7 | 0 |\n| Llama 3.2 1B QLoRA | 1.3k | 0.381 |\n';
      assert.deepEqual(check(table).map((f) => `${f.text} ${f.unit}`), ['1.7 GPU-hours', '1.3k count', '0.381 tCO2e']);
      assert.deepEqual(spans('For the 1B and 3B Llama 3.2 models, we incorporated logits from larger models.'), []);
    });

    it('reads decimal commas and German scales as a translated briefing writes them ("12,4 Mrd. US-Dollar", "5,2 Mio.", "81,6 %", "0,9 Mrd. €")', () => {
      assert.deepEqual(found('Venture capital amounted to 12,4 Mrd. US-Dollar; Hugging Face reports 5,2 Mio. developers; WizardMath reaches 81,6 % on GSM8K; funding was 0,9 Mrd. €.').map(([t, , v, u]) => `${t} ${v} ${u}`), ['12,4 Mrd. US-Dollar 12400000000 USD', '5,2 Mio. 5200000 count', '81,6 % 81.6 percent', '0,9 Mrd. € 900000000 EUR']);
      assert.deepEqual(spans("Llama 2 70B scores 67,5 on HumanEval against GPT-4's 67,0."), ['67,5', '67,0']);
      // A thousands group has three digits; a sign before the next figure is that figure's.
      assert.deepEqual(spans('They tested 12,345 prompts; 250,000 €0.5 vouchers.'), ['12,345', '250,000', '€0.5']);
    });

    it('reads a hardware guide\'s table: "~35" and "10-12" under "70B tok/s", no claim in that header, no card\'s memory in a row naming a consumer card', () => {
      const table = '| GPU | Price | VRAM | 8B tok/s | 70B tok/s |\n| --- | --- | --- | --- | --- |\n| **RTX 3090** | $800-900 (used) | 24GB | ~35 | 10-12 |\n';
      const found = check(table).map((f) => `${f.text} ${f.unit}${f.max ? `–${f.max}` : ''}${f.hedge ? ` ${f.hedge}` : ''}`);
      assert.deepEqual(found, ['$800-900 USD–900', '35 tokens/s approx', '10-12 tokens/s–12']);
    });

    it('reads a paper note\'s scores: a benchmark named right before ("MMLU 42.4", "ARC‑C 52.8"), scores after names beside a benchmark ("below LLaMA 76.2 and MPT 77.6"), non-breaking hyphens as hyphens', () => {
      assert.deepEqual(check('Knowledge: ARC‑C 52.8 (best among compute‑matched), MMLU 42.4 (beats LLaMA‑7B 34.8).').map((f) => f.text), ['52.8', '42.4', '34.8']);
      assert.deepEqual(spans('Commonsense: HellaSwag 62.6 (below LLaMA 76.2 and MPT 77.6).'), ['62.6', '76.2', '77.6']);
      // A benchmark's version is no score, nor a product's.
      assert.deepEqual(spans('For AlpacaEval 2.0, we use the length-controlled win rate. We ran ECMAScript 5.1 on MMLU.'), []);
    });

    it('reads a share in words a measure is said to be ("is twenty-three percent"), a lower-case million before what it counts ("5.2m active developers"), seconds spaced after a decimal ("1.3 s")', () => {
      assert.deepEqual(spans('The salary premium for open-source AI experience is twenty-three percent over traditional AI roles.'), ['twenty-three percent']);
      assert.deepEqual(spans('Run the card at ninety percent of its power.'), []);
      assert.deepEqual(found('Hugging Face passes 5.2m active developers; a 5m cable is long.').map(([t, , v]) => `${t} ${v}`), ['5.2m 5200000']);
      assert.deepEqual(spans('p50 latency 410 ms, below the hosted baseline of 1.3 s.'), ['410 ms', '1.3 s']);
      // Alone in a cell, as a methods box's table writes it.
      assert.deepEqual(check('| Figure | Value |\n| --- | --- |\n| Hugging Face active developers | 5.2m |\n').map((f) => `${f.text} ${f.value}`), ['5.2m 5200000']);
    });

    it('reads a model card\'s "| 39 M |", a multiple of another\'s figure ("nearly 12 times China\'s $9.3 billion") and a list sharing its points ("rose by 18.8, 48.9, and 67.3 percentage points")', () => {
      assert.deepEqual(check('| Size | Parameters |\n| --- | --- |\n| tiny | 39 M |\n').map((f) => `${f.text} ${f.value}`), ['39 M 39000000']);
      assert.deepEqual(spans('Investment grew to $109.1 billion, nearly 12 times China’s $9.3 billion.'), ['$109.1 billion', '12 times', '$9.3 billion']);
      assert.deepEqual(found('Scores rose by 18.8, 48.9, and 67.3 percentage points on MMMU, GPQA, and SWE-bench.').map(([t, , , u]) => `${t} ${u}`), ['18.8 pp', '48.9 pp', '67.3 percentage points pp']);
    });

    it('reads a condition on the writer\'s choice before a reported figure ("If we want a market figure instead, the article puts … at $47 billion") as stating it; a worked example after one stays unclaimed', () => {
      assert.deepEqual(spans("If we want a market figure instead, the article puts the tools market at $47 billion in 2026, and IDC's forecast is $87 billion by 2028."), ['$47 billion', '$87 billion']);
      assert.deepEqual(spans('On benchmarks: if we mention HumanEval at all, the article has Llama 2 70B at 67.5 and GPT-4 at 67.0.'), ['67.5', '67.0']);
      assert.deepEqual(spans('If you want to sanity-check your own bill, multiply your monthly tokens by the per-million price, e.g. 500M tokens at $0.60/M is $300.'), []);
      assert.deepEqual(spans('If we spend $30,000 a month and cut that by 40%, we save $12,000.'), []);
    });

    it('reads a leaderboard: models by rows and an "Avg" column among task columns ("| GPT-3.5-Turbo-16k | 44.0 | 39.8 |")', () => {
      const table = '|                   | Avg  | Single-Doc QA | Summarization |\n| --- | --- | --- | --- |\n| GPT-3.5-Turbo-16k | 44.0 | 39.8 | 26.5 |\n';
      assert.deepEqual(check(table).map((f) => f.text), ['44.0', '39.8', '26.5']);
      // Not a table whose rows name no model.
      assert.deepEqual(check('| Region | Sales | Average |\n| --- | --- | --- |\n| North | 12.5 | 11.0 |\n').map((f) => f.text), []);
    });

    it('reads French throughputs and multiples ("3,25 tokens par seconde", "3,2 fois plus", "2 fois plus rapide"), not a count of tries ("3 fois")', () => {
      assert.deepEqual(found('Le K80 atteint 3,25 tokens par seconde, soit 3,2 fois plus que le CPU; il a essayé 3 fois.').map(([t, , v, u]) => `${t} ${v} ${u}`), ['3,25 tokens par seconde 3.25 tokens/s', '3,2 fois 3.2 x']);
      assert.deepEqual(spans('Il est 2 fois plus rapide.'), ['2 fois']);
    });

    it('reads a price per million of a kind of token ("$30 per million input tokens", "$2/M input") and power drawn in watts ("drew 298W"), not a card\'s rating ("TDP of 700W")', () => {
      assert.deepEqual(found('GPT-4 charges $30 per million input tokens; Gemini 3 Pro offers 1M tokens for $2/M input.').filter(([t]) => t.startsWith('$')).map(([t, , v, u]) => `${t} ${v} ${u}`), ['$30 per million 0.00003 USD/token', '$2/M 0.000002 USD/token']);
      assert.deepEqual(spans('The card drew 331W-368W under load and 298W at idle.'), ['331W-368W', '298W']);
      assert.deepEqual(spans('It ran on H100-80GB (TDP of 700W) hardware; 8x AMD MI300x GPU OAM, 192GB, 750W.'), []);
    });

    it('reads a row of latencies headed by their percentile ("| Latency 90% (seconds) | 27.3 |"), and no claim in that percentile', () => {
      const table = '| Metric | A10 | A100 |\n| --- | --- | --- |\n| Latency 90% (seconds) | 27.3 | 4.8 |\n';
      assert.deepEqual(check(table).map((f) => `${f.text} ${f.unit}`), ['27.3 s', '4.8 s']);
    });

    it('finds a bound on how much faster models are ("models up to 4.1x faster"), not on which models ("models up to 70B")', () => {
      assert.deepEqual(spans('Harbor 3.0 serves open models up to 4.1x faster than Harbor 2.4.'), ['4.1x']);
      assert.deepEqual(spans('Residents may train models up to 70B on the shared cluster.'), []);
    });

    it('reads a size under a header that counts downloads or users as a count ("| Hub downloads in 2026 | 2.1B |")', () => {
      assert.deepEqual(check('| Figure | Value |\n| --- | --- |\n| Hub downloads in 2026 | 2.1B |\n').map((f) => f.text), ['2.1B']);
      assert.deepEqual(check('| Model | Size |\n| --- | --- |\n| Llama 3 | 8B |\n').map((f) => f.text), ['8B']);
    });

    it('reads hedges before and after a figure', () => {
      const hedge = (t: string) => detectClaims(t)[0].hedge;
      assert.equal(hedge('About $50 billion flows in.'), 'approx');
      assert.equal(hedge('It has over 5 million users.'), 'atLeast');
      assert.equal(hedge('It has more than 5 million users.'), 'atLeast');
      assert.equal(hedge('It costs less than $80.'), 'atMost');
      // "up to 10x" states 10x (spec §2): no rounding that would let a 3.2x record agree.
      assert.equal(hedge('It cuts costs by up to 80%.'), undefined);
      assert.equal(hedge('It has 5 million or more users.'), 'atLeast');
      assert.equal(hedge('It has ~5 million users.'), 'approx');
      assert.equal(hedge('It has 5 million users.'), undefined);
    });
  });

  it('gives a list of bare numbers the unit it is labelled in ("in GBps: 12.5, 25 and 50")', () => {
    assert.deepEqual(found('(correspondingly in GBps: 12.5, 25 and 50)').map(([t, , v, u]) => [t, v, u]), [['12.5', 12.5e9, 'bytes/s'], ['25', 25e9, 'bytes/s'], ['50', 50e9, 'bytes/s']]);
    assert.deepEqual(spans('It is the same in 2024: 3 and 4.'), []);
  });

  it('reads what people say as a claim, and "say, 10,000" as an example', () => {
    assert.deepEqual(spans('The people who say Hugging Face had 5.2M active developers are wrong. Take, say, over 10,000 samples.'), ['5.2M']);
    assert.deepEqual(spans('Organisers say 1,800 people registered.'), ['1,800']);
  });

  it('reads worked examples, counterfactuals, mid-sentence instructions and sample sizes as no claims', () => {
      assert.deepEqual(spans('To make it concrete, say a customer pushes 10 million tokens a day through the API: at list, that is $300 a day.'), []);
      assert.deepEqual(spans('For example, if a university has a budget of $5 million, it could not pay even 1% of one such training.'), []);
      assert.deepEqual(spans('At list price that volume would have cost $63,000; most of it went elsewhere.'), []);
      assert.deepEqual(spans('Next step: re-run the cells, and plan for 20% overhead on the GPU estimate.'), []);
      assert.deepEqual(spans('TechDaily Reader Survey 2026, n = 1,140, described in the sidebar.'), []);
      assert.deepEqual(spans('Analysts say adoption would reach 85% by 2028.'), ['85%']);
  });

  it('reads the terms of a sum and a break-even section as worked out, not stated; a sum\'s result and a titled note stay', () => {
      assert.deepEqual(spans('Cost per request: $2.50 / 3600 / 50 = $0.000014'), ['$0.000014']);
      assert.ok(spans('Training took 2,048 H800s × 57 days = 2.78M GPU hours.').includes('2.78M'));
      const note = '# Open models\n\nHugging Face hosts 250,000 models.\n\n## The breakeven point\n\n| Volume | API | Self-hosted |\n| --- | --- | --- |\n| 10K requests/month | $18 | $1,800 |\n\n## Adoption\n\nOver 73% of enterprises run open models.\n';
      assert.deepEqual(check(note).map((f) => f.text), ['250,000', '73%']);
      assert.deepEqual(check('# Break-even of open models\n\nHugging Face hosts 250,000 models.\n').map((f) => f.text), ['250,000']);
      // A scenario's section works numbers out too; its conclusion states what they show.
      const scenario = '# TCO\n\n### 3.1 Scenario: 1M tokens/month\n\n- Claude Sonnet: $3 + $15 = $18/M → $18,000/month\n\n**Conclusion**: self-hosting open models is 5–10× cheaper.\n\n## 4. Hardware\n\nDeepSeek R1 runs at ~50 tokens/sec.\n';
      assert.deepEqual(check(scenario).map((f) => f.text), ['5–10×', '50 tokens/sec']);
      // A use case quoted as its reader would put it is a recommendation, whose prices are stated.
      const useCase = '# GPU research\n\n### Scenario 1: "I want to test my 8B model cheaply"\n**Use**: **Modal T4 @ $0.59/hr**\n- 3-4x faster than CPU\n';
      assert.deepEqual(check(useCase).map((f) => f.text), ['$0.59/hr', '3-4x']);
  });

  it('reads a textbook\'s exercises and answer key as worked out, and its sourced paragraphs as stated', () => {
      // An exercise opened by "Suppose" supposes to its end, unless a sentence hands a figure to a source.
      assert.deepEqual(spans('7.1 Suppose a startup spends $8,000 a month on API calls priced at $0.01 per 1,000 tokens. Self-hosting costs $5,000 a month plus $0.002 per 1,000 tokens. Find the break-even volume.'), []);
      assert.deepEqual(spans('7.2 Suppose a firm\'s downloads grow from 10,000 to 34,000 in a year. Compare it with the 340% growth reported in 7.3.1.'), ['340%']);
      assert.deepEqual(spans('Suppose frontier training costs start at $1 billion per model and grow 60% a year.'), []);
      // The terms of a sum in brackets and after a minus sign; "a 50% assumption" is assumed.
      assert.deepEqual(spans('Growth = (34,000 − 10,000) / 10,000 = 240%.'), ['240%']);
      assert.deepEqual(spans('So a 50% assumption is conservative.'), []);
      const chapter = '# Chapter 7\n\n### 7.3.3 Worked example: development costs\n\nSuppose a team cuts its costs by 50% on a budget of $1.2 million.\n\nHow do these numbers compare? Forrester\'s study puts the average enterprise saving at $2.3 million a year.\n\n### Answer key\n\n7.5 $1 billion × 1.6³ ≈ $4.1 billion per model.\n\n7.4 The reported venture funding in 2026 was $12.4 billion.\n';
      assert.deepEqual(check(chapter).map((f) => f.text), ['$2.3 million', '$12.4 billion']);
  });

  it('reads a cell of two prices under an in/out price header ("| 0.40 / 1.20 |" under "Price (in/out $/M tokens)") as two prices', () => {
      assert.deepEqual(check('| Model | Price (in/out $/M tokens) |\n| --- | --- |\n| Mistral Medium 3.1 | **0.40 / 1.20** |\n').map((f) => f.text), ['0.40', '1.20']);
  });

  it('reads a bound something must keep to ("800 ms or less", "$40 million or less") as no claim', () => {
      assert.deepEqual(spans('Section 3.4 requires a response latency of 800 ms or less at the 95th percentile.'), []);
      assert.deepEqual(spans('The size standard is average annual receipts of $40 million or less.'), []);
      assert.deepEqual(spans('Over 73% of enterprises run open models, or more by now.'), ['73%']);
  });

  it('reads a supposed change and what follows from it ("If running AI gets 10x cheaper, usage grows 100x") as no claim', () => {
      assert.deepEqual(spans('If running AI gets 10x cheaper, usage grows 100x.'), []);
      // After a colon too, in the past tense, at an assumed figure, or in a case called illustrative.
      assert.deepEqual(spans('ARR was $8.4M. The tab walks through a downside case: if churn doubled to 6%, at an assumed $14,000/month contract, ARR would still grow.'), ['$8.4M']);
      assert.deepEqual(spans('The break-even case in the model is illustrative only: at $14,000/month per GPU node and 20% overhead, self-hosting pays back in about a year.'), []);
      assert.deepEqual(spans('Running AI got 10x cheaper, and usage grew 100x.'), ['10x', '100x']);
  });

  it('reads a ratio to a card ("4.6x A100 performance") as a multiplier, and a whole count of cards ("8x A100") as hardware', () => {
      assert.deepEqual(spans('H100 has 4.6x A100 performance in TensorRT-LLM; we ran it on 8x A100 GPUs.'), ['4.6x']);
  });

  it('reads what a model comes in ("comes in two sizes: 8B for…") and "the 7B weight" class as variants', () => {
      assert.deepEqual(spans('Llama 3 comes in two sizes: 8B for efficient deployment on consumer GPUs.'), []);
      // The last of what a model comes in, counted in parameters, is a variant like the others.
      assert.deepEqual(spans('They come in three sizes: 8B, 70B, and 405B parameters, each with base versions.'), []);
      // What a figure is given for: "1.46M for 8B"; but "for 35B Python tokens" counts tokens.
      assert.deepEqual(spans('A total of 39.3M GPU hours (1.46M for 8B, 7.0M for 70B).'), ['39.3M', '1.46M', '7.0M']);
      assert.deepEqual(spans('We fine-tuned StarCoderBase for 35B Python tokens.'), ['35B']);
      // Every size the sentence goes on to name, not only the first.
      assert.deepEqual(spans('Llama 3 comes in two sizes: 8B for efficient deployment on consumer-size GPUs, and 70B for large-scale applications.'), []);
      assert.deepEqual(spans('Llama 3 comes in two sizes. The 70B model has 70B parameters.'), ['70B']);
      assert.deepEqual(spans('Gemma 7B is comparable to the best models in the 7B weight class.'), []);
      assert.deepEqual(spans('Llama 2 parameter sizes — 7B, 13B, and 70B.'), ['7B', '13B', '70B']);
      // Set off by a bar, as a post's link list gives them: "([coverage](…) | [ai.meta.com](…) | 8B, 70B)".
      assert.deepEqual(spans('Llama 3, released April 18, 2024 ([our coverage](https://a.example) | [ai.meta.com](https://b.example) | 8B, 70B): the open standard.'), []);
  });

  it('reads what a disk holds ("their 120 GB scratch volumes") as its size, and "138 GB on disk" as a measurement', () => {
      assert.deepEqual(spans('First nodes hit disk pressure on their 120 GB scratch volumes.'), []);
      assert.deepEqual(spans('The 70B weights total 138 GB on disk.'), ['138 GB']);
      assert.deepEqual(spans('In 8-bit it can run in about 45 GB of RAM, and the 4-bit model needs 35 GB of VRAM.'), ['45 GB', '35 GB']);
  });

  it('still reads a figure in a sentence that supposes about a named population', () => {
    assert.deepEqual(spans('If 73% of enterprises already run open models, the market is large.'), ['73%']);
  });

  it('reads a latency and a score in table cells by their headers', () => {
    const table = '| Model | HumanEval | p50 latency |\n| --- | --- | --- |\n| Code Llama 34B | 53.7 ([paper](https://example.org)) | 1,900 ms |';
    assert.deepEqual(check(table).map((f) => f.text), ['53.7', '1,900 ms']);
  });

  it('reads a score under a leaderboard\'s own score column ("ALScore")', () => {
    const table = '| Model | Architecture | ALScore | Released |\n| --- | --- | --- | --- |\n| DeepSeek-V3 | MoE | 10.6 | Dec/2024 |';
    assert.deepEqual(check(table).map((f) => f.text), ['10.6']);
  });

  it('reads Polish figures, and an ISO code after a scaled sum ("47 billion USD")', () => {
    assert.deepEqual(found('Rynek osiągnął 47 mld USD, a kary sięgają 35 mln EUR.'), [['47 mld USD', 'money', 47e9, 'USD'], ['35 mln EUR', 'money', 35e6, 'EUR']]);
    assert.deepEqual(found('Ponad 250 tys. modeli; koszt 410 tys. zł, czyli 0,38 zł za zapytanie.'), [['250 tys.', 'count', 250e3, 'count'], ['410 tys. zł', 'money', 410e3, 'PLN'], ['0,38 zł', 'money', 0.38, 'PLN']]);
    assert.deepEqual(spans('Czas skrócił się o 18 proc., a odpowiedzi są 3,2 raza szybsze i 10 razy tańsze.'), ['18 proc.', '3,2 raza']);
    assert.deepEqual(found('The market reached 47 billion USD.'), [['47 billion USD', 'money', 47e9, 'USD']]);
    // Turkish: the percent before the figure, "milyar", "bin", "kat", "TL".
    assert.deepEqual(found('İşletmelerin %73\'ünden fazlası; yüzde 45 daha hızlı; pazar 47 milyar dolar; 310 bin lira; 3,2 kat daha hızlı.'),
      [['%73', 'percent', 73, 'percent'], ['yüzde 45', 'percent', 45, 'percent'], ['47 milyar dolar', 'money', 47e9, 'USD'], ['310 bin lira', 'money', 310e3, 'TRY'], ['3,2 kat', 'multiplier', 3.2, 'x']]);
    // Not a placeholder's or the figure before's "%" (a review's probes), nor "Proc." of proceedings, nor "try" or "tl;dr".
    assert.deepEqual(spans('Traffic was split 50 %50 between the arms. Pass the path as %1 and the dataset as %2.'), ['50 %']);
    assert.deepEqual(spans('See the paper (Rozière et al., ICML 2023 Proc., pp. 1-12). The linter flagged 1,000 try blocks.'), ['1,000']);
    // A word after the figure keeps it ("102.5 million dollars 2 years after launch"); only a code may open the next figure.
    assert.deepEqual(spans('Together AI raised 102.5 million dollars 2 years after launch.'), ['102.5 million dollars']);
    // Indonesian and Romanian ("de" between a number from twenty on and its scale).
    assert.deepEqual(found('Pasar mencapai US$47 miliar; 5,2 juta pengembang; 73 persen; 3,2 kali lebih cepat.'),
      [['US$47 miliar', 'money', 47e9, 'USD'], ['5,2 juta', 'count', 5.2e6, 'count'], ['73 persen', 'percent', 73, 'percent'], ['3,2 kali', 'multiplier', 3.2, 'x']]);
    assert.deepEqual(found('Piața a ajuns la 23 de miliarde de dolari; 2,3 milioane de lei; 73 la sută; 3,2 ori mai rapid.'),
      [['23 de miliarde de dolari', 'money', 23e9, 'USD'], ['2,3 milioane de lei', 'money', 2.3e6, 'RON'], ['73 la sută', 'percent', 73, 'percent'], ['3,2 ori', 'multiplier', 3.2, 'x']]);
    // "bin" is Turkish for a thousand only in a Turkish sentence.
    assert.deepEqual(spans('We sorted latencies into a 256 bin histogram.'), []);
    // A code that opens the next figure is that figure's (found by the containers property).
    assert.deepEqual(spans('Meanwhile about 78 million EUR 1,000 went unspent.'), ['78 million', 'EUR 1,000']);
  });

  it('still reads figures near the words the new non-claim rules look for (a review\'s probes)', () => {
    assert.deepEqual(spans('Open-weight models now account for between 40% – 50% of enterprise workloads.'), ['40% – 50%']);
    assert.deepEqual(spans('When you look at the Hub today, Hugging Face hosts over 250,000 open-source models.'), ['250,000']);
    assert.deepEqual(spans('Contrary to what many assume, 73% of enterprises run open-source AI models in production.'), ['73%']);
    assert.deepEqual(spans('In fp16, Llama 2 70B is 138 GB of VRAM before the KV cache.'), ['138 GB']);
    assert.deepEqual(spans('Over one third said they already run open models in production.'), ['one third']);
  });

  describe('model sizes in tables', () => {
    const figuresOf = (note: string): string[] => check(note).map((f) => f.text);
    it('reads a size in a model-name column, or alone in a column with no header beside a model, as the model\'s name', () => {
      assert.deepEqual(figuresOf('| Model | MMLU |\n| --- | --- |\n| LLaMA-2<br>-70B | 84.0 |\n'), ['84.0']);
      assert.deepEqual(figuresOf('|||TruthfulQA|\n|---|---|---|\n|Llama-2-Chat|70B|**64.14**|\n'), ['64.14']);
    });
    it('reads a size in a row headed by a sentence (a myth-vs-fact table) as it reads it in prose', () => {
      assert.deepEqual(figuresOf('| Myth | Fact |\n| --- | --- |\n| "GPT-4 beats Llama 2 70B on HumanEval, 67.5 to 67.0." | Llama 2 70B scores 67.5 on HumanEval. |\n').filter((t) => t === '70B'), []);
    });
    it('reads a number under an "Average" column of a table of benchmarks as a score, as the columns it averages', () => {
      assert.deepEqual(figuresOf('| Model | BBH | MMLU-PRO | Average |\n| --- | --- | --- | --- |\n| Meta-Llama-3.2-3B | 14.73 | 16.57 | 8.00 |\n'), ['14.73', '16.57', '8.00']);
      // A task's column among three benchmarks' is scored like them ("Multilingual" beside MMLU, GSM8K, HumanEval).
      assert.deepEqual(figuresOf('| Model | MMLU | GSM8K | HumanEval | Multilingual | Params |\n| --- | --- | --- | --- | --- | --- |\n| Qwen1.5-7B | 61.0 | 62.5 | 36.0 | 45.2 | 7.7 |\n'), ['61.0', '62.5', '36.0', '45.2']);
      // Not in a table of anything else ("| Region | Sales | Average |").
      assert.deepEqual(figuresOf('| Region | Stores | Average |\n| --- | --- | --- |\n| North | 12 | 8.00 |\n'), []);
    });
    it('reads a column of a model\'s decimals beside one benchmark ("CORE" beside "MMLU"), and an average qualified by what it averages, as scores', () => {
      const dclm = '| Model | Params | Open dataset? | CORE | MMLU | EXTENDED |\n|---|---|---|---|---|---|\n| **Open weights** | | | | | |\n| Llama2 | 7B | ✗ | 49.2 | 45.8 | 34.1 |\n| Mistral-0.3 | 7B | ✗ | 57.0 | 62.7 | ? |\n| Phi-3 | 7B | ✗ | **61.0** | 69.9 | **57.9** |\n';
      assert.deepEqual(figuresOf(dclm).filter((t) => t !== '7B'), ['49.2', '45.8', '34.1', '57.0', '62.7', '61.0', '69.9', '57.9']);
      // Not a column of whole numbers ("Layers") beside the benchmark, nor a column of decimals in a table naming no benchmark.
      assert.deepEqual(figuresOf('| Model | MMLU | Layers |\n|---|---|---|\n| Llama2 | 45.8 | 32 |\n| Mistral-7B | 62.7 | 32 |\n'), ['45.8', '62.7']);
      assert.deepEqual(figuresOf('| Model | Version | Ratio |\n|---|---|---|\n| Llama2 | 2.1 | 1.25 |\n| Mistral-7B | 3.0 | 1.50 |\n'), []);
      const tiny = '| Date | HF Checkpoint | Step | Commonsense Avg |\n|---|---|---|---|\n| 2023-09-01 | Pythia-1.0B | 143 | 48.30 |\n| 2023-09-04 | [TinyLlama-1.1B-step-50k](https://huggingface.co/PY007) | 50 | 46.11 |\n';
      assert.deepEqual(figuresOf(tiny), ['48.30', '46.11']);
    });
    it('reads a table of decimals as tokens per second when the paragraph leading into it says so, in its words or its code', () => {
      const table = '| CPU GPU | qwen2.5:0.5b | llama3.1:70b |\n|:--:|:--:|:--:|\n| i7-6820HQ | 41.6 | 0.57 |\n| i3-10100 | 39.8 | 0.71 |\n| RTX 3060 Ti | 163.5 | - |\n';
      const rates = [['41.6', 'tokens/s'], ['0.57', 'tokens/s'], ['39.8', 'tokens/s'], ['0.71', 'tokens/s'], ['163.5', 'tokens/s']];
      assert.deepEqual(check(`I set \`/set parameter num_gpu 0\`. You see the results of \`tokens/s\` below.\n\n${table}`).map((f) => [f.text, f.unit]), rates);
      assert.deepEqual(check(`Generation speed in tokens per second:\n\n${table}`).map((f) => [f.text, f.unit]), rates);
      // Not when the lead names no unit, nor when it does not lead into the table.
      assert.deepEqual(check(`You see the results below.\n\n${table}`).map((f) => f.text), []);
      assert.deepEqual(check(`We care about tokens/s more than anything.\n\n${table}`).map((f) => f.text), []);
    });
    it('reads a caption labelling its table\'s unit ("Average eval speed (tokens/s)"), over "OOM" where a model did not fit, and a card\'s memory in a GPU column as hardware', () => {
      const table = '| GPU | 7B_q4_0 | 70B_f16 |\n|:--|:--|:--|\n| 4080 16GB | 3774.79 | OOM |\n| 3090 24GB | 120.6 | OOM |\n| A100 80GB | 138.79 | 22.63 |\n| H100 80GB | **7367** | 25.07 |\n';
      assert.deepEqual(check(`Average eval speed (tokens/s) by GPUs on LLaMA 2.\n\n${table}`).map((f) => [f.text, f.unit]), [
        ['3774.79', 'tokens/s'], ['120.6', 'tokens/s'], ['138.79', 'tokens/s'], ['22.63', 'tokens/s'], ['7367', 'tokens/s'], ['25.07', 'tokens/s'],
      ]);
    });
    it('reads yuan written on to a figure ("28.8元") and a Chinese price list\'s header ("输入价格（元/M Tokens）")', () => {
      assert.deepEqual(check('微调模型存储费用：每个模型每月28.8元。').map((f) => [f.text, f.unit, f.value]), [['28.8元', 'CNY', 28.8]]);
      const prices = '| **模型** | **输入价格（元/M Tokens）** | **输出价格（元/M Tokens）** |\n|:--:|:--:|:--:|\n| gemma-3-27b-it | 0.72 | 1.44 |\n';
      assert.deepEqual(check(prices).map((f) => [f.text, f.unit]), [['0.72', 'CNY/token'], ['1.44', 'CNY/token']]);
      // A context window's column in thousands of tokens, in Chinese or English.
      assert.deepEqual(check('| 模型 | 上下文窗口大小（K） |\n|:--:|:--:|\n| gemma-3-27b-it | 128 |\n').map((f) => [f.text, f.value]), [['128', 128000]]);
      assert.deepEqual(check('| Model | Context (K tokens) |\n|---|---|\n| Llama 3.1 8B | 128 |\n').map((f) => [f.text, f.value]), [['128', 128000]]);
    });
    it('reads a score column named in Chinese ("OPEN分数", "胜和率") as a benchmark\'s, and the columns of decimals beside it as scores', () => {
      const open = '| 排名 | 模型 | 机构 | OPEN分数 |\n|:---|:---|:---|:---|\n| - | GPT-4 | OpenAI | 94.64 |\n';
      assert.deepEqual(check(open).map((f) => f.text), ['94.64']);
      const rates = '| 排名 | 模型 | 胜和率 | 闲聊 | 代码 |\n|:--|:--|:--|:--|:--|\n| 1 | gpt-4 | 94.64 | 80.00 | 97.30 |\n| 2 | Baichuan-13B | 65.28 | 45.00 | 88.33 |\n';
      assert.deepEqual(check(rates).map((f) => f.text), ['94.64', '80.00', '97.30', '65.28', '45.00', '88.33']);
    });
    it('reads a table of models under a section headed by a benchmark ("#### LongBench") as its scores, whatever the column headers', () => {
      const section = '#### LongBench\n\n这是一个大模型长文本理解能力的评测基准。以下是本项目模型的结果。\n\n| Models | 单文档QA | 摘要 | 平均 |\n| --- | :-: | :-: | :-: |\n| **Llama-3-Chinese-8B-Instruct-v2** | 57.3 | 13.9 | 46.4 |\n';
      assert.deepEqual(check(section).map((f) => f.text), ['57.3', '13.9', '46.4']);
      // (Not under a heading that names none; a column of averages, "平均", makes a table of models a leaderboard anyway.)
      assert.deepEqual(check(section.replace('#### LongBench', '#### Results').replace('平均', '备注')).map((f) => f.text), []);
      assert.deepEqual(check(section.replace('#### LongBench', '#### Results')).map((f) => f.text), ['57.3', '13.9', '46.4']);
    });
    it('reads a model\'s column of decimals as scores where the lead or section speaks of scores, and a column whose header has a better-way arrow', () => {
      const table = '| Capability | Llama-13B | InternLM-20B |\n|---|---|---|\n| Language | 42.5 | **55** |\n| Knowledge | 58.2 | 60.1 |\n| Reasoning | 42.7 | 54.9 |\n';
      assert.deepEqual(figuresOf(`On the 5 capability dimensions, the bolded scores are the best.\n\n${table}`), ['42.5', '55', '58.2', '60.1', '42.7', '54.9']);
      assert.deepEqual(figuresOf(`## Performance Evaluation\n\n${table}`).length, 6);
      // (Not where nothing says scores, nor in a column of whole numbers: "| Layers | 40 | 80 |".)
      assert.deepEqual(figuresOf(`## Architecture\n\n${table}`), []);
      // (Nor a table of settings under "Evaluation setup", nor a translated place in a ranking.)
      assert.deepEqual(figuresOf('## Evaluation setup\n\n| Setting | Llama-13B | Llama2-70B |\n|---|---|---|\n| Temperature | 0.7 | 0.7 |\n| Top-p | 0.95 | 0.90 |\n'), []);
      assert.deepEqual(figuresOf('Il modello è al posto 12 su MMLU e al posto 3 su HumanEval.'), []);
      assert.deepEqual(figuresOf('## Evaluation\n\n| Spec | Llama-13B | Llama2-70B |\n|---|---|---|\n| Layers | 40 | 80 |\n| Heads | 40 | 64 |\n'), []);
      const arrows = '| Model | Tool Selection↑ | Code↑ |\n|:--|:--:|:--:|\n| GPT-4 | **100** | 97.41 |\n| GPT-3.5 | 95.37 | 87.04 |\n| StarCoder-15.5B | 87.04 | 68.89 |\n';
      assert.deepEqual(figuresOf(arrows), ['100', '97.41', '95.37', '87.04', '87.04', '68.89']);
      // (Not a column sorted by release, nor one of whole numbers: "| Released ↓ | 2024.07 |".)
      assert.deepEqual(figuresOf('| Model | Released ↓ | Downloads ↓ |\n|---|---|---|\n| Llama-3 | 2024.04 | 12 |\n| Qwen-2 | 2024.06 | 9 |\n| Phi-3 | 2024.05 | 7 |\n'), []);
      assert.deepEqual(figuresOf(arrows.replace(/↑/g, '')), []);
      // A benchmark's name no English word shares, in a model card's row ("ANLI <br> 7-Shot").
      assert.deepEqual(figuresOf('| | Phi-3-Mini | Mistral 7b |\n|---|---|---|\n| ANLI <br> 7-Shot | 52.80 | 47.10 |\n'), ['52.80', '47.10']);
    });
    it('reads a memory column in a table of machines ("Instance Type", "vCPUs") as hardware, and a section headed "Example: …" as worked', () => {
      const machines = '| Provider | Instance Type | Hourly rate | vCPUs | Memory |\n|---|---|---|---|---|\n| aws | intel-icl | $0.032 | 1 | 2GB |\n| gcp | nvidia-l4 | $0.8 | 8 | 24 GB |\n';
      assert.deepEqual(figuresOf(machines), ['$0.032', '$0.8']);
      // (A model's memory in a table of models is what it takes: a size measured.)
      assert.deepEqual(figuresOf('| Model | Memory |\n|---|---|\n| Llama 2 70B | 138 GB |\n'), ['138 GB']);
      assert.deepEqual(figuresOf('# Fine-tuning costs\n\n#### Example: Supervised fine-tuning\n\nTraining uses 1 million tokens and costs $427.06.\n'), []);
      assert.deepEqual(figuresOf('## Examples of adoption\n\nOver 73% of enterprises use open models in production.\n'), ['73%']);
      // (A table of models keeps its memory column; a section of example customers or cases states its figures.)
      assert.deepEqual(figuresOf('| Model | GPUs | Memory (GB) |\n|---|---|---|\n| Llama 2 70B | 2 | 138 GB |\n'), ['138 GB']);
      assert.deepEqual(figuresOf('# Notes\n\n## Example customers\n\nOver 73% of enterprises use open models in production.\n'), ['73%']);
      // A handout's questions set their numbers, and "Then suppose …" supposes as "Suppose …" does.
      assert.deepEqual(figuresOf('# ECON 214\n\n## Part B. Questions\n\n**Question 2.** A self-hosted deployment costs $14,000/month in GPU rental.\n'), []);
      assert.deepEqual(figuresOf('Find the Nash equilibrium. Then suppose opening also saves each firm $10M in recruiting.'), []);
      assert.deepEqual(figuresOf('# Notes\n\n## Open questions\n\nOver 73% of enterprises use open models in production.\n'), ['73%']);
      assert.deepEqual(figuresOf('# Notes\n\n## Example: how Acme cut costs 40%\n\nAcme saves $2.3 million a year.\n'), ['40%', '$2.3 million']);
    });
    it('reads dots as thousands before a currency word of a translated note ("1.500 dollari", "1.500 Dollar")', () => {
      assert.deepEqual(check('A quel prezzo spendereste 1.500 dollari al mese.').map((f) => [f.text, f.value]), [['1.500 dollari', 1500]]);
      assert.deepEqual(check('Das kostet 1.500 Dollar im Monat.').map((f) => [f.text, f.value]), [['1.500 Dollar', 1500]]);
      // (No thousands group starts with a zero: "0.030 Dollar" is three cents.)
      assert.ok(Math.abs(check('API calls to GPT-4 cost 0.030 Dollar per 1,000 tokens.')[0].value - 0.00003) < 1e-12);
    });
    it('reads a time glued to its figure under a header of times, and a second time of what a sentence says took', () => {
      const table = '| Model | Whisper Time | faster-whisper Time |\n|---|---|---|\n| large-v3 | 77.09s | 29.72s |\n';
      assert.deepEqual(check(table).map((f) => [f.text, f.unit]), [['77.09s', 's'], ['29.72s', 's']]);
      assert.deepEqual(check('Transcription took 77.09s with Whisper and 29.72s with faster-whisper.').map((f) => f.text), ['77.09s', '29.72s']);
      // (Not a setting: "| Timeout | 30s |", "Wait 30s and retry.", nor a pause after a count that took: "It took 3 tries; 20s later".)
      assert.deepEqual(check('| Setting | Value |\n|---|---|\n| Timeout | 30s |\n\nWait 30s and retry. It took 3 tries; 20s later the job failed.').map((f) => f.text), []);
      assert.deepEqual(check('| Setting | Time limit | Wait time |\n|---|---|---|\n| default | 30s | 15s |\n').map((f) => f.text), []);
      assert.deepEqual(check('The job took 12s to start; results are cached for 60s, and we wait 30s before sending traffic.').map((f) => f.text), ['12s']);
      assert.deepEqual(check('The benchmark took 45s on Llama 2 and 12s on Mistral 7B, and 12.3s versus 45.6s on a laptop.').map((f) => f.text), ['45s', '12s', '12.3s', '45.6s']);
    });
    it('reads a score and what it became ("0.65→0.56") under a benchmark as two scores, and a size under "Model size, Gb" in bytes', () => {
      const aqlm = '| Model | WikiText-2 PPL | MMLU (5-shot) FP16→AQLM | Model size, Gb |\n|---|---|---|---|\n| Llama-2-7b | 5.92 | 0.46→0.39 | 2.4 |\n';
      assert.deepEqual(check(aqlm).map((f) => [f.text, f.unit, f.value]), [['5.92', 'score', 5.92], ['0.46', 'score', 0.46], ['0.39', 'score', 0.39], ['2.4', 'bytes', 2.4e9]]);
    });
    it('reads the numbers of a table captioned by a benchmark\'s name ("**AlignBench**") as its scores, whatever the column headers', () => {
      const table = '| 模型 | 总分 | 中文推理 |\n| :---: | :---: | :---: |\n| gpt-4-1106-preview | 8.01 | 7.73 |\n';
      assert.deepEqual(figuresOf(`**AlignBench** (https://arxiv.org/abs/2311.18743)\n\n${table}`), ['8.01', '7.73']);
      assert.deepEqual(figuresOf(`The zero-shot accuracy on the C-Eval test set:\n\n${table}`), ['8.01', '7.73']);
      // A caption that names no benchmark the lexicon knows ("FP8" only looks like one), or no caption, gives no scores.
      // (A caption naming no benchmark adds nothing to a table whose own headers name no score; "总分", a total score, would.)
      assert.deepEqual(figuresOf(`**H200 FP8 Max throughput**\n\n${table.replace('总分', '总计')}`), []);
      assert.deepEqual(figuresOf(table.replace('总分', '总计')), []);
      assert.deepEqual(figuresOf(table), ['8.01']);
    });
    it('reads a size in hundreds of billions to a tenth ("| 970.1B |" under "Cached") as a count, not a model', () => {
      assert.deepEqual(figuresOf('| Rank | Model | Total Tokens | Cached |\n| --- | --- | --- | --- |\n| 1 | Claude | 1.38T | 970.1B |\n'), ['1.38T', '970.1B']);
    });
    it('reads "Llama 2 70B weights" as a model\'s files, and "70B weights" alone as a count', () => {
      assert.deepEqual(spans('The Llama 2 70B weights are 128 GB.'), ['128 GB']);
      assert.deepEqual(spans('The model has 70B weights.'), ['70B']);
      assert.deepEqual(spans('The 70B weights come to 138 GB.'), ['138 GB']);
    });

    // (Spec §1: two figures that each carry their own unit are two claims; each end here has its currency sign.)
    it('reads "$2.50 - $4.00 / hour" and "$0.01 - $0.03 / 1K" (tokens) as one priced range, and two whole sums as two', () => {
      assert.deepEqual(spans('GPU rental is $2.50 - $4.00 / hour, and input tokens cost $0.01 - $0.03 / 1K.'), ['$2.50 - $4.00 / hour', '$0.01 - $0.03 / 1K']);
      assert.deepEqual(spans('An H100 costs $25,000 - $35,000 (one-time), billed at $0.0005 / sec.'), ['$25,000', '$35,000', '$0.0005 / sec']);
      assert.deepEqual(spans('Revenue was $1.7B - $2B in 2025.'), ['$1.7B', '$2B']);
    });

    it('reads "from 14,000 to 32,600" (each figure whole on its own) as two figures, and "14,000 to 32,600 stars" as one range', () => {
      assert.deepEqual(spans('GitHub stars grew from 14,000 to 32,600 (2.3x); speeds run from 200Gbps to 6400Gbps.'), ['14,000', '32,600', '2.3x', '200Gbps', '6400Gbps']);
      assert.deepEqual(spans('The repository has 14,000 to 32,600 stars, by whose count you take.'), ['14,000 to 32,600']);
    });

    it('reads any plural counted per second ("76 objects per second", "1,200 documents/s") as a rate, but not "5 times per second"', () => {
      assert.deepEqual(spans('The frontend streams back 76 objects per second and embeds 1,200 documents/s; it polls 5 times per second.'), ['76 objects per second', '1,200 documents/s']);
    });

    it('reads a table\'s cells by their headers: a "Benchmark" first column makes scores, a "$/M tokens" column prices', () => {
      assert.deepEqual(figuresOf('| Benchmark | 2B Params | 7B Params |\n| --- | --- | --- |\n| BooIQ | 69.4 | 83.2 |\n| **Average** | 54.0 | 56.4 |\n'), ['69.4', '83.2', '54.0', '56.4']);
      assert.deepEqual(figuresOf('| Name | 2B | 7B |\n| --- | --- | --- |\n| BooIQ | 69.4 | 83.2 |\n'), []);
      const prices = check('| Model | Input $/M tokens | Price ($/hr) | Count |\n| --- | --- | --- | --- |\n| DeepSeek R1 | 0.55 | 2.50 | 8 |\n');
      assert.deepEqual(prices.map((f) => [f.text, f.unit, f.value]), [['0.55', 'USD/token', 0.55e-6], ['2.50', 'USD/hour', 2.5]]);
    });

    it('reads a memory column in a row a card names ("| H100 | 80GB |") as the card\'s, not a claim', () => {
      const table = '| GPU | Memory | TFLOPS (BF16) | Price |\n|---|---|---|---|\n| H100 | 80GB | 989 | $2.49/hour |\n| **A100 PCIe** | 80GB | 312 | $2.00/hour |\n';
      assert.deepEqual(check(table).map((f) => f.text), ['989', '$2.49/hour', '312', '$2.00/hour']);
      // A model's memory needs are measured.
      assert.deepEqual(check('| Model | Memory |\n|---|---|\n| Llama 2 70B | 140GB |\n').map((f) => f.text), ['140GB']);
      // Laid out the other way ("| **GPU Memory** | 192 GB | 141 GB |" under the cards), or named by its type ("48 GB GDDR6", "64GB DDR5").
      assert.deepEqual(check('| Spec | MI300x | H100 |\n| --- | --- | --- |\n| **GPU Memory** | 192 GB | 141 GB |\n').map((f) => f.text), []);
      assert.deepEqual(spans('| L40S | $0.58 | 48 GB GDDR6 |'), ['$0.58']);
      // A first column of memory sizes is each row's machine, its key.
      assert.deepEqual(check('| GPU VRAM | Context length |\n|---|---|\n| 8 GB | 2,972 |\n').map((f) => f.text), ['2,972']);
      assert.deepEqual(spans('The host has 32x 64GB DDR5, and the MI325x offers 64GB more HBM. Llama 3 70B needs 35 GB of VRAM.'), ['35 GB']);
    });

    it('reads a bare number alone under a throughput column ("| Throughput | TPS |") as a rate', () => {
      const table = '| Model | Throughput | TPS | Batch |\n|---|---|---|---|\n| Qwen1.5-7B-Chat | 1.15 | 2298.89 | 64 |\n';
      assert.deepEqual(check(table).map((f) => [f.text, f.unit]), [['1.15', 'per second'], ['2298.89', 'tokens/s']]);
      // "Tokens/Second" in full, a row headed "Throughput (token/s)", and latencies under "TTFT (seconds)" or "Latency (ms)".
      const providers = '| Provider | TTFT (seconds) | Tokens/Second | Latency (ms) | Rank |\n|---|---|---|---|---|\n| Groq | 0.22 | 241 | 410 | 3 |\n';
      assert.deepEqual(check(providers).map((f) => [f.text, f.unit, f.value]), [['0.22', 's', 0.22], ['241', 'tokens/s', 241], ['410', 's', 0.41]]);
      // A size in the unit its header gives ("VRAM Used (GB)", "size (GiB)"), not a card's memory; "t/s" anywhere in a header; a figure with its error bar.
      const sizes = '| Metrics | GGUF | TensorRT-LLM |\n| --- | --- | --- |\n| VRAM Used (GB) | 5.5 | 6.3 |\n| H100 memory (GB) | 80 | 80 |\n';
      assert.deepEqual(check(sizes).map((f) => [f.text, f.unit, f.value]), [['5.5', 'bytes', 5.5e9], ['6.3', 'bytes', 6.3e9]]);
      const quants = '| Quant Type | bits/weight | size (GiB) | prompt processing t/s @ 512 |\n|:--:|--:|--:|--:|\n| IQ1_S | 2.0042 | 1.87 | 858.88 ±1.22 |\n';
      assert.deepEqual(check(quants).map((f) => [f.text, f.unit]), [['2.0042', 'bits/weight'], ['1.87', 'bytes'], ['858.88 ±1.22', 'tokens/s']]);
      const rows = '|  | SGLang v0.4 | SGLang v0.3 |\n| :---- | :---- | :---- |\n| Throughput (token/s) | 158596 | 82665 |\n| Batch | 64 | 64 |\n';
      assert.deepEqual(check(rows).map((f) => [f.text, f.unit]), [['158596', 'tokens/s'], ['82665', 'tokens/s']]);
    });

    it('reads a bound in a condition ("if >5,000 devices") as a threshold, and "a 7B VLM" as a variant', () => {
      assert.deepEqual(spans('The licence restricts commercial use (if >5,000 devices or >1M DAU) on top of usage restrictions.'), []);
      assert.deepEqual(spans('Its training data is predominantly based (>80%) on RefinedWeb.'), ['80%']);
      assert.deepEqual(spans('A.X-4.0-VL-Light by SKT: a 7B VLM for the Korean language.'), []);
    });

    it('reads a size in brackets after a model, "30B versions" and "30B [models](…)" as variants', () => {
      assert.deepEqual(spans('Alpaca was the first instruction-following LLaMA model (7B); Vicuna, also a LLaMA fine-tune (13B), followed.'), []);
      assert.deepEqual(spans('The first MPT model was followed up by 30B versions in June.'), []);
      assert.deepEqual(figuresOf('They were followed by the 7 and 30B [models](https://example.org/falcon) from TII.\n'), []);
      assert.deepEqual(figuresOf('Falcon was trained on 1T [tokens](https://example.org/data).\n'), ['1T']);
    });

    it('reads what a model ships in as its variants ("follows in 7B, 13B and 70B")', () => {
      assert.deepEqual(spans('Llama 2 follows in 7B, 13B and 70B. Code Llama ships in 7B, 13B and 34B, fine-tuned on code.'), []);
      assert.deepEqual(spans('Llama 2 was trained in 2 trillion tokens with 70B parameters.'), ['2 trillion', '70B']);
    });
    it('reads French number formats: spaced thousands, decimal commas, "milliards", "de dollars", "d\'euros"', () => {
      assert.deepEqual(found('Le marché atteint 47 milliards de dollars; Mistral a levé 1,7 milliard d\'euros.'), [['47 milliards de dollars', 'money', 47e9, 'USD'], ["1,7 milliard d'euros", 'money', 1.7e9, 'EUR']]);
      assert.deepEqual(found('Hugging Face hosts more than 250 000 models, 5,2 millions de développeurs and 180 000 euros of savings.'), [['250 000', 'count', 250000, 'count'], ['5,2 millions', 'count', 5.2e6, 'count'], ['180 000 euros', 'money', 180000, 'EUR']]);
      const table = '| Measure | 2026 | 2028 |\n| --- | --- | --- |\n| Open-source AI tools market, world (milliards de dollars) | 47 | — |\n';
      assert.deepEqual(check(table).map((f) => [f.text, f.unit, f.value]), [['47', 'USD', 47e9]]);
    });

    it('reads Spanish number formats: thousands set apart by dots where no English reader sees decimals, "millones", "mil millones", "veces"', () => {
      assert.deepEqual(found('El mercado llegó a 47.000 millones de dólares; 2,3 millones de dólares al año; 12.400 mil millones; más de 250.000 modelos; es 3,2 veces más rápido.'), [
        ['47.000 millones de dólares', 'money', 47e9, 'USD'], ['2,3 millones de dólares', 'money', 2.3e6, 'USD'], ['12.400 mil millones', 'count', 12.4e12, 'count'], ['250.000', 'count', 250000, 'count'], ['3,2 veces', 'multiplier', 3.2, 'x'],
      ]);
      assert.deepEqual(found('Il mercato vale 47 miliardi di dollari, con 250.000 modelli, 3,2 volte più veloce.'), [['47 miliardi di dollari', 'money', 47e9, 'USD'], ['250.000', 'count', 250000, 'count'], ['3,2 volte', 'multiplier', 3.2, 'x']]);
      assert.deepEqual(found('O mercado chegou a US$ 47 bilhões, com 250 mil modelos, R$ 1,1 milhão e 3,2 vezes mais rápido.'), [['US$ 47 bilhões', 'money', 47e9, 'USD'], ['250 mil', 'count', 250000, 'count'], ['R$ 1,1 milhão', 'money', 1.1e6, 'BRL'], ['3,2 vezes', 'multiplier', 3.2, 'x']]);
      // Dutch scale words, and a currency sign spaced from its figure as Dutch typesetting has it (its dots set thousands apart).
      assert.deepEqual(found('Het kostte $ 100 miljoen, besparingen tussen € 200.000 en € 400.000, en 10 miljard dollar; 2,1 biljoen downloads.'), [
        ['$ 100 miljoen', 'money', 100e6, 'USD'], ['€ 200.000', 'money', 200000, 'EUR'], ['€ 400.000', 'money', 400000, 'EUR'], ['10 miljard dollar', 'money', 10e9, 'USD'], ['2,1 biljoen', 'count', 2.1e12, 'count'],
      ]);
      // German "Milliarde", a dollar sign after a figure after another written so, and Korean tokens and points.
      assert.deepEqual(found('Die Runde lag bei 1 Milliarde US-Dollar; Preis 15$/Monat und 20$ im Monat.').map(([t, , v]) => [t, v]), [['1 Milliarde US-Dollar', 1e9], ['15$/Monat', 15], ['20$', 20]]);
      // (A release that includes a dataset's tokens counts them.)
      assert.deepEqual(found('We released a dataset including 2.4B tokens.').map(([t]) => t), ['2.4B']);
      assert.deepEqual(found('입력 $1.75/1M 토큰, 점수 90.6점').map(([t, k, , u]) => [t, k, u]), [['$1.75/1M 토큰', 'money', 'USD/token'], ['90.6점', 'score', 'score']]);
      // A scale letter Chinese or Japanese writes on to ("1.3K和12.3K个", "26.2Kトークン/秒"); a bound a condition names ("128K以上则") is none.
      assert.deepEqual(found('验证集和测试集分别包含1.3K和12.3K个选择题；GB200で26.2Kトークン/秒。').map(([t, , v, u]) => [t, v, u]), [['1.3K', 1300, 'count'], ['12.3K', 12300, 'count'], ['26.2Kトークン/秒', 26200, 'tokens/s']]);
      assert.deepEqual(found('输入长度0-32k的情况下最便宜，输入达到128K以上则价格翻3倍。70%以上的企业已采用。').map(([t]) => t), ['3倍', '70%']);
      assert.deepEqual(found('월 1억 토큰 이상 처리 시 자체 호스팅이 유리. 70% 이상의 기업이 도입했다.').map(([t]) => t), ['70%']);
      // German "Tokens/Sekunde", "pro Sekunde" and round thousands before a capitalised noun; Korean scales ("70억", "1,750억").
      assert.deepEqual(found('Kontext: 60.000 Tokens, 30 Tokens/Sekunde oder 21 Tokens pro Sekunde. 라마는 70억, GPT-3는 1,750억 파라미터.').map(([t, , v]) => [t, v]), [['60.000', 60000], ['30 Tokens/Sekunde', 30], ['21 Tokens pro Sekunde', 21], ['70억', 7e9], ['1,750억', 175e9]]);
      // French octets ("4 Go", "1 To"), not a numbered step's imperative ("2.1 To clone …").
      assert.deepEqual(found('Llama 2 nécessitait au minimum 4 Go de mémoire et 1 To de disque. 2.1 To clone the repo, run the command.').map(([t, , v]) => [t, v]), [['4 Go', 4e9], ['1 To', 1e12]]);
      // Russian scale words in the cases a number puts them in.
      assert.deepEqual(found('модель с 1 триллионом параметров, 32 миллиардами активных и 15.5 триллионов токенов; 5 млн пользователей').map(([t, , v]) => [t, v]), [['1 триллионом', 1e12], ['32 миллиардами', 32e9], ['15.5 триллионов', 15.5e12], ['5 млн', 5e6]]);
      // (Not a sign after a word's letters, nor a price to three decimals written close up.)
      assert.deepEqual(found('a$ 5 and a GPU at $1.189/hr').map(([t, , v]) => [t, v]), [['$1.189/hr', 1.189]]);
      // English decimals stay decimals: a ratio of 1.000 and a score of 67.000.
      assert.deepEqual(found('Throughput improved 1.000x; it scores 67.000 on HumanEval.').map(([t, , v]) => [t, v]), [['1.000x', 1], ['67.000', 67]]);
      // A table whose corner gives the unit; its header row's years are no figures.
      const table = '| Indicador (millones de dólares) | 2026 | 2028 |\n| --- | --- | --- |\n| Open-source AI tools market, world | 47.000 | — |\n';
      assert.deepEqual(check(table).map((f) => [f.text, f.unit, f.value]), [['47.000', 'USD', 47e9]]);
    });

    it('reads a euro sign written on to a round figure, and prices per "Monat" or "h"', () => {
      assert.deepEqual(found('Hosting kostet 30-80€/Monat, Beratung 150€/h, die GPU 100-200€.'), [['30-80€/Monat', 'money', 30, 'EUR/month'], ['150€/h', 'money', 150, 'EUR/hour'], ['100-200€', 'money', 100, 'EUR']]);
      assert.deepEqual(spans('출력이 입력보다 5배 비쌈'), ['5배']);
      // The licence line on users stays a claim: Llama 2's is a record of the article's.
      assert.deepEqual(spans('Companies with above 700 million monthly active users need a licence.'), ['700 million']);
    });

    it('reads rates and multiples as other languages and rate limits write them, and sizes in exabytes', () => {
      assert.deepEqual(spans('実行環境によって5倍以上の速度差（8.5 tps vs 45 tps）が出る。'), ['5倍', '8.5 tps', '45 tps']);
      assert.deepEqual(found('| Groq | 30 Requests / Minute |'), [['30 Requests / Minute', 'rate', 30, 'requests/min']]);
      assert.deepEqual(spans('Users downloaded 2.74 exabytes of model weights.'), ['2.74 exabytes']);
      // Energy in joules: a decimal figure before "J", or per token; not a letter after a count ("section 3 J").
      assert.deepEqual(spans('It used 125.45 J per run, 36.27–216.62 J in all, or 0.385 J/token; see section 3 J.'), ['125.45 J', '36.27–216.62 J', '0.385 J/token']);
    });

    it('reads a column\'s unit past a subscript, ratios under an "Improvement" header, compute under "TFLOPS", lengths "(Words)"; "FP16" rows name no benchmark', () => {
      const table = '| | Batch Size | Mean Latency (s) <sub>v0.45</sub> | Latency Improvement | Compute (TFLOPS FP16) | Summary Length (Words) |\n|---|---|---|---|---|---|\n| FP16 | 1 | 0.0390 | 1.14 | 312 | 81.1 |\n';
      assert.deepEqual(check(table).map((f) => [f.text, f.unit, f.value]), [['0.0390', 's', 0.039], ['1.14', 'x', 1.14], ['312', 'FLOP/s', 312e12], ['81.1', 'count', 81.1]]);
    });

    it('reads a model\'s score after "at" when the paragraph named the benchmark before', () => {
      assert.deepEqual(spans('Does anyone care who leads on HumanEval? A slide had Llama 2 70B at 67.0 and GPT-4 at 67.5.'), ['67.0', '67.5']);
      assert.deepEqual(spans('A slide had Llama 2 70B at 67.0 and GPT-4 at 67.5.'), []);
    });

    it('reads a power a machine idles at, a multiple of a percentile, and a platform with over 60K models', () => {
      assert.deepEqual(spans('It idles at about 50W currently.'), ['50W']);
      assert.deepEqual(spans('It delivers a 10x P90 latency reduction.'), ['10x']);
      assert.deepEqual(spans('The Hub is a platform with over 60K models and 6K datasets.'), ['60K', '6K']);
      // Counted parameters stay claims, as the real documents' readers take them.
      assert.deepEqual(spans('Llama models ranging from 7B to 70B parameters.'), ['7B', '70B']);
    });

    it('reads a bare number under a header giving its currency ("2026 (USD billion)", "(GBP)") as money', () => {
      const market = '| Market measure | 2026 (USD billion) | Price per million tokens (GBP) | Three-year price (GBP) |\n| --- | --- | --- | --- |\n| Tools | 47 | 0.42 | 1,262,000 |\n';
      assert.deepEqual(check(market).map((f) => [f.text, f.unit, f.value]), [['47', 'USD', 47e9], ['0.42', 'GBP/token', 0.42e-6], ['1,262,000', 'GBP', 1262000]]);
      // A latency column named by its abbreviation: "Median ITL (ms)".
      assert.deepEqual(check('| Version | Median ITL (ms) |\n| --- | --- |\n| v0.5.4 | 48.28 |\n').map((f) => [f.text, f.unit, f.value]), [['48.28', 's', 0.04828]]);
    });

    it('still reads sizes under a header that counts them', () => {
      assert.deepEqual(figuresOf('| Model | Parameters |\n| --- | --- |\n| Llama-2 | 70B |\n'), ['70B']);
    });
  });

  describe('non-claims are never reported', () => {
    const cases: Array<[string, string]> = [
      ['years', 'In 2026 and by 2028, as in 1999.'],
      ['dates', 'Published April 4, 2026, revised 2026-04-04 and 4/4/2026, for Q3 2026 and FY2027.'],
      ['times and durations of the note', 'A 7 min read, posted at 10:30.'],
      ['model names', 'Llama 2, GPT-4, GPT-4o, Llama 3.1 405B, Qwen2.5-72B, Mixtral 8x7B, Mistral 7B, Llama 2 70B model.'],
      ['hardware', 'We used A100 80GB and 80GB A100 cards.'],
      ['hardware with its form factor', '8× H100 SXM (80 GB) in rack B, and an A100 PCIe (40 GB).'],
      ['versions', 'Python 3.12, v0.4.1, CUDA 12.4, Node 20.'],
      ['references', 'See Figure 3, Table 2, §4.2, page 12, issue #1234, arXiv:2307.09288, RFC 9110, ISBN 978-3-16-148410-0.'],
      ['colours', 'The accent is #ff0073 or #123456.'],
      ['numbering', '3.1 Setup'],
      ['small plain counts', 'We ran 3 tasks with 2 seeds; the team grew from 4 to 9 people.'],
      ['identifiers', 'The x86 build, the H100s and the 2x2 grid.'],
      ['a version in a benchmark sentence', 'On HumanEval we used CUDA 12.4 and Python 3.12 with Table 2.'],
      ['bare large numbers', 'The 2048 context and 4096 tokens.'],
      ['a URL in plain text', 'See https://example.com/2026/73-percent/$47B for more.'],
      ['identifiers and compound words', 'Release key 9554F04D7259F04124DE6B476D5A82AC7E37093B, Rhino 1.7RC4, ECMAScript 5.1, 64-bit fields, 8-shot prompts, 20,000BC.'],
      ['single digits in a benchmark sentence', 'Set the benchmark deflate level to 0 in the source, or pick mode (3).'],
      ['an idiomatic 100%', 'We are 100% sure it is 100% compatible.'],
      ['a duration that is a setting, not a latency', 'Set the timeout to 500 ms and retry after 200 milliseconds.'],
      ['a length that sorts requests into a group', 'Most of our requests are longer than 8K tokens.'],
      ['a placeholder value', 'Put a placeholder eval budget in the sheet, e.g. $20k, until finance replies.'],
      ['a worked example that supposes', 'If a team spends $30,000 a month and cuts that by 40%, it saves $12,000 a month.'],
      ['an instruction inside a sentence', 'Your manager asks you to plan for 25% GPU overhead; members should plan for 20 per cent.'],
      ['what the writer plans for', 'Skills are scarce, so we budget a 12% retention uplift for the named team.'],
      ['a book\'s pages', '*The Open Weights Economy*, Calder & Finch, 2026. 312 pp. Hardback.'],
      ['weights someone set', 'Ranking now weighs downloads at 0.2 and eval score at 0.8.'],
      ['figures that work out a supposition', 'Tom: if we moved, say, 500 million tokens a month off the API, that is $15,000 a month. A service handling, say, 2 million tokens a day would spend $60 a day.'],
      ['the ends of a scale', 'Scoring: 0.0–1.0, where 0.7 is on target.'],
      ['a model size that scores', 'Our fine-tuned 13B scored well, and the 8B answers faster.'],
      ['a worked example introduced as one', 'Worked example for the whiteboard: a customer spending $50,000/month who moves 60% of traffic saves $30,000/month.'],
      ['a hypothetical company', 'Hypothetically, a company selling fine-tuning at $20,000 per project needs 50 customers to pass $1M in revenue.'],
      ['a quarter that is a period', 'NVIDIA printed record revenue in a quarter; no other company did in one quarter.'],
      ['what the reader might spend', "When you're experimenting, you might spend $50,000 or $100,000 on AI."],
      ['an idiom in cents', 'Just my 2 cents: it works.'],
      ['the ends of a band that defines a group', 'These are businesses with $100 million to $1 billion in revenue.'],
      ['the inputs a sum assumes', 'Power and cooling (assuming 2kW @ $0.10/kWh) come on top.'],
      ['a card and its memory', 'We used one RTX 4090 with 24 GB, then a cluster (1x RTX 4090, 24 GB).'],
      ['what a rate is per', '## Cost comparison (per 1M tokens)\n\nThe table gives the cost per 1,000 tokens.'],
      ['a node\'s ordinary memory', 'The node it is plugged into has 31 gigabytes of ordinary RAM as well.'],
      ['a machine\'s memory', 'It has 128 GB of system RAM and 48 GB of VRAM across two 24 GB cards; Mixtral also fits in 2× 24 GB.'],
      ['a model size naming an endpoint', 'A reserved 70B endpoint is on the price list.'],
      ['an English word that names a benchmark', 'BREAKING CHANGE: Drop support for node versions older than 12.'],
      ['a patent\'s number', '| D1 | US 11,468,325 B2 | 2019-06-12 | quantised inference |'],
      ['an open task\'s targets', '- [ ] p95 latency ≤ 900 ms for a long thread.\n- [ ] Throughput ≥ 12.4 tokens/s per stream.\n- [ ] Run cost below $9,000/month, including on-call.'],
      ['an illustration', 'For illustration only: at 10 million requests a month, metered usage would cost $180,000/month.'],
      ['cards\' memory after their model numbers', '### V100: 16GB, A10G: 24GB: GPU memory capacities'],
      ['a worked example that opens "at"', 'Worked example for the committee: at a $50,000 retention, a $135,000 loss would leave $85,000 to the policy.'],
      ['a speaker supposing a count', 'DR. CHEN: Say 9,000 participating students at $12 each, so about $108,000.'],
      ['a laptop\'s memory after its chip', 'In my own laptop test (M3 Max, 36 GB) the 8B model answered quickly, though never on a Chromebook with 4 GB of memory.'],
      ['an ordinal after an article', 'Refer back to me if the insured adds a third model before the review.'],
      ['a measure\'s bound that sorts a group, and a limit someone sets', 'Offer it only to insureds with revenue above $250 million, set a $1M sublimit per claim, and review.'],
      ['a bound on a kind of model', '2. Models above 30B parameters need two approvals; residents train models up to 70B.'],
      ['a figure the writer marks as made up', 'Sensitivity: we modelled a hypothetical 20% fall in ARR.'],
      ['the value an instruction sets', '3. Set the per-model storage quota to 200 GB; larger checkpoints go to cold storage.'],
      ['a worked example\'s sums after "say"', 'Back-of-envelope only: say a serving product lands 40 customers at $6,000/month; that is about $2.9M ARR.'],
      ['a scenario a worked example opens with', 'For a small project with 100,000 API calls per month: about $40.'],
      ['a size that sorts models into a group', '#### Standard benchmarks (Models larger than 67B)'],
      ['a count of cards named with their memory', '| 8x A100-80GB (spot) | per hour |'],
      ['a supposition opened "If even", spelled figures in it too', '**Impact:** If even 10% of that money went to safety audits, that would be over a billion dollars of review.'],
      ['a card\'s memory in its specification and in a machine\'s sum', '* 8x AMD MI300x GPU OAM, 192GB, 750W\n\nIt has 4 GPUs × 192 GB each.'],
      ['a scenario of a kind of organisation', 'For a mid-size enterprise running 10 billion tokens per month, the difference is roughly $150,000 per month.'],
      ['an instruction opened "Use" or "Scale"', 'Use cheaper model for 80% of traffic.\nScale to 100% of traffic in week two.'],
      ['the deals a bound on their value picks out', 'State review applies only to contracts over $250,000; any vendor contract above $250,000 a year needs approval.'],
      ['a group a bound picks out ("accounts that exceed")', 'Accounts that exceed 10,000 requests per minute are reviewed by our abuse team.'],
      ['an example worked out in the conditional', 'Overage is billed per token: for example, 2,000,000 extra tokens a day would add \\$1.80 a day.'],
      ['a figure a question supposes', 'Ask them: "What happens to your bill at 200 million tokens a day?" What if the market hits $87 billion by 2028?'],
      ['a processor\'s model number', 'Hardware: 2x RTX 3090 (24 GB each), 128GB system RAM, Ryzen 9 5950X; or an Intel 13900K.'],
      ['a forum post\'s votes', 'u/benchmark_skeptic · ▲ 158\nReminder that HumanEval scores are noisy.'],
      ['a count of nodes of cards', '| Falcon 180B | Training | 8x 8x A100 80GB |'],
      ['a count of cards whose model number is in lower case', '| `c4ai-command-r-plus` | 8x a40 (2 nodes, 4 a40/node) | 1x h100 |'],
      ['a degree of parallelism', 'That is not restrictive for strategies such as 8x Tensor Parallel and 4x pipeline parallelism.'],
      ['a floor that defines a group, after "of"', 'For large GPU clusters of 10K+ A/H100s, power is a line item.'],
      ['a floor on a plain count in a benchmark sentence', 'See the Arena leaderboard, or chat with 20+ models!'],
      ['an instruction joined by "and"', 'Re-run the benchmark before the pricing review and plan for 20% headroom on GPU quotes.'],
      ['a card\'s or a machine\'s memory after its model number or name', 'Compare costs on an RTX 4080 16GB against the API, or on an M2 Mac 64GB.'],
      ['the memory of a machine a model runs on', 'It runs easily on a 32GB VRAM GPU, and even on a 6GB GPU at 4 bits. Tinderbox ships with 64 GB of unified memory.'],
      ['guidance to ask for a figure', 'Bargaining guidance: ask for a 5–8% uplift for certified open-model skills. Negotiate a 10% premium where you can.'],
      ['a bound in brackets after a group\'s name', '| Leaders (>10% productivity gain) | see below |\n\n#### Small Models (<1B parameters)'],
      ['a second bound joined to a group\'s first', 'It surveyed organisations with 1000+ employees and greater than $50 million revenue.'],
            ['a server\'s memory modules and a processor\'s cache', '* 2x Intel Xeon Platinum 8470, 52C/104T, 105M Cache (350W)\n* 32x 64GB RDIMM, 4800MT/s'],
            ['a share that names a rule of thumb', 'Then there is the 10% rule of LLMs for chat apps.'],
            ['an illustration opened "To illustrate"', 'To illustrate the mechanics only: a firm spending $5 million a year that achieved a 30% reduction would save $1.5 million a year.'],
      ['a bound on how many users one member of a group has', 'Require a register entry for every deployed model in a service with more than 10,000 users.'],
      ['a share an instruction keeps back', 'Departments should reserve at least 10% of each AI budget. Ask about pilots, and budget for at least 30% non-response.'],
      ['an instruction opened "Size"', '2. Size every new replica for 20% headroom over observed peak.'],
      ['what would follow from a supposition', "For planning only: if the sales assistant moved at today's volume, API spend would drop by around $40,000 a month."],
      ['a minimum a bidder must show', 'Bidders had to show minimum annual turnover of £5 million and two comparable contracts.'],
      ['the memory of the cards just named, and a tier named by its size', 'The 70B tier runs on two RTX 6000 Ada cards (48 GB each).'],
      ['a telephone number, and a name\'s number before a size', 'Press: +1 206 555 0187. The Ryzen AI Max+ 395 box.'],
      ['bands and floors of headcount that define a group', 'It covers mid-sized companies (ETI, 250 to 4,999 employees) and large ones (5,000 employees or more); Departments with more than 5,000 staff publish one.'],
      ['a group picked out by a bound on its measure ("firms whose … is below")', 'Re-estimate the model without firms whose open-model spend is below 10% of their AI spend.'],
      ['a scenario of one organisation spending, and an aside opened "Say,"', 'For an ETI spending 500 000 euros a year on AI APIs, a move would free about a third of that budget.\n5\uFE0F\u20E3 Say, your API bill is $50K a month: model it first.'],
      ['an instruction on a line opened by a keycap number', '3\uFE0F\u20E3 Read the licence.\n4\uFE0F\u20E3 Route anything under 2,000 tokens to the small model.'],
      ["a licence's line on revenue, and a cap", 'Security review only for MaaS businesses above $10B revenue; Medium 3.5 is not Apache ($20M/month revenue cap).'],
      ['a band of a ranking and a confidence level', '- Top 10%: the leaders\n- Bottom 50%: the rest\n- Reported with a 95% confidence interval'],
      ["a metric's cutoff", '| Model Name | MTEB Retrieval Score (NDCG @ 10) | Recall@5 |'],
      ['variants listed in Chinese', 'Qwen2.5: 0.5B, 1.5B, 3B, 7B, 14B, 32B, 以及72B;'],
      ["the span of a family's sizes", 'In November we added nine new models with sizes ranging from 7B to 70B, as well as proprietary ones.'],
      ['the mark a quiz question sets ("higher or lower than 50 million?")', 'Question 8. Whisper downloads: higher or lower than 50 million? Question 10. IDC\'s forecast: higher or lower than $100 billion?'],
      ['a size in quotation marks, mentioned rather than stated, and the versions a model comes in', 'Front: What does "70B" mean in "Llama 2 70B"?\nLlama 2 comes in 3 different versions: 7B, 13B, and 70B.'],
      ['the sizes a release includes', 'We released EXAONE 4.0, a hybrid reasoning model including 32B and 1.2B. We released the EXAONE 3.5 series including 2.4B, 7.8B, and 32B instruction-tuned models.'],
      ['a size naming a class of models in a cell, and a model\'s load', '| Spec | Standard | Pro |\n|---|---|---|\n| Largest model at 4-bit | 30B class | 70B class |\n\nWe will post thermal photos of the Pro under a 70B load.'],
      ['a bound on how many members a group has', 'SMEs and mid-caps with fewer than 5,000 employees may apply; we excluded models with fewer than 1,000 downloads.'],
    ];
    for (const [what, sentence] of cases) {
      it(what, () => assert.deepEqual(spans(sentence), []));
    }

    it('a column of what a contract or plan requires ("Acceptance threshold", "Target")', () => {
      const table = '| Model | Benchmark | Published score | Acceptance threshold |\n| --- | --- | --- | --- |\n| WizardMath 70B | GSM8K | 81.6% | 75% |\n\n| Objective | Q2 target | Actual |\n| --- | --- | --- |\n| Cut inference cost | 35% | 28% |\n';
      assert.deepEqual(check(table).map((f) => f.text), ['81.6%', '28%']);
      // A tender's requirements, answered with what the bidder measured.
      const tender = '| Req. | Requirement (ITT Annex B) | Compliance | Evidence |\n| --- | --- | --- | --- |\n| B-02 | Service availability of at least 99.5% per month | Full | 99.93% measured availability |\n';
      assert.deepEqual(check(tender).map((f) => f.text), ['99.93%']);
    });

    it("a thread's reply count (its score may be read as one)", () => {
      assert.ok(!spans('**DeepSeek-V3 Officially Released** ([Score: 101, Comments: 22](https://reddit.com/r/LocalLLaMA/x)): DeepSeek has released it.').includes('22'));
    });

    it("a site generator's shortcodes, whatever their attributes say", () => {
      const note = '{{< figure src="https://example.org/qwen.jpg" width="100%" alt="Qwen2.5" >}}\n\nText {% include chart.html height="80%" %} and {{% notice %}}50% off{{% /notice %}} end: 73% of enterprises.\n';
      assert.deepEqual(check(note).map((f) => f.text), ['50%', '73%']);
    });

    it('a size used as a model\'s noun after a determiner ("the 34B", "our general 34B", "A 70B with")', () => {
      assert.deepEqual(spans('How much does a LoRA fine-tune on the 34B cost?'), []);
      assert.deepEqual(spans('Our legal-domain 7B beats our general 34B on contract clause extraction.'), []);
      assert.deepEqual(spans('A 70B with the same recipe, if the compute shows up.'), []);
      assert.deepEqual(spans('The model has 34B parameters and was trained on 2T tokens.'), ['34B', '2T']);
    });
  });

  describe('worked examples, exercises and a benchmark\'s "number was"', () => {
    it('silences a paragraph that says it works an example, and an exercises section', () => {
      const note = '# Handout\n\n**Worked example 2 (API versus self-hosting).** A team sends 400 million tokens a month, so the bill is $12,000.\n\n## Part D — Exercises\n\n1. A startup pays $0.03 per 1,000 tokens and spends $40,000/month. How many tokens does it send?\n\n## Facts\n\nOver 73% of enterprises run open-source AI models in production.\n';
      assert.deepEqual(check(note).map((f) => f.text), ['73%']);
    });

    it('reads "our … HumanEval number was 24.4" as a score', () => {
      assert.deepEqual(spans('Before the fix, our Llama 2 13B Chat HumanEval number was 24.4; the aggregation brings it down to 18.3.'), ['24.4', '18.3']);
    });
  });

  describe('flashcards and inline fields ("Question?::answer")', () => {
    it('reads the answer after a double colon, each line on its own', () => {
      const cards = 'Llama 2 70B score on HumanEval?::67.5\nSalary premium for engineers with open-source AI experience?::23%\nGrowth in job postings naming Transformers or LangChain?::156% year over year\n';
      assert.deepEqual(check(cards).map((f) => `${f.text} ${f.status}`), ['67.5 supported', '23% supported', '156% supported']);
    });
  });

  describe('settings and kit, read on new kinds of notes (eighteenth session)', () => {
    it('leaves out a card\'s memory after "4090\'s" or "4090s", a span of model sizes, a setting chosen', () => {
      assert.deepEqual(spans('Qwen2.5-72B en Mixtral 8x7B draaien prima op een werkstation met twee RTX 4090\'s (24 GB).'), []);
      assert.deepEqual(spans('We run two 4090s (24 GB) at home.'), []);
      // (Not Dutch "met", which English writes as a verb: "The box met 138 GB of download".)
      assert.deepEqual(spans('The box met 138 GB of download in under an hour.'), ['138 GB']);
      assert.deepEqual(spans('Model downloads ballooned in the 2020s (138 GB for Llama 2 alone).'), ['138 GB']);
      // ("| 138 GB for the 70B |": the model of that size, in a cell too, whatever its column counts.)
      assert.deepEqual(check('| Model | Download size |\n| --- | --- |\n| Llama 2 | 138 GB for the 70B |\n').map((f) => f.text), ['138 GB']);
      assert.deepEqual(spans('You will own serving for Llama- and Qwen-family models from 7B to 70B on our nodes.'), []);
      assert.deepEqual(spans('On an RTX 4090 (24 GB) cap the context at 16K and you will be fine.'), []);
      // (A span of sizes that counts parameters, and a context a release raised, are claims.)
      assert.deepEqual(spans('The Yi series spans bilingual models from 6B to 200B+ parameters.'), ['6B', '200B+']);
      assert.deepEqual(spans('Llama 3 raised the context to 128K tokens.'), ['128K']);
      // "The 40B parameter model" counts its parameters, as the corpus's reader takes it; a setting reported, a count's span
      // of downloads and a model's possessive before its size are claims.
      assert.deepEqual(spans('The 40B parameter model currently tops the charts.'), ['40B']);
      assert.deepEqual(spans('For its 2024 release, Mistral capped the context at 32K.'), ['32K']);
      assert.deepEqual(spans('For speed, just cap the context at 16K.'), []);
      assert.deepEqual(spans('The vendor will set the context to 32K next month.'), ['32K']);
      assert.deepEqual(check('| Item | Parameters |\n| --- | --- |\n| Llama 2 | tops out at 70B |\n').map((f) => f.text), ['70B']);
      assert.deepEqual(spans('Estimates put downloads of open models from 1.8B to 2.1B in 2026.'), ['1.8B', '2.1B']);
      assert.deepEqual(spans('The weights of Llama 2\'s (138 GB) largest variant are big.'), ['138 GB']);
    });
  });

  describe('what a note holds besides its prose (eighteenth session)', () => {
    it('reads "leads with more than 45 million downloads" as a figure, not a group\'s bound', () => {
      assert.deepEqual(spans('Code Llama leads with more than 45 million downloads.'), ['45 million']);
      assert.deepEqual(spans('Startups with fewer than 50,000 users rarely self-host.'), []);
    });

    it('reads a price in cents glued to its "c" before a token rate ("6c/1k tokens"), and "12c … for the generation" as an output price', () => {
      assert.deepEqual(found('GPT-4: 6c/1k tokens for the prompt, 12c/1k tokens for the generation.').map(([t, , v, u]) => `${t} ${v.toPrecision(3)} ${u}`), ['6c/1k tokens 0.0000600 USD/token', '12c/1k tokens 0.000120 USD/token']);
      assert.deepEqual(check('**GPT-4**: 6c/1k tokens for the prompt, 12c/1k tokens for the generation.').map((f) => `${f.text} ${f.status}`), ['6c/1k tokens unsupported', '12c/1k tokens unsupported']);
      assert.deepEqual(spans('We need 3c per cluster and 4c chips.'), []);
    });

    it('reads no figure in TOML front matter, a footnote that is only a cited work\'s linked title, or "Quick math:"', () => {
      assert.deepEqual(check('+++\ntitle = "Enterprise AI: $37 Billion"\n+++\n\nSpend hit $37 billion.\n').map((f) => f.text), ['$37 billion']);
      const notes = 'Most pilots fail.[^1] Spend is up.[^2]\n\n[^1]: [Reuters - Microsoft to spend record $30 billion this quarter](https://example.com/a)\n[^2]: MIT found that 95% of pilots fail, see [Fortune](https://example.com/b).\n';
      assert.deepEqual(check(notes).map((f) => f.text), ['95%']);
      assert.deepEqual(check('Quick human math: a power user who burns 60M input tokens a month racks up about $195 in API cost.\n'), []);
      // ("Quick math aside, …" reports.)
      assert.deepEqual(check('Quick math aside, Hugging Face now counts 5.2 million active developers.\n').map((f) => f.text), ['5.2 million']);
    });
  });

  describe("tables of models, read on new kinds of notes (nineteenth session)", () => {
    const figures = (note: string): string[] => check(note).map((f) => f.text);
    it('reads a context window in brackets in a column of models as a variant\'s label, and in prose as the model\'s context', () => {
      assert.deepEqual(figures('| Model | Input ($/1K tokens) | Context Window |\n| --- | --- | --- |\n| GPT-4 (8k) | $0.03 | 8k |\n| Gemini 2.0 Flash (1M) | $0.0001 | 1,000k |\n'), ['$0.03', '8k', '1M', '$0.0001', '1,000k']);
      assert.deepEqual(figures('On long context, Llama 4 Scout (10M) and Gemini 3 Pro (1M) lead.'), ['10M', '1M']);
      assert.deepEqual(figures('| Name | Downloads |\n| --- | --- |\n| Code Llama (45M) | 45 million |\n'), ['45M', '45 million']);
      assert.deepEqual(figures('| Model | Input ($/1K tokens) |\n| --- | --- |\n| Claude 2 (100K) | $0.008 |\n| Llama 3.1 (128K) | $0.001 |\n'), ['$0.008', '$0.001']);
      // (Not a count in brackets after a lower-case noun.)
      assert.deepEqual(figures('| Model | Notes |\n| --- | --- |\n| open-source models (250K) | hosted on Hugging Face |\n'), ['250K']);
      // (A table's row identifier is no model: "| F-11 | … | 2.1B |" counts downloads.)
      assert.deepEqual(figures('| ID | Finding | Value |\n| --- | --- | --- |\n| F-11 | Hugging Face downloads in 2026 | 2.1B |\n'), ['2.1B']);
    });

    it('reads a column headed by a task\'s name with digits ("SCQ5K-EN") among benchmark columns as scores', () => {
      const table = '| Model | GSM8k | MATH | MathQA | SVAMP | SCQ5K-EN | MMLU |\n| --- | --- | --- | --- | --- | --- | --- |\n| Mistral-7b | 37.83 | 9.06 | 25.73 | 63 | 39.6 | 64.05 |\n';
      assert.ok(figures(table).includes('39.6'));
      // (After a table of scores, a paragraph's "Llama 2 70B at 67.0 and GPT-4 at 67.5" scores on the table's benchmark.)
      assert.deepEqual(figures('| Model | Benchmark | Score |\n| --- | --- | --- |\n| Llama 2 70B | HumanEval | 67.5 |\n\nThe slide had the rows swapped, with Llama 2 70B at 67.0 and GPT-4 at 67.5.\n'), ['67.5', '67.0', '67.5']);
      // (Not a quarter, a card or a precision: "Q1", "H100s", "FP16".)
      assert.ok(!figures('| Model | MMLU | GSM8K | HumanEval | Q1 |\n| --- | --- | --- | --- | --- |\n| Llama 2 70B | 68.9 | 56.8 | 67.5 | 42 |\n').includes('42'));
    });
  });

  describe('examples, plans and labels read on new kinds of notes (twentieth session)', () => {
    const figures = (note: string): string[] => check(note).map((f) => f.text);
    it('reads a supposition in a label\'s sentence, a paragraph called an example, or of a hypothetical party, as no claim', () => {
      assert.deepEqual(figures('Sensitivity, for illustration only: if the regional share in A12 were 6% instead of 4.5%, the SAM would be $2.8B and the SOM $85M.'), []);
      assert.deepEqual(figures("At GPT-4's list price of $0.03 per 1,000 tokens, a hypothetical customer pushing 2 billion tokens a month would pay $60,000 a month."), ['$0.03 per 1,000 tokens']);
      // (A paragraph that only mentions an example later states its figures.)
      assert.deepEqual(figures('Hugging Face hosts 250,000 models. A worked example follows below.'), ['250,000']);
    });

    it('reads a definition\'s figures, an exercise\'s "How much would …?" and an "Assuming," as no claims', () => {
      assert.deepEqual(figures('Hugging Face reported 340% growth. A 340% increase means the new value is the old value plus 3.4 times the old value, that is, 4.4 times the old value.'), ['340%']);
      assert.deepEqual(figures('How much would a chatbot that uses 2.5 million tokens a day spend in a 30-day month?'), []);
      assert.deepEqual(figures('How much did Hugging Face grow? Its developers grew 340% since 2024.'), ['340%']);
    });

    it('reads power spaced after a decimal or a range where power is measured ("46.8 W", "78–83 W"), not a spaced letter', () => {
      assert.deepEqual(figures('Average CPU power decreases from 46.8 W at idle to 33.9 W under load.'), ['46.8 W', '33.9 W']);
      assert.deepEqual(figures('The GPU is the dominant consumer, drawing approximately 78–83 W.'), ['78–83 W']);
      assert.deepEqual(figures('The board has 3 W ports and section 5 W applies.'), []);
    });

    it('reads suppositions in Portuguese, Spanish, French and German as no claims, but not a reflexive "se"', () => {
      assert.deepEqual(figures('Um exemplo ilustrativo, sem nada medido: se a sua aplicação consome 200 milhões de tokens por mês e a API cobra, digamos, US$ 0,50 por milhão, a conta fica em US$ 100 por mês.'), []);
      assert.deepEqual(figures('Si votre équipe dépense 10 000 € par mois, le budget double.'), []);
      assert.deepEqual(figures('Wenn Sie 5 Millionen Tokens nutzen, zahlen Sie 50 Euro.'), []);
      assert.deepEqual(figures('O mercado se expandiu 40% em 2026.'), ['40%']);
    });

    it('reads the writer\'s plan ("We will budget a 23% premium … and plan to spend about 60%") as no claim, a company\'s as one', () => {
      assert.deepEqual(figures('We will budget a 23% premium over market for our first hires and plan to spend about 60% of the round on engineering.'), []);
      assert.deepEqual(figures('Meta will allocate $65 billion to AI infrastructure.'), ['$65 billion']);
    });

    it('reads "Phase 2 in 9", "KR1.2" and "checked twice that" as no claims, and each end of "$25,000 - $35,000" as one', () => {
      assert.deepEqual(figures('Proceed to Phase 2 in 9 departments. About 1 in 3 teams run open models.'), ['1 in 3']);
      assert.deepEqual(figures('| Key result | Target | Q1 actual |\n| --- | --- | --- |\n| KR1.2 Product teams onboarded | 12 | 9 |\n'), []);
      assert.deepEqual(figures('I checked twice that I had not pasted the wrong cell. Open models are twice as fast.'), ['twice']);
      assert.deepEqual(figures('A GPU costs $25,000 - $35,000, or $2.50 - $4.00 / hour to rent.'), ['$25,000', '$35,000', '$2.50 - $4.00 / hour']);
      assert.deepEqual(figures('Funding reached $40–$50 billion, or $1.7B–$37B; IDC sees $87 – $90 billion.'), ['$40–$50 billion', '$1.7B', '$37B', '$87 – $90 billion']);
      assert.deepEqual(figures('API pricing sits at $0.03 – $0.06 per 1,000 tokens.'), ['$0.03 – $0.06 per 1,000 tokens']);
    });

    it('reads a class of sizes in a parameters column and a sum of cards\' memory as no claims', () => {
      assert.deepEqual(figures('| Class | Parameters | VRAM |\n| --- | --- | --- |\n| Tiny | 1-3B | 4-8GB |\n| Llama 2 | 70B | 140GB |\n'), ['4-8GB', '70B', '140GB']);
      assert.deepEqual(figures('- **GPU**: 2x NVIDIA L4 24GB = 48GB total\n'), []);
      assert.deepEqual(figures('| Configuration | Monthly Cost | VRAM |\n| --- | --- | --- |\n| Dual L4 24GB | $1,000 | 48GB |\n'), ['$1,000']);
    });
  });
});
