/** The part of the SARIF 2.1.0 object model factlint writes (names as in the specification). */

/** `result.level` and `reportingConfiguration.level`. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none'

/** A `message` (plain text only). */
export interface SarifMessage {
  text: string
}

/** An `artifactLocation`, relative to a `uriBaseId`. */
export interface SarifArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}

/** A `region`: lines and UTF-16 columns (the run's `columnKind`), or character offsets. */
export interface SarifRegion {
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
  charOffset?: number
  charLength?: number
  snippet?: {text: string}
}

/** A `physicalLocation`. */
export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation
  region?: SarifRegion
}

/** A `location`, with an id when the result's message links to it. */
export interface SarifLocation {
  id?: number
  physicalLocation: SarifPhysicalLocation
  message?: SarifMessage
}

/** A `fix`: replacements in one artifact. */
export interface SarifFix {
  description?: SarifMessage
  artifactChanges: {
    artifactLocation: SarifArtifactLocation
    replacements: {deletedRegion: SarifRegion; insertedContent?: {text: string}}[]
  }[]
}

/** A `reportingDescriptor` of `tool.driver.rules`. */
export interface SarifRule {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  helpUri?: string
  help?: SarifMessage
  defaultConfiguration: {enabled?: boolean; level: SarifLevel}
}

/** A `result`. */
export interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
  relatedLocations?: SarifLocation[]
  partialFingerprints: Record<string, string>
  fixes?: SarifFix[]
  properties?: Record<string, unknown>
}

/** A `notification` of `invocation.toolExecutionNotifications`. */
export interface SarifNotification {
  level: SarifLevel
  message: SarifMessage
  locations?: SarifLocation[]
  associatedRule?: {id: string; index?: number}
}

/** An `invocation`. */
export interface SarifInvocation {
  executionSuccessful: boolean
  startTimeUtc?: string
  toolExecutionNotifications: SarifNotification[]
}

/** A `run`. */
export interface SarifRun {
  tool: {driver: {name: string; version: string; semanticVersion?: string; informationUri: string; rules: SarifRule[]}}
  invocations: SarifInvocation[]
  originalUriBaseIds: Record<string, {uri: string; description?: SarifMessage}>
  artifacts: {location: SarifArtifactLocation; mimeType: string; sourceLanguage: string}[]
  results: SarifResult[]
  columnKind: 'utf16CodeUnits'
}

/** The `sarifLog`. */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: SarifRun[]
}
