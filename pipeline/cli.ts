/**
 * The command line: `build` turns articles into HTML + JSON-LD, `validate`
 * checks existing output. Messages are printed the way remark-cli prints
 * them (vfile-reporter), then a summary line. Exit codes: 0 every article
 * written (or valid), 1 any failed, 2 usage error.
 */
import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {collectInputs} from './collect-inputs.ts'
import {loadConfig} from './config.ts'
import os from 'node:os'
import {processGarbageCollector} from './garbage-collector.ts'
import {runBatch, separateClashes} from './run-batch.ts'
import {runParallel} from './run-parallel.ts'
import {runStream} from './run-stream.ts'
import {removeLeftovers} from './write-output.ts'

const mainHelp = `Usage: newsroom <command> [options]

Commands:
  build [paths...]     Build articles into annotated HTML + JSON-LD (default: input/ -> output/)
  validate <paths...>  Validate built output (.jsonld files and the .html beside them)

Run \`newsroom <command> --help\` for a command's options.
From npm: \`npm run build -- [paths...] [options]\`, \`npm run validate -- <paths...>\`.`

const buildHelp = `Usage: npm run build -- [paths...] [options]

Builds each article (a .txt file, or every .txt file below a folder) into
<out>/<path relative to its folder>.html and .jsonld. Without paths, builds input/.

Options:
  --out <folder>     Output folder (default: output)
  --config <file>    Config file (default: newsroom.config.json, if present)
  --quiet            Print only failures and the summary, not warnings
  --silent           Print only the summary
  --stream           Read articles as JSON lines on stdin ({"path", "text"}) and
                     write results as JSON lines on stdout ({"path", "ok", "html",
                     "jsonld", "messages"}): for Spark's pipe(), Hadoop streaming
  --jobs <n>         Worker threads for large runs (default: one per core, ${os.availableParallelism()} here)
  --no-progress      Never print progress (it is shown on a terminal for long runs)
  -h, --help         Show this help

Exit codes: 0 every article written, 1 any article failed (the others are
still written), 2 usage error.`

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help') {
    console.log(mainHelp)
    return command === undefined ? 2 : 0
  }
  if (command === 'build') return build(rest)
  if (command === 'validate') {
    // Loaded on demand: a build does not pay for the validator's start-up.
    const {runValidate} = await import('./validate/cli.ts')
    return runValidate(rest)
  }
  console.error(`Unknown command \`${command}\`\n\n${mainHelp}`)
  return 2
}

async function build(argv: string[]): Promise<number> {
  let values
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: 'string', default: 'output'},
        config: {type: 'string'},
        quiet: {type: 'boolean', default: false},
        silent: {type: 'boolean', default: false},
        'no-progress': {type: 'boolean', default: false},
        jobs: {type: 'string'},
        stream: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${buildHelp}`)
    return 2
  }
  if (values.help) {
    console.log(buildHelp)
    return 0
  }
  let config
  try {
    config = loadConfig(values.config, values.config !== undefined)
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  if (values.stream) {
    const summary = await runStream(process.stdin, process.stdout, config, {collectGarbage: processGarbageCollector()})
    console.error(`${summary.written} built, ${summary.failed} failed (stream)`)
    return summary.failed > 0 ? 1 : 0
  }
  const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`Unexpected \`--jobs ${values.jobs}\`, expected a positive integer\n\n${buildHelp}`)
    return 2
  }
  const {inputs, missing} = collectInputs(positionals.length > 0 ? positionals : ['input'])
  if (missing.length > 0) {
    console.error(`No such file or folder: ${missing.join(', ')}`)
    return 2
  }
  if (inputs.length === 0) {
    console.error('No articles (.txt files) found')
    return 2
  }

  const showProgress = !values['no-progress'] && process.stderr.isTTY && inputs.length >= 20
  let lastProgress = 0
  const started = Date.now()
  // Temporary files a killed earlier run left behind: swept before writing.
  removeLeftovers(values.out)
  const {unique, clashes} = separateClashes(inputs)
  const onProgress = (done: number, total: number) => {
    if (!showProgress) return
    const now = Date.now()
    if (now - lastProgress < 250 && done < total) return
    lastProgress = now
    process.stderr.write(`\r${done}/${total} articles (${Math.round((done * 1000) / Math.max(1, now - started))}/s)`)
  }
  // Workers pay for their start-up (about 0.5 s each) only on large runs.
  const result = jobs > 1 && unique.length >= 200
    ? await runParallel(unique, values.out, config, jobs, onProgress)
    : runBatch(unique, values.out, config, onProgress, {collectGarbage: processGarbageCollector()})
  result.files.push(...clashes)
  result.failed += clashes.length
  if (showProgress) process.stderr.write('\r\x1b[K')

  const report = reporter(result.files, {quiet: values.quiet, silent: values.silent})
  if (report) console.error(report)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.error(`${result.written} written, ${result.failed} failed, to ${values.out}/ in ${seconds} s`)
  return result.failed > 0 ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error)
    process.exitCode = 1
  }
)
