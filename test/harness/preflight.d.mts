// Types for preflight.mjs, which the unit tests import.
export interface Missing {
  what: string;
  /** The Debian package that brings it. */
  debian?: string;
  /** How to get it where no package does. */
  how?: string;
}
export const HEADER_FILES: string[];
export function hasNodeHeaders(dir: string, exists?: (file: string) => boolean): boolean;
export function onPath(command: string, PATH: string | undefined, exists?: (file: string) => boolean): boolean;
export function installPreflight(options?: {
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  execPaths?: string[];
  configuredNodedir?: string;
}): { missing: Missing[]; nodedir?: string };
export function describeMissing(missing: Missing[], options?: { root?: boolean }): string;
