import * as assert from 'node:assert/strict';
import { activate, hoverOver, openNote } from './helpers';

describe('hovers (real VS Code)', () => {
  before(() => activate());

  it('shows a supported figure with its source, year, quote and article', async () => {
    const { document } = await openNote('research/overview.md');
    const text = await hoverOver(document, '73%');
    assert.match(text, /\*\*73%\*\* · supported by the dataset/);
    assert.match(text, /Dataset: \*\*73%\*\* · NWCast, 2026/);
    assert.match(text, /> In 2026, over \*\*73%\*\* of enterprises are using at least one open\\-source AI model/);
    assert.match(text, /\*The Rise of Open\\-Source AI Models\\: Why Tech Giants Are Giving Away Their Code\* — NWCast, April 4, 2026/);
    assert.match(text, /\[Open in article\]\(command:statlens\.openArticle\?/);
  });

  it('shows what the source says for a conflicting figure', async () => {
    const { document } = await openNote('research/overview.md');
    const text = await hoverOver(document, '78%');
    assert.match(text, /conflicts with the dataset/);
    assert.match(text, /The note says \*\*78%\*\*; the source says \*\*73%\*\*/);
  });

  it('says what would support an unsupported figure', async () => {
    const { document } = await openNote('research/overview.md');
    const text = await hoverOver(document, '12 million');
    assert.match(text, /\*\*12 million\*\* · unsupported/);
    assert.match(text, /To support it, cite one/);
  });

  it('shows a figure from a user dataset with its own source', async () => {
    const { document } = await openNote('research/overview.md');
    const text = await hoverOver(document, '61%');
    assert.match(text, /supported by the dataset/);
    assert.match(text, /Example CIO Poll, 2026/);
    assert.doesNotMatch(text, /Open in article/, 'the user dataset ships no article text');
  });

  it('has no hover away from figures', async () => {
    const { document } = await openNote('research/overview.md');
    assert.equal(await hoverOver(document, 'Open model adoption'), '');
  });
});
