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

export type ArticleProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>

/** What the process running the pipeline lends it (not part of the article's config). */
export interface ProcessorOptions {
  /** A full garbage collection, run after the rule stages of a large article (`processGarbageCollector()`). */
  collectGarbage?: () => void
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
    .use(releaseWords, {collectGarbage: options.collectGarbage})
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
 */
export function buildArticle(processor: ArticleProcessor, file: VFile): VFile {
  // The mdast is not kept in a variable: once remark-rehype has made the
  // hast, nothing holds it, and the compiler of a 10 MB article runs without
  // it (about a sixth of the heap).
  const hast = processor.runSync(parseKeepingText(processor, file), file)
  file.value = processor.stringify(hast, file)
  return file
}

/** The mdast of the article; records the decoded text in `file.data.text`. */
function parseKeepingText(processor: ArticleProcessor, file: VFile): MdastRoot {
  const tree = processor.parse(file)
  file.data.text = String(file.value)
  return tree
}
