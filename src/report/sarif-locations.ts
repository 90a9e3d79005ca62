/**
 * SARIF locations of a message: its physical location (lines and UTF-16 columns, with the text as
 * snippet), the related places of a cross-document finding, and its fix as a character-offset
 * replacement.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RelatedLocation} from './model.js'
import {endOf, spanOf, startOf} from './messages.js'
import {relativeTo, uriReference} from './paths.js'
import {sarifText} from './sarif-text.js'
import type {SarifArtifactLocation, SarifFix, SarifLocation, SarifRegion} from './sarif-types.js'

/** The base id every artifact location is relative to (the working directory). */
export const SRCROOT = '%SRCROOT%'

/** Returns the artifact location of a path relative to the working directory, with its index in `run.artifacts` when known. */
export function artifactLocation(path: string, index?: number): SarifArtifactLocation {
  return {uri: uriReference(path), uriBaseId: SRCROOT, ...(index === undefined ? {} : {index})}
}

/** Returns the region of a message (undefined when it has no place); the snippet is the text it sits on. */
export function messageRegion(file: VFile, message: VFileMessage): SarifRegion | undefined {
  const start = startOf(message)
  if (!start || !(start.line >= 1)) return undefined
  const end = endOf(message) ?? start
  const region: SarifRegion = {startLine: start.line}
  if (start.column >= 1) region.startColumn = start.column
  region.endLine = Math.max(end.line, start.line)
  if (start.column >= 1 && end.column >= 1) region.endColumn = end.column
  const span = spanOf(message)
  const source = String(file.value ?? '')
  if (span && span.end > span.start && span.end <= source.length) region.snippet = {text: source.slice(span.start, span.end)}
  return region
}

/** Returns the related places of a message as SARIF locations with ids 1, 2..., each with a message naming it. */
export function relatedLocations(cwd: string, related: readonly RelatedLocation[], indexOf: (path: string) => number | undefined): SarifLocation[] {
  return related.map((place, position) => {
    const path = relativeTo(cwd, place.file)
    return {
      id: position + 1,
      physicalLocation: {
        artifactLocation: artifactLocation(path, indexOf(path)),
        region: {
          startLine: place.line,
          startColumn: place.column,
          endLine: place.endLine,
          endColumn: place.endColumn,
          ...(place.text ? {snippet: {text: place.text}} : {})
        }
      },
      message: {text: sarifText(`${place.text} (${path}:${place.line})`)}
    }
  })
}

/** Returns the fix of a message as a SARIF fix (a replacement of UTF-16 character offsets), or undefined. */
export function sarifFix(message: VFileMessage, location: SarifArtifactLocation): SarifFix | undefined {
  if (!message.fix) return undefined
  const [start, end] = message.fix.range
  return {
    description: {text: sarifText(message.suggestion ?? (message.fix.text ? `Replace with “${message.fix.text}”` : 'Remove the text'))},
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [{deletedRegion: {charOffset: start, charLength: Math.max(0, end - start)}, insertedContent: {text: message.fix.text}}]
      }
    ]
  }
}
