import * as assert from 'node:assert/strict';
import { claimsOf } from '../../src/core/workspace/claims';
import { MAX_OTHERS, WorkspaceIndex } from '../../src/core/workspace/index';
import { describedBy, sameStatistic } from '../../src/core/workspace/subject';
import { checker } from '../support/checker';

const claims = (text: string) => claimsOf(checker().check(text));
const keyOf = (text: string, figure: string) => claimsOf(checker().check(text)).find((c) => c.text === figure)!.subject!;

const SURVEY_A = 'In our reader poll, 41% of subscribers read the newsletter on their phones.\n';
const SURVEY_B = 'Our reader poll found that 38% of subscribers read the newsletter on their phones.\n';

describe('workspace index: the same statistic', () => {
  it('is the same measured thing and owner, read from the words around the figure', () => {
    assert.equal(sameStatistic(keyOf(SURVEY_A, '41%'), keyOf(SURVEY_B, '38%')), true);
  });

  it('is not when a content word of either clause is missing from the other', () => {
    const chat = 'In our platform survey, 45% of respondents run open models for chat.\n';
    const coding = 'In our platform survey, 60% of respondents run open models for coding.\n';
    assert.equal(sameStatistic(keyOf(chat, '45%'), keyOf(coding, '60%')), false);
  });

  it('is not for another version of a named model', () => {
    const a = 'Llama 2 scores 45.3 on MMLU in our evaluation.\n';
    const b = 'Llama 3 scores 66.6 on MMLU in our evaluation.\n';
    assert.equal(sameStatistic(keyOf(a, '45.3'), keyOf(b, '66.6')), false);
  });

  it('is not for the other figure of a sentence that names two owners', () => {
    const a = 'On our benchmark, Falcon scores 45.3% accuracy while Mistral scores 60.1% accuracy.\n';
    const b = 'On our benchmark, Falcon scores 47.5% accuracy while Mistral scores 50.2% accuracy.\n';
    const key = (text: string, figure: string) => claims(text).find((c) => c.text === figure)!.subject!;
    assert.equal(sameStatistic(key(a, '45.3%'), key(b, '50.2%')), false);
    assert.equal(sameStatistic(key(a, '60.1%'), key(b, '47.5%')), false);
    assert.equal(sameStatistic(key(a, '45.3%'), key(b, '47.5%')), true);
    assert.equal(sameStatistic(key(a, '60.1%'), key(b, '50.2%')), true);
  });

  it('is not when the notes bind different years', () => {
    const a = 'In 2025, 41% of respondents to our platform survey ran open models in production.\n';
    const b = 'In 2026, 48% of respondents to our platform survey ran open models in production.\n';
    assert.equal(sameStatistic(keyOf(a, '41%'), keyOf(b, '48%')), false);
  });

  it('follows the dataset match when both figures matched a record', () => {
    const supported = 'In 2026, over 73% of enterprises run open-source AI models in production.\n';
    const conflicting = 'In 2026, 78% of enterprises run open-source AI models in production.\n';
    const a = claims(supported)[0];
    const b = claims(conflicting)[0];
    assert.equal(a.status, 'supported');
    assert.equal(b.status, 'conflicting');
    assert.equal(sameStatistic(a.subject!, b.subject!), true);
  });
});

describe('workspace index: the same statistic, by the dataset match\'s evidence model', () => {
  const same = (a: string, fa: string, b: string, fb: string) => sameStatistic(keyOf(a, fa), keyOf(b, fb));

  it('is not for two owners of the same measure (Llama 2 and Llama 3)', () => {
    const a = 'In our evaluation, Llama 2 scores 45.3 on MMLU.\n';
    assert.equal(same(a, '45.3', 'In our evaluation, Llama 3 scores 66.6 on MMLU.\n', '66.6'), false);
    assert.equal(same(a, '45.3', 'In our evaluation, Llama 2 scores 46.8 on MMLU.\n', '46.8'), true);
  });

  it('is not for shares of different populations (enterprises and startups)', () => {
    const a = 'Our interviews found 73% of enterprises run open models in production.\n';
    assert.equal(same(a, '73%', 'Our interviews found 61% of startups run open models in production.\n', '61%'), false);
    assert.equal(same(a, '73%', 'Our interviews found 64% of enterprises run open models in production.\n', '64%'), true);
  });

  it('is not for different kinds of quantity (a market size and funding)', () => {
    const market = 'By our estimate the open-source agent tooling market reached $4 billion in 2025.\n';
    const funding = 'By our estimate open-source agent tooling funding reached $3 billion in 2025.\n';
    assert.deepEqual(describedBy(keyOf(market, '$4 billion')).kinds, ['market']);
    assert.equal(same(market, '$4 billion', funding, '$3 billion'), false);
    assert.equal(same(market, '$4 billion', market.replace('$4', '$5'), '$5 billion'), true);
  });

  it('is not for different years, and is when both bind the same one', () => {
    const a = 'In 2025, 41% of respondents to our platform survey ran open models in production.\n';
    assert.equal(same(a, '41%', a.replace('2025', '2026').replace('41%', '48%'), '48%'), false);
    assert.equal(same(a, '41%', a.replace('41%', '48%'), '48%'), true);
  });

  it('is not for the part that does not ("41% do" and "59% do not")', () => {
    const a = 'In our reader poll, 41% of subscribers read the newsletter on their phones.\n';
    const b = 'In our reader poll, 59% of subscribers do not read the newsletter on their phones.\n';
    assert.equal(same(a, '41%', b, '59%'), false);
  });

  it('is not for the writer\'s own survey against a figure the note gives to someone else', () => {
    const own = 'In our platform survey, 45% of respondents run open models for coding assistants.\n';
    const theirs = 'Per a vendor blog, 52% of respondents run open models for coding assistants.\n';
    assert.equal(same(own, '45%', theirs, '52%'), false);
    assert.equal(same(own, '45%', 'Our platform survey found 52% of respondents run open models for coding assistants.\n', '52%'), true);
  });

  it('keeps unsourced figures of the writer\'s own consistent, and lets a hedged rounding agree', () => {
    const survey = 'In our platform survey, 73% of respondents run open models for coding assistants.\n';
    const index = new WorkspaceIndex();
    index.set('survey.md', claims(survey));
    index.set('brief.md', claims(survey.replace('73%', 'about 70%')));
    assert.equal(claims(survey)[0].status, 'unsupported');
    assert.deepEqual([index.inconsistencies('survey.md').length, index.inconsistencies('brief.md').length], [0, 0]);
    index.set('deck.md', claims(survey.replace('73%', '68%')));
    assert.deepEqual(index.inconsistencies('survey.md').map((i) => i.others.map((o) => o.path)), [['deck.md']]);
    assert.deepEqual(index.inconsistencies('brief.md'), [], 'about 70% agrees with 68% too');
  });
});

describe('workspace index: inconsistent figures', () => {
  it('reports a figure two notes state differently in both, naming the other note and line', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', claims(SURVEY_A));
    index.set('b.md', claims('# Brief\n\n' + SURVEY_B));
    const [a] = index.inconsistencies('a.md');
    const [b] = index.inconsistencies('b.md');
    assert.equal(a.claim.text, '41%');
    assert.equal(a.code, 'statlens.inconsistent');
    assert.equal(a.severity, 'information');
    assert.equal(a.others[0].path, 'b.md');
    assert.equal(a.others[0].claim.range.start.line, 2);
    assert.match(a.message, /^41% disagrees with 38% in b\.md, line 3\.$/);
    assert.deepEqual(a.fixes[0].edits, [{ start: a.claim.start, end: a.claim.end, newText: '38%' }]);
    assert.equal(b.claim.text, '38%');
    assert.equal(b.others[0].path, 'a.md');
  });

  it('lets a hedged rounding agree, and keeps a range out of it', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', claims(SURVEY_A));
    index.set('b.md', claims('In our reader poll, about 40% of subscribers read the newsletter on their phones.\n'));
    index.set('c.md', claims('In our reader poll, 35–45% of subscribers read the newsletter on their phones.\n'));
    assert.deepEqual([...['a.md', 'b.md', 'c.md'].map((p) => index.inconsistencies(p).length)], [0, 0, 0]);
  });

  it('is incremental: a changed note says which notes to update, and a removed one clears them', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', claims(SURVEY_A));
    index.set('other.md', claims('Open-source AI funding reached $12 billion in 2025.\n'));
    assert.deepEqual(index.set('b.md', claims(SURVEY_B)).sort(), ['a.md', 'b.md']);
    assert.equal(index.inconsistencies('a.md').length, 1);
    // Fixed: b now agrees, and a is among the notes to update.
    assert.deepEqual(index.set('b.md', claims(SURVEY_B.replace('38%', '41%'))).sort(), ['a.md', 'b.md']);
    assert.equal(index.inconsistencies('a.md').length, 0);
    index.set('b.md', claims(SURVEY_B));
    assert.deepEqual(index.remove('b.md'), ['a.md']);
    assert.equal(index.inconsistencies('a.md').length, 0);
    assert.equal(index.get('b.md'), undefined);
    assert.equal(index.size, 2);
  });

  it('leaves suppressed figures out, and reports nothing for a note whose severity is off', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', claims(SURVEY_A), { severity: 'none' });
    index.set('b.md', claims(SURVEY_B));
    assert.equal(index.inconsistencies('a.md').length, 0);
    assert.equal(index.inconsistencies('b.md').length, 1);
    index.set('c.md', claims('<!-- statlens-disable-next-line -->\n' + SURVEY_B.replace('38%', '33%')));
    assert.deepEqual(index.inconsistencies('b.md')[0].others.map((o) => o.path), ['a.md']);
  });

  it('leaves a figure a dataset record judges to that record, and still compares the unsourced ones', () => {
    const index = new WorkspaceIndex();
    index.set('supported.md', claims('In 2026, over 73% of enterprises run open-source AI models in production.\n'));
    index.set('conflicting.md', claims('In 2026, 78% of enterprises run open-source AI models in production.\n'));
    assert.equal(index.inconsistencies('supported.md').length, 0);
    assert.equal(index.inconsistencies('conflicting.md').length, 0, 'already a conflicting warning, with its fix');
    const own = claims('In our reader poll, 41% of subscribers read the newsletter on their phones.\n');
    index.set('poll.md', own);
    index.set('poll-copy.md', claims('In our reader poll, 14% of subscribers read the newsletter on their phones.\n'));
    assert.equal(index.inconsistencies('poll.md').length, 1);
  });

  it('lists a note that states a figure both ways to a note that states it once, whichever note is asked first', () => {
    const index = new WorkspaceIndex();
    index.set('both.md', claims(SURVEY_A + '\n' + SURVEY_B));
    index.set('b.md', claims(SURVEY_B));
    // Asked first, both.md's 38% (as b.md writes it) disagrees with no other note: its own 41% is not another note's.
    assert.deepEqual(index.inconsistencies('both.md').map((x) => [x.claim.text, x.others.map((o) => `${o.path} ${o.claim.text}`)]), [['41%', ['b.md 38%']]]);
    assert.deepEqual(index.inconsistencies('b.md').map((x) => [x.claim.text, x.others.map((o) => `${o.path} ${o.claim.text}`)]), [['38%', ['both.md 41%']]]);
  });

  it('names every other note that disagrees', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', claims(SURVEY_A));
    index.set('b.md', claims(SURVEY_B));
    index.set('c.md', claims(SURVEY_B.replace('38%', '33%')));
    const [a] = index.inconsistencies('a.md');
    assert.deepEqual(a.others.map((o) => o.path), ['b.md', 'c.md']);
    assert.match(a.message, /\(and 1 more note\)\.$/);
  });

  it('links to at most ten of the notes that disagree, and counts them all', () => {
    const index = new WorkspaceIndex();
    index.set('a.md', claims(SURVEY_A));
    for (let n = 0; n < 14; n++) index.set(`other-${String(n).padStart(2, '0')}.md`, claims(SURVEY_B.replace('38%', `${20 + n}%`)));
    const [a] = index.inconsistencies('a.md');
    assert.equal(a.others.length, MAX_OTHERS);
    assert.equal(a.total, 14);
    assert.match(a.message, /\(and 13 more notes\)\.$/);
  });
});
