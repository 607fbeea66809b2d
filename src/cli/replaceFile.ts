import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes `text` to `file` so that a reader, or a run that is killed halfway, sees
 * either the old file whole or the new one whole: the text goes to a temporary
 * file in the same folder (same file system, so the rename is atomic), which is
 * then renamed over `file`. A symbolic link is followed, so the link stays and its
 * target is replaced; an existing file keeps its permissions. Throws the error of
 * the step that failed, after removing the temporary file.
 */
export function replaceFile(file: string, text: string): void {
  const target = resolveLink(file);
  const mode = existingMode(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o666);
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** The file a path names, through any symbolic links; the path itself when it does not exist yet. */
function resolveLink(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function existingMode(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}
