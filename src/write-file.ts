/**
 * Writing files atomically: a temporary file beside the target, then a rename, so a reader never
 * sees half a report, cache or article. It imports nothing but Node's own modules (the CLI
 * launcher uses it before loading anything else).
 */
import {closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'

/**
 * Writes `content` (a string, or chunks written one by one, so a big file need not be one string)
 * to `path` atomically, creating the directory if needed. `mode` is that of a new file (default
 * 0o666, less the umask). On failure the temporary file is removed and the error thrown.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string | Uint8Array>, options: {mode?: number} = {}): void {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  const fd = openSync(temporary, 'wx', options.mode ?? 0o666)
  try {
    // writeFileSync on a descriptor writes the whole chunk (writeSync may write part of it).
    for (const chunk of typeof content === 'string' ? [content] : content) writeFileSync(fd, chunk)
    closeSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, {force: true})
    throw error
  }
  renameSync(temporary, path)
}
