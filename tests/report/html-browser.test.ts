/**
 * The HTML editorial report in a real browser: built with `lint()` for the seed corpus and for the
 * hostile corpus (tests/fixtures/hostile), opened from file:// in headless Chromium (Debian's
 * `chromium`, which .ci/run installs), checked for errors, executed article text, requests,
 * filters, the duration chart, the hotline matrix and layout; screenshots go to reports/browser/.
 */
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {htmlReport, htmlReportOptions} from '../../src/report/index.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
const OUT = resolve('reports/browser')
const DESKTOP = {width: 1280, height: 900}
const PHONE = {width: 390, height: 844}

let browser: Browser | undefined

/** Lints the articles of `dir` (not its README) and writes its HTML report to reports/browser/<name>.html; returns the file URL. */
async function buildReport(name: string, dir: string): Promise<string> {
  const articles = readdirSync(dir).filter((file) => file.endsWith('.md') && file !== 'README.md')
  const {run, data} = await lint(articles.map((file) => `${dir}/${file}`), {cwd: process.cwd(), date: new Date('2026-11-22T08:30:00Z')})
  mkdirSync(OUT, {recursive: true})
  const file = resolve(OUT, `${name}.html`)
  writeFileSync(file, htmlReport(run, htmlReportOptions(data)))
  return pathToFileURL(file).href
}

/** An opened report with what the page logged and requested. */
interface Opened {
  page: Page
  context: BrowserContext
  errors: string[]
  requests: string[]
}

async function open(url: string, viewport: {width: number; height: number}): Promise<Opened> {
  if (!browser) throw new Error('Chromium did not start (see the first failure)')
  const context = await browser.newContext({viewport, serviceWorkers: 'block'})
  const page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(url, {waitUntil: 'load'})
  return {page, context, errors, requests}
}

/** Returns the value of a JavaScript expression in the page. */
function value<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression)
}

/** Counts the elements matching `selector` that are rendered (not hidden by the filters). */
function visible(page: Page, selector: string): Promise<number> {
  return value<number>(page, `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).filter((e) => e.getClientRects().length > 0).length`)
}

/** What a rendered filterable item is about, and its text (with its card's code frame). */
interface Shown {
  articles: string
  carriers: string
  rules: string
  severities: string
  text: string
}

/** Returns the rendered elements matching `selector` with their filter attributes and text. */
function shown(page: Page, selector: string): Promise<Shown[]> {
  return value<Shown[]>(
    page,
    `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).filter((e) => e.getClientRects().length > 0).map((e) => ({
      articles: e.dataset.articles, carriers: e.dataset.carriers, rules: e.dataset.rules, severities: e.dataset.severities,
      text: e.textContent + ' ' + (e.closest('.card')?.querySelector('.frame')?.textContent ?? '')
    }))`
  )
}

async function expectNoOverflow(page: Page): Promise<void> {
  const widths = await value<{doc: number; body: number; inner: number}>(
    page,
    '({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, inner: window.innerWidth})'
  )
  expect(widths.doc, 'document wider than the viewport').toBeLessThanOrEqual(widths.inner)
  expect(widths.body, 'body wider than the viewport').toBeLessThanOrEqual(widths.inner)
}

async function expectClean(opened: Opened, url: string): Promise<void> {
  expect(opened.errors).toEqual([])
  expect(opened.requests).toEqual([url])
  expect(await value<string>(opened.page, 'typeof window.__factlintPwned')).toBe('undefined')
}

async function screenshots(url: string, name: string): Promise<void> {
  for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    const opened = await open(url, viewport)
    await expectNoOverflow(opened.page)
    await opened.page.screenshot({path: resolve(OUT, `${name}-${label}.png`), fullPage: true})
    await expectClean(opened, url)
    await opened.context.close()
  }
}

beforeAll(async () => {
  try {
    browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
  } catch (error) {
    throw new Error(
      `Cannot launch Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does). ${String(error)}`
    )
  }
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the HTML report of the seeds in Chromium', () => {
  let url = ''
  beforeAll(async () => {
    url = await buildReport('seeds', 'tests/fixtures/seeds')
  }, 60_000)

  it('loads without errors, scripts from article text or requests beyond the file', async () => {
    const opened = await open(url, DESKTOP)
    await expectClean(opened, url)
    expect(await value<string>(opened.page, `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`)).toMatch(/^default-src 'none'; script-src 'sha256-/)
    expect(await value<boolean>(opened.page, `!document.getElementById('filters').hidden`)).toBe(true)
    await opened.context.close()
  })

  it('enforces its Content-Security-Policy: an image or fetch to the network is blocked before it leaves', async () => {
    const opened = await open(url, DESKTOP)
    const failed: string[] = []
    const finished: string[] = []
    opened.page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`))
    opened.page.on('requestfinished', (request) => finished.push(request.url()))
    await opened.page.evaluate(`(() => {
      const image = new Image(); image.src = 'https://example.com/x.png'; document.body.append(image)
      fetch('https://example.com/y').catch(() => {})
    })()`)
    await expect.poll(() => opened.errors.filter((error) => error.includes('violates the following Content Security Policy')).length).toBe(2)
    await expect.poll(() => failed).toEqual(['https://example.com/x.png csp'])
    const blocked = opened.errors.join('\n')
    expect(blocked).toContain(`violates the following Content Security Policy directive: "img-src data:"`)
    expect(blocked).toContain(`violates the following Content Security Policy directive: "connect-src 'none'"`)
    expect(finished).toEqual([])
    await opened.context.close()
  })

  it('shows 00530-111-111 under three carriers in the hotline matrix, marked shared and invalid', async () => {
    const opened = await open(url, DESKTOP)
    const cells = await value<{carrier: string; header: string; marks: string[]}[]>(
      opened.page,
      `(() => {
        const table = document.getElementById('hotline-matrix')
        const headers = Array.from(table.tHead.rows[0].cells).map((cell) => cell.textContent.trim())
        const row = Array.from(table.tBodies[0].rows).find((r) => r.cells[0].textContent.includes('00530-111-111'))
        return Array.from(row.cells).slice(1).filter((cell) => cell.dataset.carrier).map((cell) => ({
          carrier: cell.dataset.carrier,
          header: headers[cell.cellIndex],
          marks: Array.from(cell.querySelectorAll('.mark')).filter((m) => m.getClientRects().length > 0).map((m) => m.textContent)
        }))
      })()`
    )
    expect(cells.map((cell) => cell.carrier).sort()).toEqual(['jp.au', 'jp.docomo', 'jp.softbank'])
    expect(cells.map((cell) => cell.header.split(' ')[0]).sort()).toEqual(['NTT', 'SoftBank', 'au'])
    for (const cell of cells) expect(cell.marks).toEqual(expect.arrayContaining(['shared', 'invalid']))
    await opened.context.close()
  })

  it('draws the seeds’ 1-3 against 7-10 business days as red bars in the duration chart', async () => {
    const opened = await open(url, DESKTOP)
    const bars = await value<{text: string; fill: string; width: number}[]>(
      opened.page,
      `Array.from(document.querySelectorAll('.chart-row rect.bar-contradiction')).map((bar) => ({
        text: bar.closest('.chart-row').textContent,
        fill: getComputedStyle(bar).fill,
        width: bar.getBoundingClientRect().width
      }))`
    )
    expect(bars.some((bar) => bar.text.includes('1-3个工作日'))).toBe(true)
    expect(bars.some((bar) => bar.text.includes('7-10个工作日'))).toBe(true)
    for (const bar of bars) {
      expect(bar.fill).toBe('rgb(198, 40, 40)')
      expect(bar.width).toBeGreaterThan(10)
    }
    const normal = await value<string>(opened.page, `getComputedStyle(document.querySelector('rect.bar:not(.bar-contradiction)')).fill`)
    expect(normal).not.toBe('rgb(198, 40, 40)')
    await opened.context.close()
  })

  it('filters by severity, rule, article, carrier and search, and resets', async () => {
    const opened = await open(url, DESKTOP)
    const {page} = opened
    const all = await visible(page, '.finding')
    expect(all).toBeGreaterThan(20)

    await page.selectOption('#f-severity', 'warning')
    const warnings = await shown(page, '.finding')
    expect(warnings.length).toBeGreaterThan(0)
    expect(warnings.length).toBeLessThan(all)
    expect(new Set(warnings.map((item) => item.severities))).toEqual(new Set(['warning']))
    expect(await page.locator('#f-status').textContent()).toMatch(/^\d+ of \d+ items match the filters\.$/)

    await page.selectOption('#f-severity', '')
    await page.selectOption('#f-rule', 'spam-image')
    const images = await shown(page, '.finding')
    expect(images.length).toBeGreaterThan(0)
    expect(new Set(images.map((item) => item.rules))).toEqual(new Set(['spam-image']))
    expect(await visible(page, '#spam-table tbody tr')).toBeGreaterThan(0)
    expect(await visible(page, '#spam-table tbody tr')).toBeLessThan(await value<number>(page, `document.querySelectorAll('#spam-table tbody tr').length`))
    expect(await visible(page, '#hotline-matrix tbody tr')).toBe(0)

    await page.selectOption('#f-rule', '')
    await page.selectOption('#f-carrier', 'jp.softbank')
    const softbank = await shown(page, '.finding, #hotline-matrix tbody tr')
    expect(softbank.length).toBeGreaterThan(1)
    for (const item of softbank) expect(item.carriers.split(' ')).toContain('jp.softbank')
    expect(await visible(page, '.finding')).toBeLessThan(all)

    await page.selectOption('#f-carrier', '')
    const firstArticle = await value<string>(page, `document.querySelector('#f-article option:nth-child(2)').value`)
    await page.selectOption('#f-article', firstArticle)
    expect(await visible(page, '.article')).toBe(1)
    for (const item of await shown(page, '[data-item]')) expect(item.articles.split(' ')).toContain(firstArticle)

    await page.click('#f-reset')
    await page.focus('#f-search')
    await page.keyboard.type('i.postimg.cc')
    const found = await shown(page, '.finding')
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThan(all)
    for (const item of found) expect(item.text).toContain('i.postimg.cc')

    await page.click('#f-reset')
    expect(await visible(page, '.finding')).toBe(all)
    expect(await visible(page, '.article')).toBe(await value<number>(page, `document.querySelectorAll('.article').length`))
    expect(opened.errors).toEqual([])
    await opened.context.close()
  })

  it('sorts tables from the keyboard', async () => {
    const opened = await open(url, DESKTOP)
    const {page} = opened
    const counts = (): Promise<number[]> => value<number[]>(page, `Array.from(document.querySelectorAll('#spam-table tbody tr')).map((r) => Number(r.cells[2].textContent))`)
    const before = await counts()
    expect(before).toEqual([...before].sort((a, b) => b - a))
    await page.focus('#spam-table thead th:nth-child(3) button')
    await page.keyboard.press('Enter')
    expect(await counts()).toEqual([...before].sort((a, b) => a - b))
    expect(await page.getAttribute('#spam-table thead th:nth-child(3)', 'aria-sort')).toBe('ascending')
    await page.keyboard.press('Space')
    expect(await counts()).toEqual([...before].sort((a, b) => b - a))
    expect(await page.getAttribute('#spam-table thead th:nth-child(3)', 'aria-sort')).toBe('descending')
    await opened.context.close()
  })

  it('prints without the controls and with every section', async () => {
    const opened = await open(url, DESKTOP)
    await opened.page.emulateMedia({media: 'print'})
    expect(await visible(opened.page, '.filter-bar, nav.sections')).toBe(0)
    expect(await visible(opened.page, 'main > section')).toBe(6)
    const pdf = await opened.page.pdf({format: 'A4'})
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await expectClean(opened, url)
    await opened.context.close()
  })

  it('holds its layout at 1280 and 390 px and saves screenshots', async () => {
    await screenshots(url, 'seeds')
  }, 60_000)
})

describe('the HTML report of the hostile corpus in Chromium', () => {
  let url = ''
  beforeAll(async () => {
    url = await buildReport('hostile', 'tests/fixtures/hostile')
  }, 60_000)

  it('runs nothing from the articles, requests nothing and builds no element from their text', async () => {
    const opened = await open(url, DESKTOP)
    const {page} = opened
    await expectClean(opened, url)
    expect(await value<number>(page, 'document.scripts.length')).toBe(1)
    expect(await value<number>(page, `document.querySelectorAll('style').length`)).toBe(1)
    expect(await value<number>(page, `document.querySelectorAll('img, iframe, object, embed, base, form, link[rel=stylesheet], meta[http-equiv=refresh], [onerror], [onload]').length`)).toBe(0)
    const hrefs = await value<string[]>(page, `Array.from(document.querySelectorAll('[href]')).map((e) => e.getAttribute('href'))`)
    for (const href of hrefs) expect(href).toMatch(/^(#|https?:|file:|data:,$)/)
    expect(await value<string>(page, `getComputedStyle(document.body).display`)).toBe('block')
    expect(await value<string>(page, `getComputedStyle(document.querySelector('.frame')).color`)).not.toBe('rgb(255, 0, 0)')
    await opened.context.close()
  })

  it('shows the hostile text as text, with bidi overrides made visible', async () => {
    const opened = await open(url, DESKTOP)
    const text = await value<string>(opened.page, 'document.body.innerText')
    expect(text).toContain(`<script>window.__factlintPwned = 'script'</script>`)
    expect(text).toContain(`</script><script>window.__factlintPwned = 'close-script'</script>`)
    expect(text).toContain(`</style><style>body { display: none }</style>`)
    expect(text).toContain(`javascript:window.__factlintPwned='javascript'`)
    expect(text).toContain(`</title><script>window.__factlintPwned = 'title'</script>`)
    expect(text).toContain('00530-111-111 \\u202etxt.exe\\u202c')
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    await opened.context.close()
  })

  it('stays inert while the filters run over it', async () => {
    const opened = await open(url, DESKTOP)
    const {page} = opened
    await page.focus('#f-search')
    await page.keyboard.type('<script>')
    expect(await visible(page, '.finding')).toBeGreaterThan(0)
    await page.click('#f-reset')
    await page.selectOption('#f-rule', 'spam-link')
    expect(await visible(page, '.finding')).toBeGreaterThan(0)
    await page.click('#f-reset')
    await expectClean(opened, url)
    await opened.context.close()
  })

  it('holds its layout with long unbroken strings at 1280 and 390 px and saves screenshots', async () => {
    await screenshots(url, 'hostile')
  }, 60_000)
})
