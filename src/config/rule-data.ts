/**
 * Loads the rule data of a run: every `*.yaml` file of the rules directory, each validated
 * against `schema/<kind>.schema.json` beside it, merged into one {@link RuleData}.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import type {
  ActionsFile,
  CarriersFile,
  CountriesFile,
  DocumentsFile,
  PhoneNumbersFile,
  RuleData,
  RulesFile,
  SpamFile
} from '../rule-data.js'
import {ConfigError} from './config-error.js'
import {compileSafePattern} from '../safe-pattern.js'
import {readSchema, schemaValidator} from './schemas.js'
import {parseYamlFile, validateYamlFile, type YamlFile} from './yaml-file.js'

/** Every kind of rule file; a rules directory must have at least one file of each. */
export const RULE_FILE_KINDS = ['carriers', 'phone-numbers', 'spam', 'actions', 'documents', 'countries', 'rules'] as const

type Kind = (typeof RULE_FILE_KINDS)[number]

/**
 * Reads and validates the rules directory. Throws a {@link ConfigError} naming file, line and
 * column for the first problem found.
 */
export function loadRuleData(dir: string, cwd = process.cwd()): RuleData {
  let names: string[]
  try {
    names = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
  } catch {
    throw new ConfigError(relative(cwd, dir) || dir, 0, 0, 'cannot read the rules directory; pass --rules DIR with a directory of rule files')
  }
  const byKind = new Map<Kind, YamlFile[]>()
  for (const name of names) {
    const path = join(dir, name)
    const shown = relative(cwd, path) || path
    const file = parseYamlFile(shown, readFileSync(path, 'utf8'))
    const kind = kindOf(file)
    validateYamlFile(file, schemaValidator(dir, kind, shown), `a rule file of kind "${kind}"`)
    byKind.set(kind, [...(byKind.get(kind) ?? []), file])
  }
  for (const kind of RULE_FILE_KINDS) {
    if (!byKind.has(kind)) {
      throw new ConfigError(relative(cwd, dir) || dir, 0, 0, `no rule file of kind "${kind}"; add one (see docs/rule-files.md)`)
    }
  }
  const files = <T>(kind: Kind) => byKind.get(kind)!.map((file) => ({file, value: file.value as T}))

  const carriers = files<CarriersFile>('carriers').flatMap(({value}) => value.carriers)
  checkCarriers(files<CarriersFile>('carriers'))

  const phoneNumbers: PhoneNumbersFile['countries'] = {}
  for (const {file, value} of files<PhoneNumbersFile>('phone-numbers')) {
    for (const [country, rules] of Object.entries(value.countries)) {
      for (const list of ['allowed_patterns', 'foreign_patterns'] as const) {
        rules[list]?.forEach((entry, index) => {
          try {
            compileSafePattern(entry.pattern)
          } catch (error) {
            const at = file.positionOf(['countries', country, list, index, 'pattern'])
            throw new ConfigError(file.path, at.line, at.column, `pattern cannot be used: ${(error as Error).message}`)
          }
        })
      }
      phoneNumbers[country] = rules
    }
  }

  const phoneFiles = files<PhoneNumbersFile>('phone-numbers').map(({value}) => value)
  const phoneText: RuleData['phoneText'] = {
    not_phone_labels: phoneFiles.flatMap((f) => f.not_phone_labels ?? []),
    key_press_before: phoneFiles.flatMap((f) => f.key_press_before ?? []),
    key_press_after: phoneFiles.flatMap((f) => f.key_press_after ?? []),
    sms_cues: phoneFiles.flatMap((f) => f.sms_cues ?? [])
  }

  const spamFiles = files<SpamFile>('spam').map(({value}) => value)
  const spam: RuleData['spam'] = {
    domains: {
      messaging: spamFiles.flatMap((f) => f.domains.messaging),
      shorteners: spamFiles.flatMap((f) => f.domains.shorteners),
      image_hosts: spamFiles.flatMap((f) => f.domains.image_hosts)
    },
    domain_names: Object.fromEntries(spamFiles.flatMap((f) => Object.entries(f.domain_names ?? {}))),
    contact_labels: {telegram: [], wechat: [], qq: [], whatsapp: [], line: []},
    calls_to_action: spamFiles.flatMap((f) => f.calls_to_action),
    discussion_markers: spamFiles.flatMap((f) => f.discussion_markers ?? []),
    messenger_schemes: spamFiles.flatMap((f) => f.messenger_schemes ?? []),
    weak_labels: spamFiles.flatMap((f) => f.weak_labels ?? []),
    contact_fillers: spamFiles.flatMap((f) => f.contact_fillers ?? []),
    ad_image_words: spamFiles.flatMap((f) => f.ad_image_words ?? []),
    official: spamFiles.flatMap((f) => f.official ?? []),
    allow: {domains: spamFiles.flatMap((f) => f.allow?.domains ?? []), handles: spamFiles.flatMap((f) => f.allow?.handles ?? [])}
  }
  for (const f of spamFiles) {
    for (const [platform, labels] of Object.entries(f.contact_labels) as [keyof SpamFile['contact_labels'], string[]][]) {
      spam.contact_labels[platform].push(...labels)
    }
  }

  const actionFiles = files<ActionsFile>('actions').map(({value}) => value)
  const documentFiles = files<DocumentsFile>('documents').map(({value}) => value)
  const severities: RuleData['severities'] = {}
  for (const {value} of files<RulesFile>('rules')) {
    for (const [id, rule] of Object.entries(value.rules)) severities[id] = rule.severity
  }

  return {
    carriers,
    phoneNumbers,
    phoneText,
    spam,
    actions: actionFiles.flatMap((f) => f.actions),
    actionSpecs: actionFiles.flatMap((f) => f.specs ?? []),
    documents: {
      documents: documentFiles.flatMap((f) => f.documents),
      copy_markers: documentFiles.flatMap((f) => f.copy_markers),
      original_markers: documentFiles.flatMap((f) => f.original_markers),
      not_documents: documentFiles.flatMap((f) => f.not_documents ?? []),
      triggers: documentFiles.flatMap((f) => f.triggers ?? []),
      weak_triggers: documentFiles.flatMap((f) => f.weak_triggers ?? []),
      not_triggers: documentFiles.flatMap((f) => f.not_triggers ?? []),
      negations: documentFiles.flatMap((f) => f.negations ?? []),
      obtain_verbs: documentFiles.flatMap((f) => f.obtain_verbs ?? []),
      alternatives: documentFiles.flatMap((f) => f.alternatives ?? []),
      any_markers: documentFiles.flatMap((f) => f.any_markers ?? []),
      not_accepted: documentFiles.flatMap((f) => f.not_accepted ?? []),
      copy_rejections: documentFiles.flatMap((f) => f.copy_rejections ?? []),
      copy_acceptances: documentFiles.flatMap((f) => f.copy_acceptances ?? [])
    },
    documentSpecs: documentFiles.flatMap((f) => f.specs ?? []),
    countries: files<CountriesFile>('countries').flatMap(({value}) => value.countries),
    severities,
    frontmatterSchema: readSchema(dir, 'frontmatter', relative(cwd, dir) || dir)
  }
}

function kindOf(file: YamlFile): Kind {
  const value = file.value
  const kind = value && typeof value === 'object' && 'kind' in value ? (value as {kind: unknown}).kind : undefined
  if (typeof kind === 'string' && (RULE_FILE_KINDS as readonly string[]).includes(kind)) return kind as Kind
  const at = file.positionOf(['kind'])
  throw new ConfigError(
    file.path,
    at.line,
    at.column,
    `${kind === undefined ? 'missing "kind"' : `unknown kind "${String(kind)}"`}; set kind to one of ${RULE_FILE_KINDS.join(', ')}`
  )
}

/** Carrier ids are unique and every `parent` names a carrier. */
function checkCarriers(files: {file: YamlFile; value: CarriersFile}[]): void {
  const ids = new Set<string>()
  for (const {file, value} of files) {
    value.carriers.forEach((carrier, index) => {
      if (ids.has(carrier.id)) {
        const at = file.positionOf(['carriers', index, 'id'])
        throw new ConfigError(file.path, at.line, at.column, `duplicate carrier id "${carrier.id}"; each id must be unique`)
      }
      ids.add(carrier.id)
    })
  }
  for (const {file, value} of files) {
    value.carriers.forEach((carrier, index) => {
      if (carrier.parent && !ids.has(carrier.parent)) {
        const at = file.positionOf(['carriers', index, 'parent'])
        throw new ConfigError(file.path, at.line, at.column, `unknown parent carrier "${carrier.parent}"`)
      }
    })
  }
}
