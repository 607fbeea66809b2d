import type { SourceBlock, SourceDocument } from './document';
import { withTopics } from './document';
import { findDate, findPublisherNear } from './metadata';

/** A line that starts a list item: "• ", "- ", "* ", "1. ", "2) ". */
const BULLET = /^\s*(?:[•·▪◦‣*+-]|\d{1,3}[.)])\s+/;

/**
 * A plain-text source (a saved or pasted article): paragraphs are separated by blank
 * lines; inside one, each list item is a block of its own and other lines are
 * joined (hard-wrapped prose). The title is the first line that reads like one;
 * the date and publisher come from a byline near the top when there is one.
 */
export function plainTextSource(text: string): SourceDocument {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks: SourceBlock[] = [];
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    let current: string[] = [];
    const flush = (): void => {
      const joined = current.join(' ').replace(/\s+/g, ' ').trim();
      if (joined) blocks.push({ text: joined, role: 'paragraph' });
      current = [];
    };
    for (const line of paragraph.split('\n')) {
      if (BULLET.test(line)) {
        flush();
        current.push(line.replace(BULLET, ''));
      } else {
        current.push(line);
      }
    }
    flush();
  }
  const head = body.slice(0, 2000);
  const title = blocks.slice(0, 6).find((b) => b.text.split(' ').length >= 3 && b.text.length <= 200 && !/[.!?]$/.test(b.text))?.text;
  const date = findDate(head);
  const publisher = findPublisherNear(head);
  const headingLike = new Set(blocks.filter((b) => b.text.length <= 80 && !/[.!?:,;]$/.test(b.text) && !/\d/.test(b.text)).map((b) => b.text));
  const roles = blocks.map((b) => (headingLike.has(b.text) ? { ...b, role: 'heading' as const } : b));
  return { blocks: withTopics(roles), meta: { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(publisher ? { publisher } : {}) } };
}
