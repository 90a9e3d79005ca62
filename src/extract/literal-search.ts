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

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Compiles a phrase set; empty phrases are ignored, and an empty set finds nothing. */
export function literalSearch(phrases: Iterable<string>): LiteralSearch {
  const trie = buildTrie(phrases)
  if (trie.children.size === 0) return {next: () => undefined}
  const initials = new RegExp(`[${[...trie.children.keys()].map(escapeClassChar).join('')}]`, 'giu')
  const phrase = new RegExp(trieSource(trie), 'iuy')
  return {
    next(text, from) {
      initials.lastIndex = from
      for (let candidate = initials.exec(text); candidate; candidate = initials.exec(text)) {
        phrase.lastIndex = candidate.index
        const found = phrase.exec(text)
        if (found) return {start: candidate.index, end: candidate.index + found[0].length}
        initials.lastIndex = candidate.index + candidate[0].length
      }
      return undefined
    }
  }
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

/** The characters {@link escapeRegExp} escapes. */
const SYNTAX_CHARACTERS = new Set('.*+?^${}()|[]\\')

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
