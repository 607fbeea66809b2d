import * as vscode from 'vscode';
import { hoverMarkdown, OPEN_ARTICLE_COMMAND } from '../../core/hover/hover';
import type { StatRecord } from '../../core/dataset/types';
import { MARKDOWN } from '../config';
import { toRange } from '../convert';
import { findingAt } from '../../core/hover/findingAt';
import type { CheckService } from '../services/checks';

/**
 * Hover on a figure: its status and, when a record matches, the source, year,
 * quote and article. The Markdown is built and escaped in the core; only the
 * extension's own "Open in article" command is trusted.
 */
export function registerHover(checks: CheckService, canOpenArticle: (record: StatRecord) => boolean | 'source'): vscode.Disposable {
  return vscode.languages.registerHoverProvider(MARKDOWN, {
    async provideHover(document, position, token) {
      const version = document.version;
      const result = checks.peek(document) ?? (await checks.check(document));
      // A result moves with the note's next check: one for another version is not this text's.
      if (!result || token.isCancellationRequested || document.version !== version) return undefined;
      const finding = findingAt(result.findings, document.offsetAt(position));
      if (!finding) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(finding, { canOpenArticle }));
      markdown.isTrusted = { enabledCommands: [OPEN_ARTICLE_COMMAND] };
      markdown.supportHtml = false;
      return new vscode.Hover(markdown, toRange(document, finding.start, finding.end));
    },
  });
}
