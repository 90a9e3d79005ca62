/**
 * Several carriers named together in one sentence (`docomo、au、SoftBank`, `docomo/au/SoftBank`,
 * `docomo and au`), followed by numbers:
 *
 * - as many numbers as carriers are read in order, one per carrier (`docomo、au的客服分别是
 *   151、157`, `docomo/au：151/157`);
 * - one number is stated for every carrier of the group (`docomo和au的客服都是0570-…`): the claim
 *   names them all in `carriers`, which is how one number shared by carriers shows;
 * - any other count cannot be read, and those numbers lose their sentence attribution.
 *
 * A number followed by its own carrier in brackets (`0120-800-000（docomo）`) keeps it.
 */
import type {CarrierClaim, PhoneClaim} from '../types.js'
import {attributeCarrier} from './attribution.js'
import {sentenceAt, type TextBlock} from './blocks.js'
import type {ExtractInput} from './input.js'

/** Words and marks that join carrier names into one group. */
const JOINER = /^\s*(?:[、,，/／・&＋+]|和|与|與|及|以及|跟|还有|還有|と|や|および|and|e|ed)\s*$/i
const BRACKET_AFTER = /^\s*[(（【[]\s*$/

interface Mention {
  start: number
  end: number
  carrier: string
}

/** Re-attributes the phone claims of one block where carriers are named as a group; returns the claims. */
export function attributeGroups(input: ExtractInput, block: TextBlock, phones: PhoneClaim[]): PhoneClaim[] {
  if (phones.length === 0) return phones
  const mentions = input.carriers.filter((c) => c.context.block === block.index).map((c) => mentionOf(block, c))
  for (let sentence = 0; sentence < block.sentences.length; sentence++) {
    const inSentence = mentions.filter((m) => sentenceAt(block, m.start) === sentence || sentenceAt(block, m.end - 1) === sentence)
    for (const group of groups(block.text, inSentence)) {
      const last = group[group.length - 1]!
      const next = inSentence.find((m) => m.start >= last.end)
      const governed = phones.filter((p) => {
        const at = indexOf(block, p.span.start)
        return p.context.sentence === sentence && at >= last.end && (!next || at < next.start) && !bracketed(block, p, next)
      })
      apply(input, block, group, governed)
      // A number followed by a group in brackets is stated for all of it: `0570-…（docomo/au/SoftBank通用）`.
      const before = phones.find((p) => p.context.sentence === sentence && bracketed(block, p, group[0]))
      if (before) apply(input, block, group, [before])
    }
  }
  return phones
}

/**
 * Re-attributes the numbers of table rows whose label cell names a group of carriers
 * (`| docomo、au、SoftBank | 0570-… |`): as many numbers as carriers are read in order, one number is
 * stated for the whole group. Runs once the numbers of every block are known.
 */
export function attributeRowGroups(input: ExtractInput, phones: PhoneClaim[]): PhoneClaim[] {
  const rows = new Map<number, PhoneClaim[]>()
  for (const phone of phones) {
    const row = phone.context.tableRow
    if (row === undefined || phone.attribution === 'sentence') continue
    rows.set(row, [...(rows.get(row) ?? []), phone])
  }
  for (const [row, governed] of rows) {
    const cells = input.blocks.filter((b) => b.context.tableRow === row)
    const label = cells.find((cell) => input.carriers.some((c) => c.context.block === cell.index))
    if (!label || governed.some((p) => p.context.block === label.index)) continue
    const mentions = input.carriers.filter((c) => c.context.block === label.index).map((c) => mentionOf(label, c))
    const [group, ...more] = groups(label.text, mentions)
    if (!group || more.length || group.length !== mentions.length) continue
    apply(input, label, group, governed)
    for (const phone of governed) if (phone.carrier && group.some((m) => m.carrier === phone.carrier)) phone.attribution = 'table-row'
  }
  return phones
}

function apply(input: ExtractInput, block: TextBlock, group: readonly Mention[], governed: PhoneClaim[]): void {
  if (governed.length === group.length) {
    governed.forEach((phone, i) => {
      phone.carrier = group[i]!.carrier
      phone.attribution = 'sentence'
    })
    return
  }
  if (governed.length === 1) {
    const phone = governed[0]!
    phone.carrier = group[0]!.carrier
    phone.carriers = [...new Set(group.map((m) => m.carrier))]
    phone.attribution = 'sentence'
    return
  }
  for (const phone of governed) {
    // Too many or too few numbers to pair: fall back to the levels after the sentence.
    const at = indexOf(block, phone.span.start)
    const {carrier, attribution} = attributeCarrier(input, block, at, {levels: ['list-item', 'table-row', 'table-column', 'lead-in', 'section', 'article']})
    if (carrier) phone.carrier = carrier
    else delete phone.carrier
    phone.attribution = attribution
  }
}

/** Runs of two or more mentions of different carriers joined by joiners only. */
function groups(text: string, mentions: readonly Mention[]): Mention[][] {
  const found: Mention[][] = []
  let current: Mention[] = []
  for (const mention of mentions) {
    const previous = current[current.length - 1]
    if (previous && JOINER.test(text.slice(previous.end, mention.start))) current.push(mention)
    else {
      if (current.length > 1) found.push(current)
      current = [mention]
    }
  }
  if (current.length > 1) found.push(current)
  return found.filter((group) => new Set(group.map((m) => m.carrier)).size === group.length)
}

/** Whether a number is followed, within its block, by only a bracket before the mention `next`. */
function bracketed(block: TextBlock, phone: PhoneClaim, next: Mention | undefined): boolean {
  if (!next) return false
  const end = indexOf(block, phone.span.end - 1) + 1
  return end <= next.start && BRACKET_AFTER.test(block.text.slice(end, next.start))
}

function mentionOf(block: TextBlock, claim: CarrierClaim): Mention {
  const start = indexOf(block, claim.span.start)
  const end = indexOf(block, claim.span.end - 1) + 1
  return {start, end, carrier: claim.carrier}
}

/** The block-text index of a source offset. */
function indexOf(block: TextBlock, offset: number): number {
  const index = block.offsets.indexOf(offset)
  return index === -1 ? block.offsets.findIndex((o) => o >= offset) : index
}
