/**
 * Reading git's diff output (pure): `--name-status -z` entries, and the lines a
 * `--unified=0` patch adds or modifies on its new side.
 */

/** One entry of `git diff --name-status -z`: its status letter and the path on the new side. */
export interface DiffEntry {
  /** `A`dded, `M`odified, `D`eleted, `R`enamed, `C`opied, `T`ype changed, … */
  status: string
  /** Path on the new side, relative to the repository root. */
  path: string
  /** Path on the old side, for renames and copies. */
  from?: string
}

/** Returns the entries of `git diff --name-status -z` output. */
export function parseNameStatus(output: string): DiffEntry[] {
  const fields = output.split('\0')
  const entries: DiffEntry[] = []
  for (let index = 0; index < fields.length; ) {
    const status = fields[index++]!
    if (!status) continue
    const letter = status[0]!
    if (letter === 'R' || letter === 'C') {
      const from = fields[index++]!
      entries.push({status: letter, path: fields[index++]!, from})
    } else {
      entries.push({status: letter, path: fields[index++]!})
    }
  }
  return entries
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * Returns, per path on the new side (relative to the repository root), the 1-based line numbers
 * that a `git diff --unified=0 --src-prefix=a/ --dst-prefix=b/` patch adds or modifies. Files the
 * patch deletes are left out; a file with no added lines (a pure rename) maps to an empty set.
 */
export function parseAddedLines(patch: string): Map<string, Set<number>> {
  const added = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  let oldLeft = 0
  let newLeft = 0
  let nextLine = 0
  for (const line of patch.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) {
        current?.add(nextLine++)
        newLeft--
      } else if (line.startsWith('-')) {
        oldLeft--
      } else if (line.startsWith(' ')) {
        nextLine++
        oldLeft--
        newLeft--
      }
      continue
    }
    if (line.startsWith('diff --git ')) {
      current = undefined
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '')
      if (target === '/dev/null') continue
      const path = unquoteGitPath(target).replace(/^b\//, '')
      current = added.get(path) ?? new Set()
      added.set(path, current)
    } else if (line.startsWith('rename to ')) {
      const path = unquoteGitPath(line.slice('rename to '.length))
      current = added.get(path) ?? new Set()
      added.set(path, current)
    } else {
      const hunk = HUNK.exec(line)
      if (!hunk) continue
      oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1])
      nextLine = Number(hunk[2])
      newLeft = hunk[3] === undefined ? 1 : Number(hunk[3])
    }
  }
  return added
}

const ESCAPES: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}

/** Returns a path as git wrote it in a patch header, with git's C-style quoting undone. */
export function unquoteGitPath(text: string): string {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return text
  const parts: Buffer[] = []
  for (const match of text.slice(1, -1).matchAll(/\\([0-7]{3}|.)|[^\\]+/gsu)) {
    const escape = match[1]
    if (escape === undefined) parts.push(Buffer.from(match[0], 'utf8'))
    else if (/^[0-7]{3}$/.test(escape)) parts.push(Buffer.from([parseInt(escape, 8)]))
    else parts.push(Buffer.from([ESCAPES[escape] ?? escape.charCodeAt(0)]))
  }
  return Buffer.concat(parts).toString('utf8')
}
