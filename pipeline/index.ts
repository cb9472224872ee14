/**
 * The processor. Its `.use()` chain is the table of contents of the pipeline:
 * raw wire text -> mdast + `file.data.article` -> hast + the JSON-LD graph ->
 * a validated HTML document. Build it once per process; run one fresh vfile
 * per article.
 */
import {unified, type Processor} from 'unified'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import type {VFile} from 'vfile'
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {defaultConfig, type PipelineConfig} from './config.ts'
import parseWireText from './parse-wire-text.ts'
import segmentSentences from './segment-sentences.ts'
import detectSocialPosts from './detect-social-posts.ts'
import recognizeOrganizationsPlaces from './recognize-organizations-places.ts'
import recognizePeople from './recognize-people.ts'
import resolveDates from './resolve-dates.ts'
import findQuotations from './find-quotations.ts'
import attributeSpeakers from './attribute-speakers.ts'
import findReportedSpeech from './find-reported-speech.ts'
import {releaseWords} from './words.ts'
import inferHeadline from './infer-headline.ts'
import markAnnotations from './mark-annotations.ts'
import {annotationHandlers} from './annotate-html.ts'
import buildJsonld from './build-jsonld.ts'
import wrapDocument from './wrap-document.ts'
import validateArticle from './validate-article.ts'
import compileInPieces from './compile-in-pieces.ts'
import {largeArticleLength} from './garbage-collector.ts'

export type ArticleProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>

/** What the process running the pipeline lends it (not part of the article's config). */
export interface ProcessorOptions {
  /**
   * A full garbage collection (`processGarbageCollector()`), run on a large
   * article after its rule stages and again once its trees are dropped, before
   * its outputs are written (`buildArticle`).
   */
  collectGarbage?: () => void
  /** Article length (UTF-16 units) from which `collectGarbage` runs (default `largeArticleLength`, 1,000,000). */
  collectAbove?: number
}

/** The whole pipeline for one config. */
export function createProcessor(config: PipelineConfig = defaultConfig, options: ProcessorOptions = {}): ArticleProcessor {
  // The chain mixes remark and rehype stages; unified's inferred types do not
  // follow a custom parser, so the processor is typed at its ends instead.
  const processor = unified() as unknown as Processor<any, any, any, any, any>
  return processor
    .use(parseWireText, {config})
    .use(segmentSentences)
    .use(detectSocialPosts)
    .use(recognizeOrganizationsPlaces)
    .use(recognizePeople)
    .use(resolveDates)
    .use(findQuotations)
    .use(attributeSpeakers)
    .use(findReportedSpeech)
    .use(releaseWords, {collectGarbage: options.collectGarbage, collectAbove: options.collectAbove})
    .use(inferHeadline)
    .use(markAnnotations)
    .use([[remarkRehype, {handlers: annotationHandlers}]])
    .use(buildJsonld)
    .use(wrapDocument)
    .use(validateArticle)
    .use(rehypeStringify)
    .use(compileInPieces) as unknown as ArticleProcessor
}

/**
 * Runs one article through the processor: `file.value` holds the article's
 * bytes (decoded strictly) or text on the way in, the HTML on the way out;
 * the graph is in `file.data.jsonld`. A fatal problem throws a VFileMessage
 * with `fatal: true`, which is also in `file.messages`.
 *
 * With `options.collectGarbage`, a large article's trees are collected before
 * this returns: on a 10 MB article half the heap is then garbage V8 has not
 * collected yet, and writing the page (a flat copy of the HTML and its UTF-8
 * bytes) would add 200 MB on top of it.
 */
export function buildArticle(processor: ArticleProcessor, file: VFile, options: ProcessorOptions = {}): VFile {
  file.value = compile(processor, file)
  const {collectGarbage, collectAbove = largeArticleLength} = options
  if (collectGarbage && (file.data.text ?? '').length >= collectAbove) collectGarbage()
  return file
}

/** The article's HTML; its trees die when this returns. */
function compile(processor: ArticleProcessor, file: VFile): string {
  // The mdast is not kept in a variable: once remark-rehype has made the
  // hast, nothing holds it, and the compiler of a 10 MB article runs without
  // it (about a sixth of the heap).
  const hast = processor.runSync(parseKeepingText(processor, file), file)
  return processor.stringify(hast, file)
}

/** The mdast of the article; records the decoded text in `file.data.text`. */
function parseKeepingText(processor: ArticleProcessor, file: VFile): MdastRoot {
  const tree = processor.parse(file)
  file.data.text = String(file.value)
  return tree
}
