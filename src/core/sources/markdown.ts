import { createMarkdownParser } from '../markdown/parser';
import { extractProse, type ProseDocument } from '../markdown/prose';
import type { SourceBlock, SourceDocument } from './document';
import { rowLabels, withTopics } from './document';
import { frontMatterArticle } from './metadata';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)|^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown source, read by the same pipeline as notes (so front matter, code,
 * HTML and link targets are never prose), with its front matter's article fields.
 * A table cell is quoted as its row with the header row's names.
 */
export function markdownSource(text: string): SourceDocument {
  const doc = extractProse(createMarkdownParser(), text);
  const rows = cellRows(doc);
  const blocks: SourceBlock[] = doc.blocks.map((block, i) => {
    if (block.role !== 'cell' || !block.cell) return { text: block.text, role: block.role };
    const { row, headers } = rows.get(i) ?? {};
    return { text: block.text, role: 'cell', ...(row ? { row } : {}), ...(headers ? { headers } : {}) };
  });
  const front = FRONT_MATTER.exec(text);
  const meta = front ? frontMatterArticle(front[1] ?? front[2]) : {};
  const heading = doc.blocks.find((b) => b.role === 'heading');
  if (!meta.title && heading) meta.title = heading.text;
  return { blocks: withTopics(blocks), meta };
}

/** For each cell block: its row as "Header: cell; …" and its column header with the row's labels. */
function cellRows(doc: ProseDocument): Map<number, { row: string; headers: string }> {
  const out = new Map<number, { row: string; headers: string }>();
  for (const table of doc.tables) {
    // Cells are placed by column: an empty cell has no block.
    const head = new Map((table[0] ?? []).map((i) => [doc.blocks[i].cell?.col ?? -1, doc.blocks[i].text.trim()]));
    table.forEach((cells, r) => {
      const named = cells.map((i) => ({ i, col: doc.blocks[i].cell?.col ?? -1, text: doc.blocks[i].text.trim() }));
      const row = r === 0 ? named.map((c) => c.text).join(' | ') : named.map((c) => (head.get(c.col) && c.text ? `${head.get(c.col)}: ${c.text}` : c.text)).filter(Boolean).join('; ');
      // A cell's headers are its column's and its row's other labels, not itself ("Llama 3 70B" under "Model").
      for (const c of named) out.set(c.i, { row, headers: [head.get(c.col), rowLabels(named.filter((o) => o !== c).map((o) => o.text))].filter(Boolean).join(' ') });
    });
  }
  return out;
}
