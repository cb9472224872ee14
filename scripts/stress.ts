/**
 * `npm run stress [-- --case <name>] [--stages] [--scale 0.1] [--timeout 120] [--list] [--write <folder>]`: builds the largest hostile
 * cases (a 10 MB article, 100,000 quotes, a 1 MB line without spaces, 50,000
 * opening quote marks, ...) in a temporary folder and prints, per case, the
 * time and the peak memory of the build. Not a timed test: it prints figures
 * and flags the ones over the targets (10 MB and 100,000 quotes: under 15 s;
 * peak memory under 1 GB).
 *
 * Each case runs in its own child process (`--child`), so its peak RSS
 * (`process.resourceUsage().maxRSS`) is its own. The child builds the article
 * through the real processor, writes both outputs as the CLI does, and times
 * every stage of the chain (parser, each plugin, compiler) and the heap in
 * use after it. A case over `--timeout` seconds (default 120) is killed and
 * reported as such; `--scale 0.1` builds every case at a tenth of its size,
 * to see how a stage grows.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {unified as unifiedFactory} from 'unified'

const megabyte = 1024 * 1024

/** One case: how to make its text, and the targets it is held to. */
interface StressCase {
  name: string
  what: string
  make: (scale: number) => string
  /** Target seconds, when there is one. */
  maxSeconds?: number
  /** Config override for the child (JSON). */
  config?: Record<string, unknown>
}

/** Repeats paragraphs of `unit(i)` until the text reaches `bytes`. */
function fill(header: string, bytes: number, unit: (index: number) => string, separator = '\n\n'): string {
  const parts = [header]
  let size = Buffer.byteLength(header)
  for (let index = 0; size < bytes; index++) {
    const part = unit(index) + separator
    size += Buffer.byteLength(part)
    if (size > bytes) break
    parts.push(part)
  }
  return parts.join('')
}

const header = 'date 2017-06-30\nStress test article\n\n'
const names = ['Delbert Hosemann', 'Jane Doe', 'Terry McAuliffe', 'Maria Lopez', 'John Smith']
const places = ['Mississippi', 'Washington', 'Iowa', 'Virginia', 'New York']

/** A realistic wire paragraph with a quote, names, a place, a date, markup and a link. */
function proseParagraph(index: number): string {
  const name = names[index % names.length]
  const place = places[index % places.length]
  return `JACKSON, Miss. (AP) — ${name}, the Republican secretary of state in ${place}, said on Wednesday that ` +
    `the commission had asked for <b>every</b> voter's name. “We are not going to hand it over, ${index}” ${name.split(' ')[1]} said. ` +
    `Critics pointed to [a report](javascript:alert(${index})) and AT&amp;T records from June 28, 2017.`
}

const cases: StressCase[] = [
  {
    name: 'article-10mb',
    what: 'a 10 MB article of wire paragraphs (quotes, names, places, dates, markup)',
    make: (scale) => fill(header, scale * 10 * megabyte - 1024, proseParagraph),
    maxSeconds: 15
  },
  {
    name: 'quotes-100k',
    what: 'exactly 100,000 short attributed quotes, 10 per paragraph (about 6 MB)',
    make: (scale) => header + Array.from({length: Math.round(scale * 10_000)}, (_, paragraph) => Array.from({length: 10}, (_, k) =>
      `“Quote number ${paragraph * 10 + k} is here and it goes on,” Smith said.`).join(' ')).join('\n\n') + '\n',
    maxSeconds: 15
  },
  {
    name: 'paragraph-10mb',
    what: 'one 10 MB paragraph (just under the limit)',
    make: (scale) => fill(header, scale * 10 * megabyte - 1024, (index) => `Word ${index} and more words follow here.`, ' '),
    maxSeconds: 15
  },
  {
    name: 'paragraph-20mb',
    what: 'one 20 MB paragraph (over the 10 MB limit: refused at once)',
    make: (scale) => fill(header, scale * 20 * megabyte, (index) => `Word ${index} and more words follow here.`, ' '),
    maxSeconds: 2
  },
  {
    name: 'paragraph-20mb-allowed',
    what: 'the same 20 MB paragraph with `maxBytes` raised to 25 MB',
    make: (scale) => fill(header, scale * 20 * megabyte, (index) => `Word ${index} and more words follow here.`, ' '),
    config: {maxBytes: 25 * megabyte}
  },
  {
    name: 'line-1mb-no-spaces',
    what: 'a 1 MB line with no spaces',
    make: (scale) => header + 'x'.repeat(scale * megabyte) + '\n'
  },
  {
    name: 'opening-quotes-50k',
    what: '50,000 opening quote marks in a row, then text',
    make: (scale) => header + 'He said ' + '“'.repeat(scale * 50_000) + ' and stopped.\n'
  },
  {
    name: 'closing-quotes-50k',
    what: '50,000 closing quote marks in a row',
    make: (scale) => header + 'He said ' + '”'.repeat(scale * 50_000) + ' and stopped.\n'
  },
  {
    name: 'straight-quotes-50k',
    what: '50,000 straight double quotes in a row',
    make: (scale) => header + 'He said ' + '"'.repeat(scale * 50_000) + ' and stopped.\n'
  },
  {
    name: 'greater-than-100k',
    what: '100,000 `>` in a row at a line start',
    make: (scale) => header + '>'.repeat(scale * 100_000) + ' quoted\n'
  },
  {
    name: 'capitalized-words-1mb',
    what: '1 MB of capitalized words without punctuation',
    make: (scale) => fill(header, scale * megabyte, (index) => `Capital${index % 97} Word`, ' ')
  },
  {
    name: 'all-caps-line-1mb',
    what: 'a 1 MB all-caps line (dateline and name patterns)',
    make: (scale) => header + 'WASHINGTON '.repeat(Math.round(scale * 95_000)) + '— text.\n'
  }
]

// --------------------------------------------------------------------------
// Child: build one file, print figures as JSON.

type AnyProcessor = import('unified').Processor<any, any, any, any, any>

/**
 * A copy of `processor` whose parser, each plugin's transformer and compiler
 * add their time (seconds) to `times`, keyed by plugin name.
 */
function timedProcessor(processor: AnyProcessor): {processor: AnyProcessor; times: Record<string, number>; cpu: Record<string, number>; heap: Record<string, number>} {
  const times: Record<string, number> = {}
  const cpu: Record<string, number> = {}
  const compiling = {depth: 0}
  const heap: Record<string, number> = {}
  const add = (name: string, started: bigint, cpuStarted: NodeJS.CpuUsage) => {
    times[name] = (times[name] ?? 0) + Number(process.hrtime.bigint() - started) / 1e9
    const cpuUsed = process.cpuUsage(cpuStarted)
    cpu[name] = (cpu[name] ?? 0) + (cpuUsed.user + cpuUsed.system) / 1e6
    // Heap in use after the stage (MiB): where the memory of a big article goes.
    heap[name] = Math.round(process.memoryUsage().heapUsed / 1024 / 1024)
  }
  const timed = processor.attachers.reduce((copy: AnyProcessor, [plugin, ...options]) => {
    const name = plugin.name || 'anonymous'
    function wrapper(this: AnyProcessor, ...args: unknown[]) {
      const transformer = (plugin as (...args: unknown[]) => unknown).apply(this, args)
      // A parser or compiler set by the plugin is timed too.
      if (this.parser && !(this.parser as {timed?: boolean}).timed) {
        const parse = this.parser
        this.parser = Object.assign((document: string, file: unknown) => {
          const started = process.hrtime.bigint()
          const cpuStarted = process.cpuUsage()
          try { return parse(document, file as never) } finally { add(name + ' (parse)', started, cpuStarted) }
        }, {timed: true})
      }
      if (this.compiler && !(this.compiler as {timed?: boolean}).timed) {
        const compile = this.compiler
        this.compiler = Object.assign((tree: unknown, file: unknown) => {
          // A compiler that calls the one before it (compile-in-pieces calls
          // rehype-stringify's once per piece) is timed as one: the outer call.
          if (compiling.depth > 0) return compile(tree as never, file as never)
          const started = process.hrtime.bigint()
          const cpuStarted = process.cpuUsage()
          compiling.depth++
          try { return compile(tree as never, file as never) } finally { compiling.depth--; add(name + ' (stringify)', started, cpuStarted) }
        }, {timed: true})
      }
      if (typeof transformer !== 'function') return transformer
      return (tree: unknown, file: unknown) => {
        const started = process.hrtime.bigint()
        const cpuStarted = process.cpuUsage()
        try { return transformer(tree, file) } finally { add(name, started, cpuStarted) }
      }
    }
    Object.defineProperty(wrapper, 'name', {value: name})
    return copy.use(wrapper as never, ...options)
  }, unifiedFactory())
  return {processor: timed, times, cpu, heap}
}

async function child(file: string, outDir: string, configJson: string) {
  const {VFile} = await import('vfile')
  const {VFileMessage} = await import('vfile-message')
  const {defaultConfig, resolveConfig} = await import('../pipeline/config.ts')
  const {buildArticle, createProcessor} = await import('../pipeline/index.ts')
  const {processGarbageCollector} = await import('../pipeline/garbage-collector.ts')
  const {jsonldFileText} = await import('../pipeline/wrap-document.ts')
  const {writeAtomically} = await import('../pipeline/write-output.ts')

  const config = resolveConfig({...JSON.parse(configJson)})
  void defaultConfig
  const processorOptions = {collectGarbage: processGarbageCollector()}
  const {processor, times, cpu: stageCpu, heap} = timedProcessor(createProcessor(config, processorOptions))
  const started = process.hrtime.bigint()
  const cpuStarted = process.cpuUsage()
  const vfile = new VFile({path: file})
  // The slug the CLI gives (the file's name): without it the ids and URLs
  // would hold the temporary folder's path, longer than any real one.
  const name = path.basename(file, '.txt')
  vfile.data.slug = name
  let outcome = 'written'
  try {
    const size = fs.statSync(file).size
    if (size > config.maxBytes) {
      vfile.fail(`Unexpected article of ${size} bytes, expected at most ${config.maxBytes} (the \`maxBytes\` option)`, {ruleId: 'too-large', source: 'read-article'})
    }
    vfile.value = fs.readFileSync(file)
    // As the CLI builds: no tree outlives the build while the outputs are written.
    buildArticle(processor as never, vfile, processorOptions)
    writeAtomically([
      {path: path.join(outDir, name + '.html'), contents: String(vfile.value)},
      {path: path.join(outDir, name + '.jsonld'), contents: () => jsonldFileText(vfile.data.jsonld!)}
    ])
  } catch (error) {
    outcome = error instanceof VFileMessage ? `refused: ${error.ruleId}: ${error.reason}` : `crashed: ${String(error)}`
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpu = process.cpuUsage(cpuStarted)
  const article = vfile.data.article
  console.log(JSON.stringify({
    seconds,
    // CPU time of all the process's threads (GC helpers included): steadier than wall time on a shared machine.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    outcome,
    stages: times,
    stageCpu,
    heap,
    quotations: article?.quotations.length ?? 0,
    paragraphs: article?.paragraphs.length ?? 0,
    messages: vfile.messages.length
  }))
}

// --------------------------------------------------------------------------
// Parent: make each case, run its child, print a table.

function parent(only: string[] | undefined, showStages: boolean, scale: number, timeoutSeconds: number) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stress-'))
  const self = fileURLToPath(import.meta.url)
  const rows: string[] = []
  let overTarget = 0
  try {
    for (const stressCase of cases) {
      if (only && !only.includes(stressCase.name)) continue
      const file = path.join(folder, stressCase.name + '.txt')
      fs.writeFileSync(file, stressCase.make(scale))
      const bytes = fs.statSync(file).size
      let result: {seconds: number; cpuSeconds: number; maxRssMiB: number; outcome: string; stages: Record<string, number>; stageCpu: Record<string, number>; heap: Record<string, number>; quotations: number; paragraphs: number; messages: number}
      try {
        const output = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', file, '--out', path.join(folder, 'out'), '--config', JSON.stringify(stressCase.config ?? {})], {
          encoding: 'utf8', maxBuffer: 64 * megabyte, timeout: timeoutSeconds * 1000, stdio: ['ignore', 'pipe', 'pipe']
        })
        result = JSON.parse(output.trim().split('\n').pop()!)
      } catch (error) {
        const signal = (error as {signal?: string}).signal
        const reason = signal ? `over ${timeoutSeconds} s: killed (${signal}); raise --timeout to measure it` : `child failed: ${(error as Error).message.split('\n')[0]}`
        rows.push(`${stressCase.name.padEnd(24)} ${(bytes / megabyte).toFixed(1).padStart(6)} MB  ${reason}`)
        console.log(rows[rows.length - 1])
        fs.rmSync(file)
        overTarget++
        continue
      }
      fs.rmSync(file)
      const late = scale === 1 && stressCase.maxSeconds !== undefined && result.seconds > stressCase.maxSeconds
      const heavy = result.maxRssMiB > 1024
      // Refused exactly when over the size limit (a scaled-down case is not).
      const limit = Number(stressCase.config?.maxBytes ?? 10 * megabyte)
      const wrongOutcome = (bytes > limit) !== result.outcome.startsWith('refused') || result.outcome.startsWith('crashed')
      if (late || heavy || wrongOutcome) overTarget++
      const flags = [late ? `OVER ${stressCase.maxSeconds} s` : '', heavy ? 'OVER 1 GB' : '', wrongOutcome ? 'UNEXPECTED OUTCOME' : ''].filter(Boolean).join(', ')
      rows.push(
        `${stressCase.name.padEnd(24)} ${(bytes / megabyte).toFixed(1).padStart(6)} MB ${result.seconds.toFixed(2).padStart(7)} s ${result.cpuSeconds.toFixed(2).padStart(7)} s ${String(result.maxRssMiB).padStart(6)} MiB  ` +
        `${result.outcome.slice(0, 60)}${result.quotations ? `, ${result.quotations} quotations` : ''}${flags ? '  <- ' + flags : ''}`
      )
      if (showStages || late) {
        const stages = Object.entries(result.stages).sort((a, b) => b[1] - a[1]).filter(([, seconds]) => seconds >= 0.01)
        rows.push('    ' + stages.map(([stage, seconds]) => `${stage} ${seconds.toFixed(2)} s (CPU ${result.stageCpu[stage].toFixed(2)} s, heap after: ${result.heap[stage]} MiB)`).join(', '))
      }
      console.log(rows[rows.length - 1 - (showStages || late ? 1 : 0)])
      if (showStages || late) console.log(rows[rows.length - 1])
    }
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
  console.log(`\n${rows.filter((row) => !row.startsWith('    ')).length} cases, ${overTarget} over target or unexpected (machine: ${os.cpus().length} CPUs, Node ${process.version})`)
  process.exitCode = overTarget > 0 ? 1 : 0
}

const {values} = parseArgs({
  options: {
    child: {type: 'string'},
    out: {type: 'string'},
    config: {type: 'string', default: '{}'},
    case: {type: 'string', multiple: true},
    stages: {type: 'boolean', default: false},
    scale: {type: 'string', default: '1'},
    timeout: {type: 'string', default: '120'},
    list: {type: 'boolean', default: false},
    write: {type: 'string'}
  }
})

if (values.write) {
  // The cases' texts, to build with the CLI (e.g. to compare outputs before and after a change).
  fs.mkdirSync(values.write, {recursive: true})
  for (const stressCase of cases) {
    if (values.case && !values.case.includes(stressCase.name)) continue
    fs.writeFileSync(path.join(values.write, stressCase.name + '.txt'), stressCase.make(Number(values.scale)))
  }
} else if (values.list) {
  for (const stressCase of cases) console.log(`${stressCase.name.padEnd(24)} ${stressCase.what}`)
} else if (values.child) {
  await child(values.child, values.out!, values.config)
} else {
  console.log('case                       size      time  CPU time    peak RSS  outcome')
  parent(values.case, values.stages, Number(values.scale), Number(values.timeout))
}
