import * as path from 'node:path';

/** The repository root, from a bundled test in out/test/<suite>/. */
export const ROOT = path.resolve(__dirname, '../../..');

export const repoPath = (...parts: string[]): string => path.join(ROOT, ...parts);
