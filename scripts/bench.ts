/**
 * `npm run bench [-- --corpus <folder>] [--count N]`: articles per second for
 * the full pipeline and for a bare remark-parse -> remark-rehype ->
 * rehype-stringify pass over the same texts, in one process, and their
 * ratio. Reads and writes no files in the timed part; both runs are warmed
 * up first. Defaults: the articles in input/ and test/fixtures/, repeated to
 * 2,000.
 */
import fs from 'node:fs'
import {parseArgs} from 'node:util'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import {VFile} from 'vfile'
import {collectInputs} from '../pipeline/collect-inputs.ts'
import {loadConfig} from '../pipeline/config.ts'
import {buildArticle, createProcessor} from '../pipeline/index.ts'

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', multiple: true},
    count: {type: 'string', default: '2000'},
    rounds: {type: 'string', default: '3'}
  }
})

const folders = values.corpus ?? ['input', 'test/fixtures']
const sources = collectInputs(folders.filter((folder) => fs.existsSync(folder))).inputs
  .map((input) => fs.readFileSync(input.path))
  .filter((bytes) => bytes.byteLength > 200 && bytes.byteLength < 200_000)
if (sources.length === 0) throw new Error(`No articles found in ${folders.join(', ')}`)
const count = Number(values.count)
const texts = Array.from({length: count}, (_, index) => sources[index % sources.length])
const strings = texts.map((bytes) => new TextDecoder().decode(bytes))
const totalBytes = texts.reduce((sum, bytes) => sum + bytes.byteLength, 0)

const pipeline = createProcessor(loadConfig(undefined))
const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)

function runPipeline(): number {
  let failed = 0
  for (const [index, bytes] of texts.entries()) {
    const file = new VFile({value: bytes, path: `bench/${index}.txt`})
    try {
      buildArticle(pipeline, file)
    } catch {
      failed++
    }
  }
  return failed
}

function runBare(): void {
  for (const text of strings) bare.processSync(text)
}

function time(run: () => unknown): number {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

// Warm-up: JIT, lazily compiled schemas, lexicons.
for (let index = 0; index < Math.min(200, count); index++) {
  bare.processSync(strings[index])
  try {
    buildArticle(pipeline, new VFile({value: texts[index], path: 'warm.txt'}))
  } catch {}
}

const rounds = Number(values.rounds)
let best = {pipeline: Infinity, bare: Infinity}
let failed = 0
for (let round = 0; round < rounds; round++) {
  best.bare = Math.min(best.bare, time(runBare))
  const start = process.hrtime.bigint()
  failed = runPipeline()
  best.pipeline = Math.min(best.pipeline, Number(process.hrtime.bigint() - start) / 1e9)
}

const rate = (seconds: number) => Math.round(count / seconds)
console.log(`corpus: ${sources.length} distinct articles from ${folders.join(', ')}, ${count} runs, ${(totalBytes / count / 1024).toFixed(1)} KB on average; best of ${rounds} rounds`)
console.log(`bare remark-parse -> remark-rehype -> rehype-stringify: ${rate(best.bare)} articles/s (${best.bare.toFixed(2)} s)`)
console.log(`full pipeline:                                         ${rate(best.pipeline)} articles/s (${best.pipeline.toFixed(2)} s)${failed ? `, ${failed} refused` : ''}`)
console.log(`ratio (pipeline time / bare time): ${(best.pipeline / best.bare).toFixed(2)}x`)
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`)
