import type MarkdownIt from 'markdown-it';
import type { StateBlock } from 'markdown-it';

export type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * Replaces block rule `name` with `wrap(rule)`, keeping the rules it may interrupt.
 * markdown-it's ruler keeps its rules in `__rules__` and has no public getter for one
 * rule by name; this is the one place that reads it. Does nothing without the rule.
 */
export function wrapBlockRule(md: MarkdownIt, name: string, wrap: (rule: BlockRule) => BlockRule): void {
  const rules = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule; alt: string[] }> }).__rules__;
  const rule = rules.find((r) => r.name === name);
  if (rule) md.block.ruler.at(name, wrap(rule.fn), { alt: [...rule.alt] });
}
