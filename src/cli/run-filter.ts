/**
 * Narrowing a lint run without touching the original: a new run whose files are copies carrying
 * a chosen subset of their messages (the full run still feeds the editorial report).
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {LintRun} from '../report/model.js'

/**
 * Returns a run with the files `keepFile` accepts, each carrying the messages `keepMessage`
 * accepts, in their order.
 */
export function filterRun(
  run: LintRun,
  keepFile: (file: VFile) => boolean,
  keepMessage: (message: VFileMessage, file: VFile) => boolean = () => true
): LintRun {
  const files = run.files.filter(keepFile).map((file) => {
    const copy = new VFile({path: file.path, cwd: file.cwd, value: file.value, data: file.data})
    copy.messages = file.messages.filter((message) => keepMessage(message, file))
    return copy
  })
  return {...run, files}
}
