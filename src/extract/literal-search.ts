/**
 * Searching text for any of a set of literal phrases (carrier aliases, document names, cue words),
 * case-insensitively, the longest phrase first at each position.
 *
 * One alternation of hundreds of phrases makes the regular-expression engine try every phrase at
 * every position of the text. Here a character class of the phrases' first characters finds the
 * candidate positions (a fast scan), and a sticky pattern shaped as a trie of the phrases (one
 * branch per next character, greedy, so the longest phrase wins) reads the phrase there. Both run
 * in V8's regular-expression engine with the `iu` flags, as a plain alternation would.
 */

/** A phrase found in a text: `text.slice(start, end)` matches one of the phrases. */
export interface LiteralMatch {
  start: number
  end: number
}

/** A compiled phrase set. */
export interface LiteralSearch {
  /** The first phrase starting at or after `from` (the longest one there), or undefined. */
  next(text: string, from: number): LiteralMatch | undefined
}

/** How a phrase set is searched. */
export interface LiteralSearchOptions {
  /**
   * Passes over places where no phrase may start for the caller (the inside of a word): given a
   * position whose character starts a phrase, returns it when a phrase may start there, else the
   * index to go on searching from (every position before it is passed over).
   */
  skip?: (text: string, at: number) => number
}

/** The characters a RegExp source escapes to stand for themselves ({@link escapeRegExp}, the trie's sources). */
const SYNTAX_CHARACTERS = new Set('.*+?^${}()|[]\\')
const SYNTAX = new RegExp(`[${[...SYNTAX_CHARACTERS].map(escapeClassChar).join('')}]`, 'g')

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(SYNTAX, '\\$&')
}

/** Compiles a phrase set; empty phrases are ignored, and an empty set finds nothing. */
export function literalSearch(phrases: Iterable<string>, {skip}: LiteralSearchOptions = {}): LiteralSearch {
  const trie = buildTrie(phrases)
  if (trie.children.size === 0) return {next: () => undefined}
  const nextInitial = initialFinder([...trie.children.keys()])
  const phrase = new RegExp(trieSource(trie), 'iuy')
  return {
    next(text, from) {
      for (let start = nextInitial(text, from); start >= 0; ) {
        const resume = skip?.(text, start) ?? start
        if (resume > start) {
          start = nextInitial(text, resume)
          continue
        }
        // `test` leaves the end of the match in `lastIndex` and, unlike `exec`, makes no array.
        phrase.lastIndex = start
        if (phrase.test(text)) return {start, end: phrase.lastIndex}
        start = nextInitial(text)
      }
      return undefined
    }
  }
}

/**
 * The scan for the phrases' first characters: returns the index of the next one at or after
 * `from`, or, without `from`, the next one after the one found last; -1 when there is none.
 */
function initialFinder(initials: string[]): (text: string, from?: number) => number {
  const pattern = `[${initials.map(escapeClassChar).join('')}]`
  return initials.every((char) => char.length === 1 && !isSurrogate(char)) ? unitFinder(pattern) : codePointFinder(pattern)
}

/**
 * The scan when every first character is one UTF-16 unit (not a surrogate). The class then
 * matches single units only (case folding keeps astral characters astral), so a table of the
 * units it matches, filled in as they are met, answers as the class would, without a call into
 * the regular-expression engine at each candidate.
 */
function unitFinder(pattern: string): (text: string, from?: number) => number {
  const single = new RegExp(`^${pattern}$`, 'iu')
  const UNKNOWN = 0
  const INITIAL = 1
  const OTHER = 2
  const table = new Uint8Array(0x10000)
  const learn = (unit: number) => {
    table[unit] = !isSurrogateUnit(unit) && single.test(String.fromCharCode(unit)) ? INITIAL : OTHER
    return table[unit] === INITIAL
  }
  let last = -1
  return (text, from = last + 1) => {
    for (let i = from; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      const kind = table[unit]
      if (kind === INITIAL || (kind === UNKNOWN && learn(unit))) return (last = i)
    }
    return -1
  }
}

/** The scan by the class itself, for first characters outside the BMP (emoji). */
function codePointFinder(pattern: string): (text: string, from?: number) => number {
  const initials = new RegExp(pattern, 'giu')
  return (text, from) => {
    if (from !== undefined) initials.lastIndex = from
    return initials.exec(text)?.index ?? -1
  }
}

function isSurrogate(char: string): boolean {
  return isSurrogateUnit(char.charCodeAt(0))
}

function isSurrogateUnit(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff
}

interface TrieNode {
  /** Next characters (code points, lower case). */
  children: Map<string, TrieNode>
  /** Whether a phrase ends here. */
  end: boolean
}

function buildTrie(phrases: Iterable<string>): TrieNode {
  const root: TrieNode = {children: new Map(), end: false}
  for (const phrase of phrases) {
    if (!phrase) continue
    let node = root
    for (const char of phrase.toLowerCase()) {
      let child = node.children.get(char)
      if (!child) node.children.set(char, (child = {children: new Map(), end: false}))
      node = child
    }
    node.end = true
  }
  return root
}


/**
 * The pattern of a trie node's subtree; optional (greedy) where a phrase may also end here. Built
 * by concatenation, one character at a time, as it runs for every node of every phrase set at startup.
 */
function trieSource(node: TrieNode): string {
  if (node.children.size === 0) return ''
  let group = '(?:'
  for (const [char, child] of node.children) {
    if (group !== '(?:') group += '|'
    group += (SYNTAX_CHARACTERS.has(char) ? `\\${char}` : char) + trieSource(child)
  }
  group += ')'
  return node.end ? `${group}?` : group
}

function escapeClassChar(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char
}
