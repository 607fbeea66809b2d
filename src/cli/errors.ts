import * as fs from 'node:fs';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ELOOP: 'a symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A file system error as a reader would say it ("permission denied"); its code when it has no wording here. */
export function describeError(error: unknown, file?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return (error as Error | undefined)?.message?.split('\n')[0] ?? String(error);
  if (code === 'ENOENT' && file !== undefined && isSymlink(file)) return 'a broken symbolic link';
  return REASONS[code] ?? code;
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
