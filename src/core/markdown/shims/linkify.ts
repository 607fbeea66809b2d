/**
 * Stands in for `linkify-it` inside markdown-it (see esbuild.js's alias). StatLens
 * parses with `linkify: false`, so markdown-it constructs a linkifier it never calls;
 * this keeps 14 KB of URL grammar out of every bundle. Calling it is a bug.
 */
export default class LinkifyDisabled {
  test(): boolean {
    throw new Error('StatLens parses with linkify disabled');
  }
  match(): null {
    throw new Error('StatLens parses with linkify disabled');
  }
  pretest(): boolean {
    return false;
  }
}
