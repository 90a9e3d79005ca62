/**
 * Reading articles' bytes: one after another into one reused buffer ({@link ArticleReader}), and
 * the problem reported for an article that cannot be read. It imports only Node's own modules, so
 * the worker that hashes articles ahead of the cache (`hash-worker.ts`) stays small.
 */
import {closeSync, openSync, readSync} from 'node:fs'
import {resolve} from 'node:path'

/** Why the article at `path` cannot be read (the error of the read that failed). */
export function unreadable(path: string, error: unknown): {path: string; problem: string} {
  return {path, problem: `Cannot read the article (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check that it exists and is readable`}
}

/**
 * Reads articles one after another into one buffer that grows as needed, for a caller that is done
 * with each article's bytes before it reads the next (hashing 10k unchanged articles against the
 * cache): reading each into a buffer of its own makes as many allocations outside V8's heap, which
 * V8 answers with garbage collections.
 */
export class ArticleReader {
  private buffer = Buffer.allocUnsafe(64 * 1024)

  /** An article's bytes (a view valid until the next read), or why it cannot be read. */
  read(path: string, cwd: string): Buffer | {path: string; problem: string} {
    let fd: number | undefined
    try {
      fd = openSync(resolve(cwd, path), 'r')
      let length = 0
      for (;;) {
        if (length === this.buffer.length) this.buffer = Buffer.concat([this.buffer], this.buffer.length * 2)
        const read = readSync(fd, this.buffer, length, this.buffer.length - length, null)
        if (read === 0) return this.buffer.subarray(0, length)
        length += read
      }
    } catch (error) {
      return unreadable(path, error)
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }
}
