import {describe, expect, it} from 'vitest'
import {fetchCommand} from '../../src/cli/changed.js'
import {parseAddedLines, parseNameStatus, unquoteGitPath} from '../../src/cli/git-diff.js'

describe('reading git diff output', () => {
  it('reads --name-status -z entries, renames and copies with both paths', () => {
    expect(parseNameStatus('M\0content/a.md\0R087\0old name.md\0new name.md\0D\0gone.md\0A\0注销.md\0C100\0x.md\0y.md\0')).toEqual([
      {status: 'M', path: 'content/a.md'},
      {status: 'R', path: 'new name.md', from: 'old name.md'},
      {status: 'D', path: 'gone.md'},
      {status: 'A', path: '注销.md'},
      {status: 'C', path: 'y.md', from: 'x.md'}
    ])
    expect(parseNameStatus('')).toEqual([])
  })

  it('collects the new-side lines of --unified=0 hunks, not mistaking content for headers', () => {
    const patch = [
      'diff --git a/content/a.md b/content/a.md',
      'index 1111111..2222222 100644',
      '--- a/content/a.md',
      '+++ b/content/a.md',
      '@@ -3 +3 @@ title',
      '-old',
      '+new',
      '@@ -10,0 +11,2 @@',
      '+++ added line that looks like a header',
      '+@@ -1 +1 @@ so does this',
      '@@ -20,2 +21,0 @@',
      '-removed',
      '-removed',
      'diff --git a/gone.md b/gone.md',
      'deleted file mode 100644',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/old.md b/new.md',
      'similarity index 100%',
      'rename from old.md',
      'rename to new.md',
      'diff --git "a/\\346\\263\\250\\351\\224\\200 x.md" "b/\\346\\263\\250\\351\\224\\200 x.md"',
      '--- "a/\\346\\263\\250\\351\\224\\200 x.md"\t',
      '+++ "b/\\346\\263\\250\\351\\224\\200 x.md"\t',
      '@@ -0,0 +1 @@',
      '+text',
      '\\ No newline at end of file',
      ''
    ].join('\n')
    const added = parseAddedLines(patch)
    expect([...added.keys()]).toEqual(['content/a.md', 'new.md', '注销 x.md'])
    expect([...added.get('content/a.md')!]).toEqual([3, 11, 12])
    expect([...added.get('new.md')!]).toEqual([])
    expect([...added.get('注销 x.md')!]).toEqual([1])
  })

  it('undoes git quoting of paths', () => {
    expect(unquoteGitPath('plain.md')).toBe('plain.md')
    expect(unquoteGitPath('"tab\\there \\"q\\" back\\\\slash"')).toBe('tab\there "q" back\\slash')
    expect(unquoteGitPath('"\\346\\263\\250\\351\\224\\200.md"')).toBe('注销.md')
  })
})

describe('the fetch hint', () => {
  it('names the remote branch to fetch, deepening in a shallow clone', () => {
    expect(fetchCommand('origin/main', ['origin'], false)).toBe('git fetch origin main:refs/remotes/origin/main')
    expect(fetchCommand('origin/main', ['origin'], true)).toBe('git fetch --deepen=100 origin main:refs/remotes/origin/main')
    expect(fetchCommand('refs/remotes/upstream/release/2026', ['origin', 'upstream'], true)).toBe(
      'git fetch --deepen=100 upstream release/2026:refs/remotes/upstream/release/2026'
    )
    expect(fetchCommand('origin/main', [], false)).toBe('git fetch origin main:refs/remotes/origin/main')
  })

  it('fetches a commit by hash, deepens for relative refs, and fetches a branch to a local branch', () => {
    expect(fetchCommand('3f2a9c1', ['origin'], true)).toBe('git fetch --deepen=100 origin 3f2a9c1')
    expect(fetchCommand('HEAD~1', ['origin'], true)).toBe('git fetch --deepen=100 origin')
    expect(fetchCommand('main', ['origin'], false)).toBe('git fetch origin main:refs/heads/main')
    expect(fetchCommand('feature/x', ['upstream'], false)).toBe('git fetch upstream feature/x:refs/heads/feature/x')
  })
})
