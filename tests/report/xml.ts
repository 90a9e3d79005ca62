/**
 * A small, strict XML 1.0 reader for the tests of the XML reports: it throws on anything that is
 * not well-formed (a character XML cannot hold, a raw `<` or `&`, `]]>` in text, an unknown
 * entity, unbalanced or duplicate names) and returns the tree with entities resolved.
 */

/** An element: its name, attributes and children; `text` is its character data, concatenated. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const CHAR = /^[\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u
const NAME = '[A-Za-z_:][A-Za-z0-9_:.-]*'
const PREDEFINED: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

function decode(text: string): string {
  return text.replace(/&([^;]*);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new Error(`bare & in ${JSON.stringify(text)}`)
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name)
    if (numeric) {
      const char = String.fromCodePoint(parseInt(numeric[1] ?? numeric[2]!, numeric[1] ? 16 : 10))
      if (!CHAR.test(char)) throw new Error(`character reference to an invalid character: ${match}`)
      return char
    }
    const value = PREDEFINED[name]
    if (value === undefined) throw new Error(`unknown entity ${match}`)
    return value
  })
}

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of source.matchAll(new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'gu'))) {
    const name = match[1]!
    if (name in attributes) throw new Error(`duplicate attribute ${name}`)
    // Attribute-value normalisation: literal white space becomes a space; character references stay.
    attributes[name] = decode((match[2] ?? match[3]!).replace(/[\t\n\r]/g, ' '))
  }
  return attributes
}

/** Parses `xml` (an optional XML declaration, then one root element) or throws saying what is wrong. */
export function parseXml(xml: string): XmlElement {
  if (!CHAR.test(xml)) throw new Error('a character XML 1.0 cannot hold')
  const declaration = /^<\?xml\s[^?]*\?>/.exec(xml)
  let at = declaration ? declaration[0].length : 0
  const root: XmlElement = {name: '#document', attributes: {}, children: [], text: ''}
  const stack: XmlElement[] = [root]
  const open = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'u')
  const close = new RegExp(`^</(${NAME})\\s*>`, 'u')
  while (at < xml.length) {
    const rest = xml.slice(at)
    const parent = stack.at(-1)!
    let match: RegExpExecArray | null
    if ((match = /^<!--[\s\S]*?-->/.exec(rest))) {
      at += match[0].length
    } else if ((match = /^<!\[CDATA\[([\s\S]*?)\]\]>/.exec(rest))) {
      parent.text += match[1]
      at += match[0].length
    } else if ((match = close.exec(rest))) {
      if (parent.name !== match[1]) throw new Error(`</${match[1]}> closes <${parent.name}>`)
      stack.pop()
      at += match[0].length
    } else if ((match = open.exec(rest))) {
      if (parent === root && root.children.length > 0) throw new Error('a second root element')
      const element: XmlElement = {name: match[1]!, attributes: attributesOf(match[2]!), children: [], text: ''}
      parent.children.push(element)
      if (!match[3]) stack.push(element)
      at += match[0].length
    } else if ((match = /^[^<]+/.exec(rest))) {
      if (match[0].includes(']]>')) throw new Error(']]> in character data')
      if (parent === root && match[0].trim()) throw new Error('text outside the root element')
      parent.text += decode(match[0])
      at += match[0].length
    } else {
      throw new Error(`not well-formed at ${at}: ${JSON.stringify(rest.slice(0, 40))}`)
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`)
  if (root.children.length !== 1) throw new Error('no root element')
  return root.children[0]!
}

/** Every element of `tree` named `name`, in document order. */
export function elementsOf(tree: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = tree.name === name ? [tree] : []
  for (const child of tree.children) found.push(...elementsOf(child, name))
  return found
}
