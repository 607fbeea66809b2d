import type { Article } from '../dataset/types';

/**
 * A source document reduced to what the import reads: its prose, block by block,
 * in reading order, and what it says about itself (front matter, HTML metadata).
 * Every format (Markdown, plain text, HTML, PDF) is turned into this first.
 */
export interface SourceDocument {
  blocks: SourceBlock[];
  /** What the document says about itself; the command line may override each field. */
  meta: Partial<Article>;
}

export interface SourceBlock {
  /** The prose as a reader sees it: markup removed, entities decoded. */
  text: string;
  role: 'paragraph' | 'heading' | 'cell';
  /** For a table cell: its column header and the other cells of its row, which tell the detector what a bare number scores. */
  headers?: string;
  /** For a table cell: the row with its headers ("Model: Llama 2 70B; HumanEval: 67.5"), quoted instead of the cell. */
  row?: string;
  /** The section heading above the block and the paragraph before it. */
  topic?: string;
  /** For a PDF: the page the block is on (1-based), so the editor can say where a quote is. */
  page?: number;
}

/** Adds each block's topic (its heading and the paragraph before), as the note checker gives it. */
export function withTopics(blocks: SourceBlock[]): SourceBlock[] {
  let heading: string | undefined;
  let previous: SourceBlock | undefined;
  return blocks.map((block) => {
    const topic = [block.role === 'heading' ? undefined : heading, previous?.role === 'paragraph' ? previous.text : undefined].filter(Boolean).join(' ');
    if (block.role === 'heading') heading = block.text;
    previous = block;
    return topic && !block.topic ? { ...block, topic } : block;
  });
}

/** Joins table rows into cell blocks: each cell quoted as its row, with the header row's names. */
export function tableBlocks(rows: string[][]): SourceBlock[] {
  const [head, ...body] = rows;
  if (!head) return [];
  const blocks: SourceBlock[] = head.filter((h) => h.trim()).map((text) => ({ text, role: 'cell' as const, row: head.join(' | ') }));
  for (const cells of body) {
    const row = cells.map((cell, i) => (head[i] && head[i].trim() && head[i] !== cell ? `${head[i].trim()}: ${cell.trim()}` : cell.trim())).filter(Boolean).join('; ');
    cells.forEach((text, i) => {
      // A cell's headers are its column's and its row's labels, not itself: "Llama 3 70B" under "Model" names a model.
      if (text.trim()) blocks.push({ text, role: 'cell', row, headers: [head[i], rowLabels(cells.filter((_, k) => k !== i))].filter(Boolean).join(' ') });
    });
  }
  return blocks;
}

/** The cells of a row that name it rather than measure ("Llama 1", "7B"), joined: with the column header, a cell's subject. */
export function rowLabels(cells: string[]): string {
  return cells
    .map((c) => c.trim())
    .filter((c) => c && !/^[-+~≈<>]?\s*[\d.,]+\s*(?:%|x|×)?$/i.test(c) && !/^[$€£¥]/.test(c))
    .join(' ');
}
