/** How factlint names itself in machine-readable reports. */

/** The tool's name. */
export const TOOL_NAME = 'factlint'

/** Where to read about the tool (SARIF `informationUri`, reviewdog `source.url`). */
export const TOOL_URL = 'https://github.com/factlint/factlint'
