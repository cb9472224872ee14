/**
 * The built pages in a real browser (Debian's Chromium through
 * playwright-core): the seed reads as a reader sees it, and a hostile article
 * runs no script of its own, loads nothing, and shows its markup as text.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromium, type Browser, type Page} from 'playwright-core'
import {VFile} from 'vfile'
import {defaultConfig} from '../../pipeline/config.ts'
import {buildArticle, createProcessor} from '../../pipeline/index.ts'
import {jsonldFileText} from '../../pipeline/wrap-document.ts'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-'))
const processor = createProcessor({...defaultConfig, now: '2026-11-26T00:00:00Z'})

const hostile = [
  'date 2017-06-30',
  'Hostile <b>title</b>',
  '',
  '<script>window.pwned = "script"</script> <img src=x onerror="window.pwned = \'img\'"> <iframe src="javascript:parent.pwned=1"></iframe>',
  '',
  '[click](javascript:window.pwned=1) <javascript:alert(1)> &#x3C;script&#x3E; AT&amp;T',
  '',
  '“</script><script>window.pwned = \'quote\'</script><!--<script>,” Jane Roe said.'
].join('\n')

/** Builds `text` and writes its page; returns the page URL and the graph text. */
function buildPage(name: string, text: string | Uint8Array) {
  const file = new VFile({value: text, path: name + '.txt'})
  file.data.slug = name
  buildArticle(processor, file)
  const target = path.join(folder, name + '.html')
  fs.writeFileSync(target, String(file.value))
  return {url: pathToFileURL(target).href, jsonld: jsonldFileText(file.data.jsonld!)}
}

let browser: Browser
let page: Page
const requests: string[] = []
const errors: string[] = []

beforeAll(async () => {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`)
  }
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  page = await browser.newPage()
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
})

afterAll(async () => {
  await browser?.close()
})

describe('in a real browser', () => {
  it('shows the seed with its headline, quotes, links and data', async () => {
    const seed = buildPage('seed', fs.readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url)))
    await page.goto(seed.url)
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      quotes: [...document.querySelectorAll('q[id]')].map((q) => q.id),
      brokenLinks: [...document.querySelectorAll('a[href^="#"]')].filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length,
      scripts: document.scripts.length,
      jsonld: document.querySelector('script[type="application/ld+json"]')!.textContent
    }))
    expect(facts.lang).toBe('en')
    expect(facts.title).toBe(facts.h1)
    expect(facts.quotes).toEqual(['quote-1', 'quote-2', 'quote-3'])
    expect(facts.brokenLinks).toBe(0)
    expect(facts.scripts).toBe(1)
    expect(JSON.parse(facts.jsonld!)).toEqual(JSON.parse(seed.jsonld))
    expect(errors).toEqual([])
  })

  it('runs nothing and loads nothing from a hostile article, and shows its text', async () => {
    requests.length = 0
    const page2 = buildPage('hostile', hostile)
    await page.goto(page2.url)
    await page.waitForTimeout(200)
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as {pwned?: unknown}).pwned,
      scripts: document.scripts.length,
      elements: [...document.body.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()),
      hrefs: [...document.body.querySelectorAll('[href], [src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src')),
      text: document.querySelector('article')!.textContent
    }))
    expect(facts.pwned).toBeUndefined()
    expect(facts.scripts).toBe(1)
    for (const tag of ['script', 'img', 'iframe', 'b', 'style']) expect(facts.elements).not.toContain(tag)
    expect(facts.hrefs.every((href) => href!.startsWith('#'))).toBe(true)
    expect(facts.text).toContain('<script>window.pwned = "script"</script>')
    expect(facts.text).toContain('[click](javascript:window.pwned=1)')
    expect(facts.text).toContain('&#x3C;script&#x3E; AT&amp;T')
    expect(facts.text).toContain('</script><script>window.pwned = \'quote\'</script><!--<script>')
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    expect(errors).toEqual([])
  })
})
