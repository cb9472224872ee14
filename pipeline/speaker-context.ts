/**
 * What speaker attribution looks at: each paragraph's words in order, which
 * entity mention (if any) every word belongs to, and which words stand inside
 * a quotation. Built once per article from the sentences' words.
 */
import type {Word} from './people-words.ts'
import {MentionIndex} from './people-mention-index.ts'
import type {ArticleData, Entity, Mention, Span} from './types.ts'
import {firstStartingAt} from './lower-bound.ts'
import {sortByOffset} from './offset-sort.ts'
import {paragraphWords} from './gazetteer-words.ts'

export interface MentionRef {
  entity: Entity
  mention: Mention
}

export interface ParagraphWords {
  index: number
  words: Word[]
  /** For each word, the mention it lies in. */
  mentionOf: Array<MentionRef | undefined>
  /** For each word, 1 when it lies inside a quotation piece (read as a truth value). */
  quoted: Uint8Array
  /** The article text of a span. */
  text: (span: Span) => string
}

export interface SpeakerContext {
  article: ArticleData
  text: string
  paragraphs: ParagraphWords[]
  /** Where mentions stand, to refuse overlaps; built on first use (`contextOf`). */
  readonly index: MentionIndex
  /** Entity ids in use. */
  taken: Set<string>
  byId: Map<string, Entity>
  /** Description speakers by their description without its article ("campaign spokesman"). */
  byDescription: Map<string, Entity>
  /** Named people by surname, lower-cased. */
  bySurname: Map<string, Entity>
  /** Mentions added since `mentionOf` was assigned (`addMentionIfFree`), for `refreshContext`. */
  added: MentionRef[]
  /** Organizations and places by name, filled on first use (`speaker-resolve.ts`). */
  otherNames?: Map<string, Entity>
  /** One person per family named in full, filled on first use (`speaker-resolve.ts`). */
  families?: Entity[]
}

/**
 * `sentenceWords`: `file.data.sentenceWords`, the words of `article.sentences`
 * (segment-sentences must have run); `byParagraph`: the same words by
 * paragraph (`sharedParagraphWords`), when another stage has joined them.
 */
export function buildContext(article: ArticleData, text: string, sentenceWords: Word[][] | undefined, byParagraph?: Word[][]): SpeakerContext {
  if (!sentenceWords) throw new Error('Unexpected missing `file.data.sentenceWords`, expected `segment-sentences` to run first')
  const wordsByParagraph = byParagraph ?? paragraphWords(article, sentenceWords)
  const byStart = refsByStart(article)
  const mentions = longestFirst(byStart)
  // Quotations come in reading order, their pieces too: the linear sort only confirms it.
  const pieces = sortByOffset(article.quotations.flatMap((q) => q.pieces), (piece) => piece.start)
  const textOf = (span: Span) => text.slice(span.start, span.end)
  const paragraphs = article.paragraphs.map((paragraph) => {
    const words = wordsByParagraph[paragraph.index] ?? []
    return {index: paragraph.index, words, mentionOf: assign(words, mentions), quoted: insidePieces(words, pieces), text: textOf}
  })
  return contextOf(article, text, paragraphs, () => byStart)
}

/**
 * The context as `buildContext` would build it now, from one built before
 * entities and mentions were added (attribute-speakers' for
 * find-reported-speech): the words, their quotation flags and their mentions
 * stay (joining and assigning them is most of the building on a long
 * article), the lookups are made again. An added mention overlaps no other
 * (`addMentionIfFree`), so its words are its own: each of them gets one
 * shared ref, as `assign` gives, pronouns included.
 */
export function refreshContext(ctx: SpeakerContext): SpeakerContext {
  for (const ref of ctx.added) {
    const pw = paragraphAt(ctx, ref.mention)
    // Outside any one paragraph: assign every word afresh (never seen; kept for exactness).
    if (!pw) return buildFromWords(ctx)
    for (let k = wordAt(pw.words, ref.mention.start); k < pw.words.length && pw.words[k].end <= ref.mention.end; k++) pw.mentionOf[k] = ref
  }
  return contextOf(ctx.article, ctx.text, ctx.paragraphs, () => refsByStart(ctx.article))
}

/** A context over the same paragraphs' words, every word's mention assigned again. */
function buildFromWords(ctx: SpeakerContext): SpeakerContext {
  const byStart = refsByStart(ctx.article)
  const mentions = longestFirst(byStart)
  const paragraphs = ctx.paragraphs.map((pw) => ({...pw, mentionOf: assign(pw.words, mentions)}))
  return contextOf(ctx.article, ctx.text, paragraphs, () => byStart)
}

/** The article's mentions with their entities, by start; those that start together as the entities list them. */
function refsByStart(article: ArticleData): MentionRef[] {
  const refs: MentionRef[] = []
  for (const entity of article.entities) for (const mention of entity.mentions) refs.push({entity, mention})
  return sortByOffset(refs, (ref) => ref.mention.start)
}

/**
 * The order `assign` reads mentions in: by start, the longer first, then as
 * the entities list them (a stable sort by start and end descending). From
 * `refsByStart`, only mentions that start together are sorted again.
 */
function longestFirst(byStart: MentionRef[]): MentionRef[] {
  const sorted = byStart.slice()
  for (let from = 0; from < sorted.length; ) {
    let to = from + 1
    while (to < sorted.length && sorted[to].mention.start === sorted[from].mention.start) to++
    if (to - from > 1) {
      const group = sorted.slice(from, to).sort((a, b) => b.mention.end - a.mention.end)
      for (let k = from; k < to; k++) sorted[k] = group[k - from]
    }
    from = to
  }
  return sorted
}

/**
 * `MentionIndex.of(article)`, given the mentions already in order: the
 * index's own (stable) sort by start then only checks them, instead of
 * sorting 200,000 mentions of a 10 MB article with a comparator.
 */
function mentionIndex(article: ArticleData, byStart: MentionRef[]): MentionIndex {
  const people: Mention[] = []
  const others: Mention[] = []
  for (const {entity, mention} of byStart) (entity.type === 'Person' ? people : others).push(mention)
  return new MentionIndex(article.paragraphs, others, people)
}

/**
 * A context over `paragraphs` with the article's lookups. The mention index
 * is built on its first use: find-reported-speech may add no mention at all,
 * and the index of a 10 MB article's 200,000 mentions is a tenth of a second.
 * Built late, it is the same index: mentions are only added through
 * `addMentionIfFree`, which asks the index first, so the article's mentions
 * are still those of now when it is built (`byStart` gives them in order).
 */
function contextOf(article: ArticleData, text: string, paragraphs: ParagraphWords[], byStart: () => MentionRef[]): SpeakerContext {
  let index: MentionIndex | undefined
  return {
    article,
    text,
    paragraphs,
    get index() {
      index ??= mentionIndex(article, byStart())
      return index
    },
    taken: new Set(article.entities.map((e) => e.id)),
    byId: new Map(article.entities.map((e) => [e.id, e])),
    byDescription: descriptions(article),
    bySurname: surnames(article),
    added: []
  }
}

/** The paragraph's words holding `span` (binary search over the paragraphs). */
export function paragraphAt(ctx: SpeakerContext, span: Span): ParagraphWords | undefined {
  const list = ctx.article.paragraphs
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (list[mid].end < span.start) low = mid + 1
    else high = mid
  }
  const paragraph = list[low]
  return paragraph && paragraph.start <= span.start && span.end <= paragraph.end ? ctx.paragraphs[paragraph.index] : undefined
}

/** Two-pointer assignment of words to the (person first) mention covering them. */
function assign(words: Word[], mentions: MentionRef[]): Array<MentionRef | undefined> {
  // Start at the paragraph: mentions before it have ended (none crosses a paragraph).
  let cursor = words.length > 0 ? firstEndingAfter(mentions, words[0].start) : 0
  // map: an array of exactly the words' length.
  return words.map((word) => {
    while (cursor < mentions.length && mentions[cursor].mention.end <= word.start) cursor++
    let found: MentionRef | undefined
    for (let k = cursor; k < mentions.length && mentions[k].mention.start <= word.start; k++) {
      const ref = mentions[k]
      if (ref.mention.end >= word.end && (!found || (ref.entity.type === 'Person' && found.entity.type !== 'Person'))) found = ref
    }
    return found
  })
}

/** For each word, 1 when a piece covers it (one byte a word, not an eight-byte boolean slot); pieces are sorted and never overlap. */
function insidePieces(words: Word[], pieces: Span[]): Uint8Array {
  let low = 0
  let high = pieces.length
  const from = words.length > 0 ? words[0].start : 0
  while (low < high) {
    const mid = (low + high) >> 1
    if (pieces[mid].end < from) low = mid + 1
    else high = mid
  }
  let cursor = low
  const quoted = new Uint8Array(words.length)
  words.forEach((word, k) => {
    while (cursor < pieces.length && pieces[cursor].end < word.end) cursor++
    const piece = pieces[cursor]
    if (piece !== undefined && piece.start <= word.start && word.end <= piece.end) quoted[k] = 1
  })
  return quoted
}

/** Index of the first word starting at or after `offset` (words.length if none). */
export const wordAt: (words: readonly Word[], offset: number) => number = firstStartingAt

function descriptions(article: ArticleData): Map<string, Entity> {
  const map = new Map<string, Entity>()
  for (const e of article.entities) if (e.description && !e.name) map.set(e.description.toLowerCase().replace(/^(a|an|the|one|another) /, ''), e)
  return map
}

function surnames(article: ArticleData): Map<string, Entity> {
  const map = new Map<string, Entity>()
  for (const e of article.entities) {
    if (e.type !== 'Person' || !e.name) continue
    const last = e.name.toLowerCase().split(' ').pop()!
    if (!map.has(last)) map.set(last, e)
  }
  return map
}

/** Index of the first mention (sorted by start) starting at or after `offset`, the paragraph's first word. */
function firstEndingAfter(mentions: MentionRef[], offset: number): number {
  let low = 0
  let high = mentions.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (mentions[mid].mention.start < offset) low = mid + 1
    else high = mid
  }
  // A mention never crosses a paragraph, so none that starts before this paragraph covers its words.
  return low
}
