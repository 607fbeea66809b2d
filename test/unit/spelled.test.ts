import * as assert from 'node:assert/strict';
import { detectClaims } from '../../src/core/detect/detector';
import { valuesAgree } from '../../src/core/judge/compare';

/** The one claim of `text`, with its span. */
function only(text: string) {
  const claims = detectClaims(text);
  assert.equal(claims.length, 1, `${text}: ${JSON.stringify(claims.map((c) => text.slice(c.start, c.end)))}`);
  return { ...claims[0], span: text.slice(claims[0].start, claims[0].end) };
}

describe('spelled-out quantities (spec §1, last row)', () => {
  it('reads each with its value, unit and granularity', () => {
    const cases: Array<[string, string, number, string, number]> = [
      ['Nearly three quarters of enterprises run one.', 'three quarters', 75, 'percent', 25],
      ['Two thirds of teams agree.', 'Two thirds', 200 / 3, 'percent', 100 / 3],
      ['About two-thirds said yes.', 'two-thirds', 200 / 3, 'percent', 100 / 3],
      ['Half of developers use one.', 'Half', 50, 'percent', 50],
      ['One in four developers fine-tunes.', 'One in four', 25, 'percent', 25],
      ['Nine out of ten CIOs agree.', 'Nine out of ten', 90, 'percent', 10],
      ['It answers three times faster.', 'three times', 3, 'x', 1],
      ['Costs fell tenfold.', 'tenfold', 10, 'x', 1],
      ['It reached five million downloads.', 'five million', 5e6, 'count', 1e6],
      ['About 1 in 3 teams self-host.', '1 in 3', 100 / 3, 'percent', 100 / 3],
      ['And 9 out of 10 have fine-tuned a model.', '9 out of 10', 90, 'percent', 10],
      ['Public buyers account for one third of that spend.', 'one third', 100 / 3, 'percent', 100 / 3],
      ['Eighty-nine percent of enterprises now use one.', 'Eighty-nine percent', 89, 'percent', 1],
      ['Only twenty per cent of the respondents agreed.', 'twenty per cent', 20, 'percent', 1],
      ['It beats GPT-5.5 on coding at one-sixth the cost.', 'one-sixth', 1 / 6, 'x', 1 / 6],
      ['Terra comes in at roughly half the price.', 'half', 0.5, 'x', 0.5],
      ['The monthly bill fell by about a third.', 'a third', 100 / 3, 'percent', 100 / 3],
      ['It has been downloaded seventy-eight million times.', 'seventy-eight million', 78e6, 'count', 1e6],
      ['Open models served 3 out of every 4 new tokens.', '3 out of every 4', 75, 'percent', 25],
      ['Moonshot reports up to six times the decode throughput.', 'six times', 6, 'x', 1],
      ['Phi-3-mini outperforms models twice its size.', 'twice', 2, 'x', 1],
      ['Firms were more than twice as likely to do so.', 'twice', 2, 'x', 1],
      ['DeepSeek R1 matched GPT-4 at ~1/10th the training cost.', '1/10th', 0.1, 'x', 0.1],
      ['Watch that ceiling move by roughly a factor of six.', 'six', 6, 'x', 1],
      ['It accelerates inference speed by a factor of 1.74.', '1.74', 1.74, 'x', 0.01],
      ['One in every five developers fine-tunes.', 'One in every five', 20, 'percent', 20],
      ['Code Llama passed forty five million downloads.', 'forty five million', 45e6, 'count', 1e6],
      ['Hugging Face hosts more than a quarter of a million open models.', 'a quarter of a million', 250e3, 'count', 125e3],
      ['The repo passed half a million downloads.', 'half a million', 500e3, 'count', 250e3],
      ['Investors put in half a billion dollars.', 'half a billion dollars', 500e6, 'USD', 250e6],
      ['Engineers command salary premiums of nearly a quarter over other roles.', 'a quarter', 25, 'percent', 25],
      // As a transcript says them: decimals after "point", "x" for times, fillers, a share of a longer population.
      ['And two point one billion downloads this year alone.', 'two point one billion', 2.1e9, 'count', 1e8],
      ['Devs are four point seven x more productive.', 'four point seven x', 4.7, 'x', 0.1],
      ['It grew twenty-three point five percent.', 'twenty-three point five percent', 23.5, 'percent', 0.1],
      ['Local is about three x faster than an API.', 'three x', 3, 'x', 1],
      ['We cut our inference spend by, um, forty percent.', 'forty percent', 40, 'percent', 1],
      ['It brings a twenty-three percent salary premium.', 'twenty-three percent', 23, 'percent', 1],
      ['By then eighty-five percent of enterprise AI workloads will have one.', 'eighty-five percent', 85, 'percent', 1],
    ];
    for (const [text, span, value, unit, precision] of cases) {
      const claim = only(text);
      assert.equal(claim.span, span, text);
      assert.ok(Math.abs(claim.value - value) < 1e-9, `${text}: ${claim.value}`);
      assert.equal(claim.unit, unit, text);
      assert.ok(Math.abs(claim.precision - precision) < 1e-9, `${text}: precision ${claim.precision}`);
    }
  });

  it('leaves alone words that quantify nothing', () => {
    for (const text of [
      'The score was sixty-seven point five.',
      'The room was ten x twelve.',
      'Half the time the logs were empty.',
      'One of the teams shipped.',
      'A couple of teams shipped.',
      'It is a one in a million chance.',
      'In the first half of 2026 it grew.',
      'Three times a week we sync.',
      'One in the morning, one at night.',
      'It passed with a two-thirds majority.',
      'Half of that is noise.',
      'Step 1 in 3.5 seconds, then 2 in 10-minute blocks.',
      'We won 1 in 2026.',
      'We told vLLM it may only use ninety percent of the card.',
      'A fifth of the time it fails.',
      'One moment was enough; hopefully we don\'t need a third.',
      'A forty-five minute session, twenty-one days later.',
      'We sync twice a week, and the pipeline runs twice daily.',
      'The article does contain a tenfold number, but it describes compute.',
      'Meet on 1/10 at noon; the 3rd/4th rows are empty.',
    ]) {
      assert.deepEqual(detectClaims(text).map((c) => text.slice(c.start, c.end)), [], text);
    }
  });

  it('a hedged spelled-out share rounds to agree with the record; an unhedged one does not', () => {
    assert.ok(valuesAgree(only('Nearly three quarters of enterprises run one.'), 73));
    assert.ok(!valuesAgree(only('Three quarters of enterprises run one.'), 73));
    assert.ok(!valuesAgree(only('Nearly three quarters of enterprises run one.'), 40));
  });
});

describe('spelled-out quantities in translated notes', () => {
  const spans = (text: string) => detectClaims(text).map((c) => [text.slice(c.start, c.end), c.kind, Math.round(c.value * 10) / 10]);
  it('reads shares of a population and multiples before a comparative, in Spanish, Portuguese, Italian, French and German', () => {
    assert.deepEqual(spans('Casi tres cuartas partes de las empresas usan modelos abiertos.'), [['tres cuartas partes', 'percent', 75]]);
    assert.deepEqual(spans('Metade dos leitores usa modelos abertos; um em cada quatro paga.'), [['Metade', 'percent', 50], ['um em cada quatro', 'percent', 25]]);
    assert.deepEqual(spans('Tre quarti delle aziende e uno su tre sviluppatori; è dieci volte più veloce.'), [['Tre quarti', 'percent', 75], ['uno su tre', 'percent', 33.3], ['dieci volte', 'multiplier', 10]]);
    assert.deepEqual(spans('Deux tiers des entreprises, un sur quatre développeurs, dix fois plus cher.'), [['Deux tiers', 'percent', 66.7], ['un sur quatre', 'percent', 25], ['dix fois', 'multiplier', 10]]);
    assert.deepEqual(spans('Drei Viertel der Unternehmen; jedes vierte Unternehmen zahlt, und es ist zehnmal schneller.'), [['Drei Viertel', 'percent', 75], ['jedes vierte', 'percent', 25], ['zehnmal', 'multiplier', 10]]);
    assert.equal(only('Fast drei Viertel aller Unternehmen setzen KI ein.').hedge, 'approx');
  });
  it('leaves alone a share of time, a period, and a multiple with no comparative', () => {
    assert.deepEqual(spans('La mitad del tiempo, la moitié du temps, un quart d\'heure, die Hälfte der Zeit.'), []);
    assert.deepEqual(spans('Lo hacemos dos veces al año; tre volte in tutto; dreimal im Monat.'), []);
  });
});

describe('bounds (spec §2)', () => {
  it('"up to 10x" states 10x: a 3.2x record does not agree, a 10x one does', () => {
    const claim = only('It cuts latency by up to 10x.');
    assert.equal(claim.hedge, undefined);
    assert.ok(!valuesAgree(claim, 3.2));
    assert.ok(valuesAgree(claim, 10));
  });

  it('"over 5 million" still rounds down to agree with 5.2 million', () => {
    assert.ok(valuesAgree(only('It has over 5 million users.'), 5.2e6));
  });
});

describe('shares in tenths and Dutch words (eighteenth session)', () => {
  it('reads Chinese tenths before a population or after a change, and not in other words', () => {
    const over = only('换句话说，逾七成的企业已经上车。');
    assert.deepEqual([over.span, over.value, over.hedge], ['七成', 70, 'atLeast']);
    assert.equal(only('开源模型可将开发成本降低近八成。').span, '八成');
    assert.deepEqual(detectClaims('他八成不来了。成本降低了，任务完成了。'), []);
  });

  it('reads Dutch "driekwart van", "een op de drie", "twee derde van", and not "de helft van de tijd"', () => {
    assert.deepEqual([only('Inmiddels draait driekwart van de bedrijven een open model.').value], [75]);
    assert.equal(Math.round(only('Ruim een op de drie draait lokaal op eigen hardware.').value), 33);
    assert.equal(Math.round(only('Twee derde van de ontwikkelaars gebruikt Llama.').value), 67);
    assert.deepEqual(detectClaims('De helft van de tijd wachten we op GPU\'s.'), []);
  });

  it('reads a Chinese price per thousand or million tokens as one rate', () => {
    const rate = only('调用GPT-4的API，价格是0.03美元/千token。');
    assert.deepEqual([rate.span, rate.unit], ['0.03美元/千token', 'USD/token']);
    assert.equal(only('价格是2元/百万tokens。').span, '2元/百万tokens');
  });
});
