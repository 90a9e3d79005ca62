/**
 * One generated guide article: frontmatter, headings, paragraphs, lists, a hotline table,
 * durations, documents, links, an FAQ; about a fifth carry spam (messenger links, handles, ad
 * images, one fake number given for several carriers).
 */
import {mix, random, type Random} from './prng.js'
import {LANGUAGES, type Vocab} from './vocab.js'

/** What the generator needs of a carrier from the rule files. */
export interface CarrierInfo {
  id: string
  name: string
  aliases: Record<string, string[]>
  hotlines: string[]
}

const FAKE_NUMBERS = ['00530-111-111', '0120-000-000', '050-0000-0000', '0570-000-000']

/** The Markdown of article `index` of a corpus seeded with `seed` (the same at any corpus size). */
export function article(index: number, seed: number, carriers: readonly CarrierInfo[]): string {
  const rng = random(mix(seed, index))
  const vocab = pickLanguage(rng)
  const main = rng.pick(carriers)
  const others = rng.some(carriers.filter((c) => c !== main), rng.int(0, 2))
  const spam = rng.chance(0.2)
  const name = (carrier: CarrierInfo): string => rng.pick(carrier.aliases[vocab.lang] ?? carrier.aliases['en'] ?? [carrier.name])
  const fill = (template: string, carrier = main): string =>
    template
      .replaceAll('{carrier}', name(carrier))
      .replaceAll('{duration}', rng.pick(vocab.durations))
      .replaceAll('{docs}', docsOf(rng, vocab, name(carrier)))
      .replaceAll('{number}', numberOf(rng, carrier, spam))
      .replaceAll('{handle}', handleOf(rng))
  const paragraph = (pool: readonly string[], min: number, max: number): string =>
    Array.from({length: rng.int(min, max)}, () => fill(rng.pick(pool))).join(vocab.join)

  const title = fill(rng.pick(vocab.titles))
  const out: string[] = []
  if (!rng.chance(0.05)) out.push(frontmatter(rng, vocab, title, [main, ...others]))
  out.push(`# ${title}`, paragraph(vocab.intro, 2, 4), paragraph(vocab.filler, 2, 5))
  const h = rng.chance(0.5) ? '##' : '###'
  const sections: (() => string[])[] = [
    () => [`${h} ${vocab.headings.why}`, vocab.reasons.map((r, i) => `${i + 1}. ${r}`).join('\n'), paragraph(vocab.filler, 1, 3)],
    () => [`${h} ${vocab.headings.prepare}`, paragraph(vocab.filler, 3, 6), ...[1, 2, 3].flatMap((n) => [`#${h} ${n}. ${rng.pick(vocab.filler)}`, paragraph(vocab.filler, 2, 5)])],
    () => [`${h} ${vocab.headings.steps}`, vocab.steps.map((s) => `- ${fill(s)}`).join('\n'), paragraph(vocab.duration, 1, 2), paragraph(vocab.filler, 1, 3)],
    () => [`${h} ${vocab.headings.hotlines}`, ...hotlines(rng, vocab, [main, ...others], fill, spam)],
    () => [`${h} ${vocab.headings.documents}`, paragraph(vocab.documents, 1, 2), paragraph(vocab.filler, 1, 3)],
    () => [`${h} ${vocab.headings.faq}`, ...vocab.faq.flatMap(([q, a]) => [`**Q：${q}**`, `A：${fill(a)}`])]
  ]
  for (const section of sections) if (rng.chance(0.85)) out.push(...section(), paragraph(vocab.filler, 2, 5))
  if (spam) out.push(...Array.from({length: rng.int(1, 3)}, () => fill(rng.pick(vocab.spam))))
  out.push(`${h} ${vocab.headings.end}`, paragraph(vocab.filler, 2, 4))
  out.push(`${vocab.source}：[${main.name}](https://www.example-${main.id.replace('.', '-')}.jp/support/cancel)`)
  return `${out.join('\n\n')}\n`
}

function pickLanguage(rng: Random): Vocab {
  let at = rng.next()
  for (const {vocab, weight} of LANGUAGES) {
    if (at < weight) return vocab
    at -= weight
  }
  return LANGUAGES[0]!.vocab
}

function frontmatter(rng: Random, vocab: Vocab, title: string, carriers: readonly CarrierInfo[]): string {
  const lines = ['---', `title: ${JSON.stringify(title)}`, `lang: ${vocab.lang}`, 'country: JP']
  if (rng.chance(0.7)) lines.push(`carriers: [${carriers.map((c) => c.id).join(', ')}]`)
  if (rng.chance(0.9)) lines.push(`updated: 20${rng.int(23, 26)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`)
  return [...lines, '---'].join('\n')
}

function hotlines(rng: Random, vocab: Vocab, carriers: readonly CarrierInfo[], fill: (t: string, c?: CarrierInfo) => string, spam: boolean): string[] {
  const fake = rng.pick(FAKE_NUMBERS)
  if (spam && rng.chance(0.6)) return [carriers.map((c) => `- ${c.name}：${fake}`).join('\n')]
  if (rng.chance(0.5)) {
    const [a, b, c] = vocab.table
    const rows = carriers.map((carrier) => `| ${carrier.name} | ${numberOf(rng, carrier, spam)} | ${rng.pick(vocab.hours)} |`)
    return [`| ${a} | ${b} | ${c} |\n| --- | --- | --- |\n${rows.join('\n')}`]
  }
  return carriers.map((carrier) => fill(rng.pick(vocab.hotline), carrier))
}

function numberOf(rng: Random, carrier: CarrierInfo, spam: boolean): string {
  if (carrier.hotlines.length && rng.chance(spam ? 0.3 : 0.8)) return rng.pick(carrier.hotlines)
  if (rng.chance(0.5)) return `0120-${rng.int(100, 999)}-${rng.int(100, 999)}`
  return spam ? rng.pick(FAKE_NUMBERS) : `03-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`
}

function docsOf(rng: Random, vocab: Vocab, carrier: string): string {
  const sep = vocab.lang === 'en' ? ' and ' : '、'
  return rng
    .some(vocab.docs, rng.int(1, 3))
    .map((d) => d.replaceAll('{carrier}', carrier))
    .join(sep)
}

function handleOf(rng: Random): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  return `${Array.from({length: rng.int(3, 6)}, () => rng.pick([...letters])).join('')}${rng.int(10, 9999)}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
