/**
 * A worker thread of a parallel build: builds its processor once, then
 * builds and writes the batches of articles the main thread sends, and
 * answers with each article's messages.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {PipelineConfig} from './config.ts'
import type {InputArticle} from './collect-inputs.ts'
import {processGarbageCollector} from './garbage-collector.ts'
import {createProcessor} from './index.ts'
import {buildOne} from './run-batch.ts'
import {toPlain} from './serialize-messages.ts'

const {config, outDir} = workerData as {config: PipelineConfig; outDir: string | undefined}
// This thread owns its heap: a large article gets a collection after its rule stages and before it is written.
const processorOptions = {collectGarbage: processGarbageCollector()}
const processor = createProcessor(config, processorOptions)

parentPort!.on('message', (batch: {id: number; inputs: InputArticle[]}) => {
  const results = batch.inputs.map((input) => {
    const {file, ok} = buildOne(processor, config, input, outDir, processorOptions)
    return toPlain(file, ok)
  })
  parentPort!.postMessage({id: batch.id, results})
})
