/**
 * The shapes every stage shares: what an article carries in `file.data`, the
 * custom mdast nodes the annotation stage inserts, and the plugin aliases.
 *
 * Offsets: every `Span` is a pair of UTF-16 offsets into `String(file.value)`,
 * the article text after decoding and newline normalisation (see
 * `parse-wire-text.ts`); `end` is exclusive. Stages record spans, never copies
 * of text, so the HTML and the JSON-LD can always be traced back to the source.
 */
import type {Root as MdastRoot} from 'mdast'
import type {Root as HastRoot} from 'hast'
import type {Plugin} from 'unified'
import type {Graph} from 'schema-dts'
import type {Location} from 'vfile-location'
import type {PipelineConfig} from './config.ts'

/** A half-open range `[start, end)` of UTF-16 offsets into the article text. */
export interface Span {
  start: number
  end: number
}

/** One paragraph of the body; `index` counts from 0 in reading order. */
export interface Paragraph extends Span {
  index: number
}

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace'

/** A sentence within one paragraph; its words are in `file.data.sentenceWords` while the rule stages run. */
export interface Sentence extends Span {
  paragraph: number
}

export type EntityType = 'Person' | 'Organization' | 'Place'

/** How an entity is named at one place in the text. */
export interface Mention extends Span {
  kind: 'name' | 'surname' | 'title' | 'pronoun' | 'handle' | 'description' | 'alias'
}

/**
 * One real-world thing, however many times and ways the article names it.
 * `id` is the local key and the `@id` fragment in JSON-LD and HTML
 * (`person-delbert-hosemann`, `org-republican-party`, `place-mississippi`).
 */
export interface Entity {
  id: string
  type: EntityType
  /** Full name as the text gives it; absent for a speaker known only by a description. */
  name?: string
  /** "a campaign spokesman": kept as said, never turned into a name. */
  description?: string
  /** "Secretary of State", "Governor". */
  jobTitle?: string
  /** The place a title belongs to ("Mississippi" in "Mississippi Secretary of State"). */
  jurisdiction?: string
  /** Entity id of an Organization (a party, an employer). */
  affiliation?: string
  /** A social handle with the `@`, e.g. "@GovernorVA". */
  handle?: string
  gender?: 'male' | 'female'
  mentions: Mention[]
}

/** A direct quotation. `start`/`end` cover the quoted words, quote marks excluded. */
export interface Quotation extends Span {
  /** Local key and `@id` fragment: `quote-1`, `quote-2`, ... in reading order. */
  id: string
  /** One span per paragraph the quote runs through (marks excluded). */
  pieces: Span[]
  /** Entity id of the speaker, when one is found. */
  speaker?: string
  /** The words in the text that name the speaker for this quote ("Hosemann", "he"). */
  speakerMention?: Span
  /** The cue ("said in a statement", "according to"). */
  cue?: Span
}

/** Indirect speech: "X says (that) ...". */
export interface ReportedSpeech {
  speaker?: string
  cue: Span
  content: Span
}

/** A date in the text, resolved to a calendar day (YYYY-MM-DD). */
export interface DateMention extends Span {
  value: string
}

/** A social media post pasted as text: `body — Name (@handle) Month D, YYYY`. */
export interface SocialPost extends Span {
  id: string
  paragraph: number
  /** The post's own words. */
  body: Span
  /** Entity id of the author (a Person or Organization). */
  author?: string
  authorName: string
  handle: string
  /** YYYY-MM-DD */
  datePublished?: string
  /** Handles mentioned in the body, with the `@`. */
  mentionedHandles: string[]
  /** Links in the body, as written (`pic.twitter.com/xkmCs2IbBP`). */
  links: string[]
}

/** What the header, the date marker, the title line and front matter say. */
export interface ArticleMeta {
  headline?: string
  /** The deck: the second line of a two-line title. */
  alternativeHeadline?: string
  /** True when the headline was taken from the lead (a warning says so). */
  headlineInferred: boolean
  /** YYYY-MM-DD or an ISO 8601 date-time. */
  datePublished?: string
  dateModified?: string
  /** Where the `date` marker's value stands in the text. */
  dateMarker?: Span
  /** Where the title line stands, when there is one. */
  title?: Span
  authors: string[]
  url?: string
  section?: string
  images: string[]
  inLanguage: string
  keywords: string[]
  /** `WASHINGTON (AP) —` at the start of the first paragraph, and the place it names. */
  dateline?: Span & {text: string; place?: string}
}

/** Everything recognised in one article. Stages fill it in `file.data.article`. */
export interface ArticleData {
  meta: ArticleMeta
  paragraphs: Paragraph[]
  sentences: Sentence[]
  entities: Entity[]
  quotations: Quotation[]
  reportedSpeech: ReportedSpeech[]
  dates: DateMention[]
  socialPosts: SocialPost[]
}

declare module 'vfile' {
  interface DataMap {
    /** The article as recognised, filled by the stages in order. */
    article: ArticleData
    /** The schema.org graph built by `build-jsonld`. */
    jsonld: Graph
    /** The canonical URL of the article (configured base URL + slug, or front matter `url`). */
    canonicalUrl: string
    /** The config the article was built with. */
    config: PipelineConfig
    /** The decoded article text every span indexes (`file.value` becomes the HTML). */
    text: string
    /** The output path without extension, relative to the output folder; also the URL slug. */
    slug: string
    /** Offset <-> line/column index of the article text, built by the parser. */
    location: Location
    /**
     * Each sentence's words (index = index in `article.sentences`), built by
     * `segment-sentences`, read by the rule stages up to `find-reported-speech`,
     * then dropped (`releaseWords`).
     */
    sentenceWords: import('./words.ts').Word[][]
    /** Each paragraph's words (`sharedParagraphWords` in `gazetteer-words.ts`), joined once for the rule stages, dropped with the words (`releaseWords`). */
    paragraphWords: import('./words.ts').Word[][]
    /** Built by `attribute-speakers`, refreshed by `find-reported-speech`, dropped with the words (`releaseWords`). */
    speakerContext: import('./speaker-context.ts').SpeakerContext
  }
}

/**
 * A recognised span to mark up in the HTML, with the spans nested inside it:
 * `mark-annotations` puts them on each paragraph node (`data.annotated`), and
 * the paragraph handler of `annotate-html` turns them into elements. Kept as
 * data of the paragraph rather than as phrasing nodes: on a 10 MB article the
 * inline nodes were a sixth of the heap and most of remark-rehype's time.
 */
export interface Annotation extends Span {
  kind: 'quotation' | 'mention' | 'date'
  /** Quotation id, entity id, or the ISO date. */
  ref: string
  /** For quotations: the speaker's entity id. For quotation pieces after the first: true. */
  speaker?: string
  continued?: boolean
  /** For mentions: the entity type. */
  entityType?: EntityType
  /** The annotations inside this one, in reading order. */
  children: Annotation[]
}

/** A paragraph's annotations; its one text node holds the text from offset `start` on. */
export interface AnnotatedText {
  start: number
  annotations: Annotation[]
}

/** A social post paragraph, replaced as a whole: its body, then a footer paragraph. */
export interface SocialPostNode {
  type: 'socialPost'
  ref: string
  children: Array<import('mdast').Paragraph>
  position?: import('unist').Position
}

declare module 'mdast' {
  interface RootContentMap {
    socialPost: SocialPostNode
  }
  interface BlockContentMap {
    socialPost: SocialPostNode
  }
  interface ParagraphData {
    /** The paragraph's annotations, set by `mark-annotations`. */
    annotated?: AnnotatedText
  }
}

declare module 'hast' {
  interface ElementData {
    /** Serialize this element's children one by one, apart from the document (`compile-in-pieces.ts`). */
    compileInPieces?: boolean
  }
}

export type RemarkPlugin<Options = undefined> = Plugin<
  Options extends undefined ? [] : [Options?],
  MdastRoot
>
export type RehypePlugin<Options = undefined> = Plugin<
  Options extends undefined ? [] : [Options?],
  HastRoot
>

/** The article data an early stage starts from. */
export function emptyArticle(inLanguage: string): ArticleData {
  return {
    meta: {headlineInferred: false, authors: [], images: [], inLanguage, keywords: []},
    paragraphs: [],
    sentences: [],
    entities: [],
    quotations: [],
    reportedSpeech: [],
    dates: [],
    socialPosts: []
  }
}
