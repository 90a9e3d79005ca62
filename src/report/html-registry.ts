/**
 * What the HTML report knows beyond the run: the fact registry's hotlines and document facts per
 * carrier (with their sources), carrier names, action and document labels, and a version of the
 * rule data. The CLI builds it from the rule data with {@link htmlReportOptions}; the renderer
 * only reads it.
 */
import {createHash} from 'node:crypto'
import {carrierFamily, hotlineKeys} from '../extract/registry-numbers.js'
import type {Carrier, FactSource, RuleData} from '../rule-data.js'

/** A hotline the registry verifies, with where it was verified. */
export interface RegistryHotline {
  /** The number as the carrier writes it. */
  number: string
  /** Comparable keys: digits (with `*` and `+`) and the E.164 form. */
  keys: string[]
  purpose: string
  source: string
  sourceType: FactSource['source_type']
  /** When it was checked against the source. */
  verified?: string
}

/** A documents fact of the registry: what a carrier asks for, in words, with its source. */
export interface RegistryDocuments {
  value: string
  /** Document ids (from the documents lexicon) the fact names, when the registry lists them. */
  documents: string[]
  source: string
  sourceType: FactSource['source_type']
}

/** One carrier as the report shows it. */
export interface RegistryCarrier {
  name: string
  /** Verified hotlines of the carrier and its brand family. */
  hotlines: RegistryHotline[]
  /** Documents facts of the carrier (its parent's when it has none of its own). */
  documents: RegistryDocuments[]
}

/** The registry input of the HTML report. */
export interface HtmlRegistry {
  carriers: Readonly<Record<string, RegistryCarrier>>
  /** Action id -> label (`takes-effect` -> `cancellation takes effect`). */
  actions: Readonly<Record<string, string>>
  /** Document id -> label (`residence-card` -> `Japanese residence card (在留カード)`). */
  documents: Readonly<Record<string, string>>
}

/** Options of the HTML report. */
export interface HtmlReportOptions {
  /** The registry; without it every hotline reads unverified and ids show as they are. */
  registry?: HtmlRegistry
  /** A short version of the rule data the run used (shown in the header). */
  rulesVersion?: string
}

function sourceOf(fact: FactSource): Pick<RegistryHotline, 'source' | 'sourceType'> & {verified?: string} {
  return {source: fact.source, sourceType: fact.source_type, ...(fact.verified ? {verified: fact.verified} : {})}
}

function registryCarrier(data: RuleData, carrier: Carrier, byId: ReadonlyMap<string, Carrier>): RegistryCarrier {
  const family = [...carrierFamily(data, carrier.id)].flatMap((id) => {
    const member = byId.get(id)
    return member ? [member] : []
  })
  const hotlines = [carrier, ...family.filter((member) => member !== carrier)].flatMap((member) =>
    (member.hotlines ?? []).map((hotline) => ({
      number: hotline.local,
      keys: hotlineKeys(hotline),
      purpose: hotline.purpose,
      ...sourceOf(hotline)
    }))
  )
  const parent = carrier.parent === undefined ? undefined : byId.get(carrier.parent)
  const facts = carrier.cancellation?.documents ?? parent?.cancellation?.documents ?? []
  const documents = facts.map((fact) => ({value: fact.value, documents: fact.documents ?? [], source: fact.source, sourceType: fact.source_type}))
  return {name: carrier.name, hotlines, documents}
}

/** Returns the registry input of the HTML report, read from the rule data. */
export function htmlRegistry(data: RuleData): HtmlRegistry {
  const byId = new Map(data.carriers.map((carrier) => [carrier.id, carrier]))
  return {
    carriers: Object.fromEntries(data.carriers.map((carrier) => [carrier.id, registryCarrier(data, carrier, byId)])),
    actions: Object.fromEntries(data.actions.map((action) => [action.id, action.label])),
    documents: Object.fromEntries(data.documents.documents.map((document) => [document.id, document.label]))
  }
}

/** Returns the first 12 hex digits of the SHA-256 of the rule data: changes whenever a rule file does. */
export function rulesVersion(data: RuleData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12)
}

/** Returns the options the CLI passes to the HTML report: the registry and the rules version. */
export function htmlReportOptions(data: RuleData): HtmlReportOptions {
  return {registry: htmlRegistry(data), rulesVersion: rulesVersion(data)}
}
