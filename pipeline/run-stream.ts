/**
 * Streaming mode for a distributed engine (Spark's `RDD.pipe`, Hadoop
 * streaming, Beam, a shell pipeline): one JSON object per line in,
 * `{"path": "a/b.txt", "text": "..."}`, and one per line out, in the same
 * order: `{"path", "ok", "html", "jsonld", "messages"}`. The processor is
 * built once; memory holds one article at a time; a bad line fails alone.
 */
import readline from 'node:readline'
import type {Readable, Writable} from 'node:stream'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {PipelineConfig} from './config.ts'
import {buildArticle, createProcessor, type ProcessorOptions} from './index.ts'
import {toPlain} from './serialize-messages.ts'

export interface StreamSummary {
  written: number
  failed: number
}

/** Reads articles from `input` and writes results to `output`, line by line. */
export async function runStream(input: Readable, output: Writable, config: PipelineConfig, processorOptions: ProcessorOptions = {}): Promise<StreamSummary> {
  const processor = createProcessor(config, processorOptions)
  const summary: StreamSummary = {written: 0, failed: 0}
  const lines = readline.createInterface({input, crlfDelay: Infinity})
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue
    const file = new VFile({path: `stdin:${lineNumber}`})
    let ok = false
    try {
      const record = JSON.parse(line) as {path?: unknown; text?: unknown}
      if (typeof record.text !== 'string') throw new Error('expected a `text` string')
      if (typeof record.path === 'string') file.path = record.path
      file.data.slug = file.path.replace(/\.[^./]*$/, '')
      file.value = record.text
      buildArticle(processor, file, processorOptions)
      ok = true
    } catch (error) {
      if (!(error instanceof VFileMessage && error.fatal)) {
        const message = file.message(`Unexpected input line ${lineNumber}: ${(error as Error).message}`, {ruleId: 'stream-input', source: 'build'})
        message.fatal = true
      }
    }
    const plain = toPlain(file, ok)
    const record = ok ? {...plain, html: String(file.value), jsonld: file.data.jsonld} : plain
    if (ok) summary.written++
    else summary.failed++
    if (!output.write(JSON.stringify(record) + '\n')) await new Promise((resolve) => output.once('drain', resolve))
  }
  return summary
}
