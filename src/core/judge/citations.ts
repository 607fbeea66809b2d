import type { ProseBlock } from '../markdown/prose';
import { MODEL_FAMILIES, REFERENCE_WORDS } from '../detect/lexicon';

/**
 * Does the span `[from, to)` of a block carry its own citation? An inline or
 * reference link (even one whose definition is missing), a footnote reference (even a bare
 * "[^1]" whose definition is missing), a
 * parenthetical "(Name, Year)", a numbered "[12]" or a Pandoc "[@key]" all count
 * (spec §2, `cited`).
 */
/**
 * "… on Replit. [The OpenAI template has +8,000 forks.](…)": a link that opens the next
 * sentence, after the stop that ends this one, is that sentence's citation.
 */
function opensNextSentence(block: ProseBlock, citation: number, to: number): boolean {
  const { text } = block;
  // A footnote's mark after the stop ("… in 2024.[^2]") is the sentence's own, and so is a link with no sentence after it.
  if (citation >= to || to >= text.length || block.footnotes?.some(([at]) => at === citation) || !/^[\s\uFFFC]*$/.test(text.slice(citation, to))) return false;
  let k = citation;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  return k > 0 && '.!?'.includes(text[k - 1]);
}

export function hasCitation(block: ProseBlock, from: number, to: number): boolean {
  const text = block.text;
  if (block.citations.some((c) => c <= to && (c >= from || opensSentence(text, c, from)) && !opensNextSentence(block, c, to))) return true;
  // "… in 2023. (ref. [IEEE Spectrum][ref1])": a reference put just after the stop is the sentence's own.
  const trailing = TRAILING_REFERENCE.exec(text.slice(to, to + 200));
  if (trailing && block.citations.some((c) => c >= to && c <= to + trailing[0].length)) return true;
  // "… at the time of writing. [Source](…)": a link labelled as the source, standing alone after the stop, is the sentence's own.
  // (The sentence's bounds may take in the link's opening stand-in: the label is read from the stop.)
  let stop = to;
  while (stop > from && /[\s\uFFFC]/.test(text[stop - 1])) stop--;
  const labelled = SOURCE_LABEL_AFTER.exec(text.slice(stop, stop + 40));
  if (labelled && block.citations.some((c) => c >= stop && c <= stop + labelled[0].length)) return true;
  // "… by reference. R. at 3.", "(Tr. at 45)": a brief's cite to the record, after the stop or in brackets.
  // (A sentence may have been cut at the cite's own abbreviation: "… $3.7 billion (Tr.| at 45).")
  if (RECORD_CITE_AFTER.test(text.slice(to, to + 24)) || RECORD_CITE_IN.test(text.slice(from, to + 16))) return true;
  let open = -1;
  let bracket = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    // "（Fuji Chimera Research, 2025）": full-width brackets, as translated East Asian text writes them.
    if (c === '(' || c === '\uff08') open = i;
    else if ((c === ')' || c === '\uff09') && open >= 0) {
      if (i - open < 160 && (isNameYear(text.slice(open + 1, i)) || isAuthorPage(text.slice(open + 1, i)) || isNarrativeCitation(text, open, i))) return true;
      open = -1;
    } else if (c === '[') bracket = i;
    else if (c === ']' && bracket >= 0) {
      // "compute[^1]" whose footnote an excerpt cut off is still meant as one, as a numbered "[12]" is.
      if (/^(\d{1,3}([,–-]\s?\d{1,3})*|@[\w:.-]+.*|\^[\w-]{1,24})$/.test(text.slice(bracket + 1, i))) return true;
      // "[Menlo Ventures][menlo]" whose definition markdown-it could not read is still meant as a citation.
      if (i > bracket + 1 && text[i + 1] === '[' && text.indexOf(']', i + 2) > i + 1) return true;
      bracket = -1;
    }
  }
  return false;
}

/**
 * "Gartner, 2025", "Smith et al. 2024", "Source: IDC 2026, p. 4", "Touvron et al., 2023,
 * Table 2": a name and a year, perhaps with a locator.
 */
function isNameYear(inner: string): boolean {
  // A name is a capitalised word, not a figure's scale ("(~$14B, Sep 2025)" is a conversion and a date),
  // or a numeronym written in lower case ("(a16z, 2024)").
  return /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}|\p{Ll}+\d+\p{Ll}+(?![\p{L}\p{N}]))/u.test(inner.replace(MONTH, '')) && NAME_YEAR_LOCATOR.test(inner) && !/^\s*(?:in|by|since|from)\s/i.test(inner) && !WRITERS_OWN.test(inner);
}

/**
 * MLA's "(Okafor 12)", "(Chen and Moreau 203)", "(Ruiz et al. 45)" and a title standing for
 * its author ("("Rise of Open-Source")"): a surname and a page, or a quoted title. A page of
 * one digit is left out, as a name with a version ("Python 3") reads the same.
 */
function isAuthorPage(inner: string): boolean {
  const page = AUTHOR_PAGE.exec(inner);
  // A year after a name is a date or "(Name, Year)", which `isNameYear` reads ("(Jan 2026)" is a month).
  if (page) {
    const word = page[1].toLowerCase();
    return !YEAR.test(page[2]) && ![word, word.replace(/s$/, ''), word.replace(/es$/, '')].some(isNoAuthor) && !MONTH_NAME.test(word);
  }
  return QUOTED_TITLE.test(inner);
}

const SURNAME = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
const AUTHOR_PAGE = new RegExp(String.raw`^\s*(${SURNAME})(?:\s+(?:and|&)\s+${SURNAME}|\s+et al\.)?,?\s+(?:pp?\.\s*)?(\d{2,4})(?:[–-]\d{1,4})?\s*$`, 'u');
const YEAR = /^(?:19|20)\d\d$/;
const QUOTED_TITLE = /^\s*["“](?=[^"”]*\p{Lu})[^"”\s]+(?:\s+[^"”\s]+){1,10}["”](?:,?\s+(?:pp?\.\s*)?\d{1,4})?\s*$/u;

/**
 * Capitalised words with a number that point into the note itself or name a product's version:
 * no author. Detection's reference words and model families, and a few more locators and products.
 */
function isNoAuthor(word: string): boolean {
  return REFERENCE_WORDS.has(word) || MODEL_FAMILIES.has(word) || MORE_NOT_AUTHORS.has(word);
}

const MORE_NOT_AUTHORS: ReadonlySet<string> = new Set(
  'appendic slide room episode question note exhibit chart listing annex clause article rule box panel module lesson unit session season windows chrome firefox android ubuntu debian rocm'.split(' '),
);

/** A month's name or its abbreviation, in lower case (not "Marsh" or "Decker"). */
const MONTH_NAME = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** "Okafor and Lind (2025, p. 4) count…", "Cottier et al. (2024) find…": the authors named before the year. */
function isNarrativeCitation(text: string, open: number, close: number): boolean {
  if (!YEAR_LOCATOR.test(text.slice(open + 1, close))) return false;
  return AUTHORS_BEFORE.test(text.slice(Math.max(0, open - 60), open));
}

/** "et al.", "Okafor and Lind", "Moreau & Adeyemi", "Smith": surnames, not a model's name with a version ("Llama 2 70B (2023)"). */
const AUTHORS_BEFORE = /(?:\bet al\.|(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{Ll}'’-]+)?)\s*$/u;

/** A link's stand-in and its label, "Source" or the like, alone after a sentence's stop (to the block's end or the next line). */
const SOURCE_LABEL_AFTER = /^[\s\uFFFC]*(?:sources?|refs?|references?)[\s\uFFFC]*(?:$|\n)/i;

const TRAILING_REFERENCE = /^\s*\((?:refs?|sources?|see|via|cf)\b[^()]*\)/i;

/** A legal brief's cite to the record or a transcript ("R. at 12", "Tr. at 45:3", "Id. at 7", "J.A. 112"), a locator of its own. */
const RECORD_CITE = String.raw`(?:R\.|Tr\.|Id\.|Rec\.|J\.A\.)\s+(?:at\s+)?\d+(?:[:–-]\d+)?`;
const RECORD_CITE_AFTER = new RegExp(String.raw`^\s*\(?${RECORD_CITE}\)?\.?(?:\s|$)`);
const RECORD_CITE_IN = new RegExp(String.raw`\(${RECORD_CITE}\)`);

/** "(our test, Mar 2026)": the writer's own measurement, dated, cites nobody. */
const WRITERS_OWN = /^\s*(?:our|my|we|us|own|internal|in-house)\b/i;
/** A month names no source: "(Mar 2026)" is a date. */
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?/g;

/** A place in a cited work: "p. 4", "Table 2", "§4.2", "Fig. 3". */
export const LOCATOR = '(?:pp?\\.?|pages?|tables?|tab\\.|fig(?:ure)?s?\\.?|§|sec(?:tion)?\\.?|ch(?:apter)?\\.?|appendix|slide|para\\.?)\\s*[\\dA-Z]+(?:[.–-]\\d+)*';
const YEAR_LOCATOR = new RegExp(`^\\s*(?:19|20)\\d\\d[a-z]?(?:\\s*[,:;]\\s*${LOCATOR})?\\s*$`, 'iu');
const NAME_YEAR_LOCATOR = new RegExp(`(?:^|[\\s,])(?:19|20)\\d\\d[a-z]?(?:\\s*[,:;]\\s*${LOCATOR})?\\s*$`, 'iu');

/**
 * "It helped. [The paper](…) reports 54.9%": a link opening a sentence is marked
 * before its text, where the sentence's bounds skip the link's stand-in.
 */
function opensSentence(text: string, citation: number, from: number): boolean {
  // "….[^1] In our survey": a mark right after the stop is the sentence before's.
  if (from - citation > 4 || (citation > 0 && text[citation - 1] !== ' ')) return false;
  for (let i = citation; i < from; i++) if (text[i] !== '\uFFFC' && text[i] !== ' ') return false;
  return true;
}
