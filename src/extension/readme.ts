import * as vscode from 'vscode';

/**
 * Where a diagnostic's code link points: a section of the extension's README.
 *
 * vsce packs `README.md` as `readme.md`, while a development checkout has
 * `README.md`, and on a case-sensitive file system only one of them exists. So the
 * file is found, not assumed; and since VS Code opens a file link at the line its
 * fragment names (`#L158`), not at a Markdown heading, each section is linked by
 * the line of its heading.
 */
interface Readme {
  uri: vscode.Uri;
  /** Heading text, lower case ("statlens.unsupported", "settings") → zero-based line. */
  headings: Map<string, number>;
}

const NAMES = ['readme.md', 'README.md'];
const loaded = new Map<string, Promise<Readme | undefined>>();
const known = new Map<string, Readme>();

/** Finds and reads the README once per extension folder; later calls return the same promise. */
export function loadReadme(extensionUri: vscode.Uri): Promise<Readme | undefined> {
  const key = extensionUri.toString();
  let readme = loaded.get(key);
  if (!readme) {
    readme = (async () => {
      for (const name of NAMES) {
        const uri = vscode.Uri.joinPath(extensionUri, name);
        try {
          const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          // The directory listing is not asked: on a case-insensitive file system both names read.
          const found = { uri, headings: headingLines(text) };
          known.set(key, found);
          return found;
        } catch {
          // Not under this name; try the next.
        }
      }
      return undefined;
    })();
    loaded.set(key, readme);
  }
  return readme;
}

/** The link for a README section ("statlens.conflicting", "settings"), at its heading's line once the README is read. */
export function readmeTarget(extensionUri: vscode.Uri, section: string): vscode.Uri {
  const readme = known.get(extensionUri.toString());
  // Before the README is read (or if it is missing): the name vsce ships, with the heading's anchor.
  if (!readme) return vscode.Uri.joinPath(extensionUri, NAMES[0]).with({ fragment: section.replace(/\./g, '') });
  const line = readme.headings.get(section.toLowerCase());
  return readme.uri.with({ fragment: line === undefined ? '' : `L${line + 1}` });
}

function headingLines(text: string): Map<string, number> {
  const headings = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m && !headings.has(m[1].toLowerCase())) headings.set(m[1].toLowerCase(), i);
  });
  return headings;
}
