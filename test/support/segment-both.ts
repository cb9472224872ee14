/**
 * Runs a sentence segmenter stage (the pipeline's or the reference one) on a
 * text cut into given paragraphs, and returns what it wrote in a form that
 * `toEqual` compares exactly: each sentence, and each word's offsets, text
 * and every flag.
 */
import type {RemarkPlugin} from '../../pipeline/types.ts'
import {emptyArticle} from '../../pipeline/types.ts'
import type {Word} from '../../pipeline/words.ts'

export interface Segmented {
  sentences: Array<{start: number; end: number; paragraph: number}>
  /** Per sentence, per word: start, end, value, kind and flags as one line. */
  words: string[][]
}

export function segmentWith(plugin: RemarkPlugin, text: string, paragraphs: Array<{start: number; end: number}>): Segmented {
  const article = emptyArticle('en')
  article.paragraphs = paragraphs.map((paragraph, index) => ({...paragraph, index})) as never
  const file = {value: text, data: {article}} as never as {data: {sentenceWords?: Word[][]}}
  const transformer = (plugin as unknown as () => (tree: unknown, file: unknown) => void).call(undefined)
  transformer(undefined, file)
  return {
    sentences: article.sentences.map(({start, end, paragraph}) => ({start, end, paragraph})),
    words: (file.data.sentenceWords ?? []).map((words) => words.map(describe))
  }
}

function describe(word: Word): string {
  const flags = [word.joined && 'joined', word.spaceBefore && 'space', word.sentenceStart && 'start', word.titleCase && 'title', word.apostrophe && 'apostrophe'].filter(Boolean).join(',')
  return `${word.start}-${word.end} ${word.kind} ${word.sentence} [${flags}] ${JSON.stringify(word.value)}`
}

/** Paragraphs as blank lines separate them (the trimmed lines between), for texts written by hand or generated. */
export function blankLineParagraphs(text: string): Array<{start: number; end: number}> {
  const paragraphs: Array<{start: number; end: number}> = []
  let from = 0
  while (from < text.length) {
    let cut = text.indexOf('\n\n', from)
    if (cut < 0) cut = text.length
    let start = from
    let end = cut
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) paragraphs.push({start, end})
    from = cut + 2
  }
  return paragraphs
}
