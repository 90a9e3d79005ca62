/**
 * SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: one run with the driver's
 * rules, a result per message (physical location in lines and UTF-16 columns, related places,
 * a stable partial fingerprint, fixes) and an invocation whose notifications name the articles
 * that could not be checked. Paths are relative to `%SRCROOT%`, the working directory.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {findingsOf, type Finding} from './findings.js'
import {fingerprintLookup} from './fingerprint.js'
import type {LintRun} from './model.js'
import {directoryUri, relativePath, relativeTo} from './paths.js'
import type {ReporterOptions} from './reporter.js'
import {artifactLocation, messageRegion, relatedLocations, sarifFix, SRCROOT} from './sarif-locations.js'
import {SARIF_LEVEL, sarifRules} from './sarif-rules.js'
import {sarifLink, sarifText} from './sarif-text.js'
import type {SarifLocation, SarifLog, SarifNotification, SarifResult} from './sarif-types.js'
import {TOOL_NAME, TOOL_URL} from './tool.js'

export type {SarifLog} from './sarif-types.js'

/** The key of factlint's fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'factlint/v1'

/** The URI of the schema the log follows. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

interface Context {
  artifactIndex: Map<string, number>
  ruleIndex: Map<string, number>
  fingerprintOf: (file: VFile, message: VFileMessage) => string
}

function messageText(finding: Finding): string {
  const text = sarifText(finding.message.reason)
  const related = finding.message.related ?? []
  if (related.length === 0) return text
  const links = related.map((place, index) => sarifLink(`${relativeTo(finding.file.cwd, place.file)}:${place.line}`, index + 1))
  return `${text} (see ${links.join(', ')})`
}

function primaryLocation(finding: Finding, context: Context): SarifLocation {
  const region = messageRegion(finding.file, finding.message)
  return {physicalLocation: {artifactLocation: artifactLocation(finding.path, context.artifactIndex.get(finding.path)), ...(region ? {region} : {})}}
}

function resultOf(finding: Finding, context: Context): SarifResult {
  const {message, file} = finding
  const location = primaryLocation(finding, context)
  const related = relatedLocations(file.cwd, message.related ?? [], (path) => context.artifactIndex.get(path))
  const ruleIndex = message.ruleId ? context.ruleIndex.get(message.ruleId) : undefined
  const fix = sarifFix(message, location.physicalLocation.artifactLocation)
  const properties: Record<string, unknown> = {}
  if (message.actual !== undefined) properties['claim'] = message.actual
  if (message.expected !== undefined) properties['expected'] = [...message.expected]
  if (message.suggestion !== undefined) properties['suggestion'] = message.suggestion
  if (message.articleFatal === true) properties['articleFatal'] = true
  return {
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    level: SARIF_LEVEL[finding.severity],
    message: {text: messageText(finding)},
    locations: [location],
    ...(related.length > 0 ? {relatedLocations: related} : {}),
    partialFingerprints: {[FINGERPRINT_KEY]: context.fingerprintOf(file, message)},
    ...(fix ? {fixes: [fix]} : {}),
    ...(Object.keys(properties).length > 0 ? {properties} : {})
  }
}

function notificationOf(finding: Finding, context: Context): SarifNotification {
  const id = finding.message.ruleId
  const index = id ? context.ruleIndex.get(id) : undefined
  return {
    level: 'error',
    message: {text: sarifText(`${finding.path}: ${finding.message.reason}`)},
    locations: [primaryLocation(finding, context)],
    ...(id ? {associatedRule: {id, ...(index === undefined ? {} : {index})}} : {})
  }
}

/**
 * Returns the SARIF log of `run`. Every article is listed in `artifacts`; `executionSuccessful`
 * is false when some article could not be checked (each is an error notification, and also a
 * result). `quiet` keeps error results only.
 */
export function sarifLog(run: LintRun, options: ReporterOptions = {}): SarifLog {
  const findings = findingsOf(run, options.quiet === true)
  const paths = [...new Set(run.files.map(relativePath))]
  const {rules, indexOf} = sarifRules(run, findings.flatMap((finding) => (finding.message.ruleId ? [finding.message.ruleId] : [])))
  const context: Context = {artifactIndex: new Map(paths.map((path, index) => [path, index])), ruleIndex: indexOf, fingerprintOf: fingerprintLookup()}
  const fatal = findingsOf(run).filter((finding) => finding.message.articleFatal === true)
  const cwd = run.files[0]?.cwd
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: TOOL_NAME, version: run.version, ...semantic(run.version), informationUri: TOOL_URL, rules}},
        invocations: [
          {
            executionSuccessful: fatal.length === 0,
            ...(Number.isNaN(Date.parse(run.date)) ? {} : {startTimeUtc: new Date(run.date).toISOString()}),
            toolExecutionNotifications: fatal.map((finding) => notificationOf(finding, context))
          }
        ],
        originalUriBaseIds: cwd ? {[SRCROOT]: {uri: directoryUri(cwd), description: {text: 'The working directory of the run'}}} : {},
        artifacts: paths.map((path) => ({location: artifactLocation(path), mimeType: 'text/markdown', sourceLanguage: 'markdown'})),
        results: findings.map((finding) => resultOf(finding, context)),
        columnKind: 'utf16CodeUnits'
      }
    ]
  }
}

function semantic(version: string): {semanticVersion?: string} {
  return /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(version) ? {semanticVersion: version} : {}
}

/** Returns the SARIF log of `run` as JSON text, indented by two spaces, ending with a newline. */
export function sarif(run: LintRun, options: ReporterOptions = {}): string {
  return `${JSON.stringify(sarifLog(run, options), null, 2)}\n`
}
