/**
 * The few ANSI styles the terminal reporters use, as plain escape codes. Not `util.styleText`:
 * it exists only from Node 20.12 and, in newer Nodes, drops colours by looking at the process's
 * streams, which would make a reporter's output depend on where it runs.
 */

/** A style: wraps text in its escape codes, or returns it unchanged when colour is off. */
export type Style = (text: string) => string

/** The styles a reporter may use. */
export interface Palette {
  red: Style
  yellow: Style
  cyan: Style
  dim: Style
  bold: Style
  underline: Style
}

function style(open: number, close: number): Style {
  return (text) => (text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`)
}

const plain: Style = (text) => text

/** Returns the palette: real ANSI styles when `color` is true, identity functions otherwise. */
export function palette(color: boolean): Palette {
  if (!color) return {red: plain, yellow: plain, cyan: plain, dim: plain, bold: plain, underline: plain}
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    cyan: style(36, 39),
    dim: style(2, 22),
    bold: style(1, 22),
    underline: style(4, 24)
  }
}
