/**
 * Reported (indirect) speech: "X says (that) ...", "X released a statement
 * saying ...", "X, who publicly stated that ...". The cue is the verb or
 * phrase (with a leading adverb and a following "that"), the content runs to
 * the end of the sentence, and the speaker is the cue's subject. A cue whose
 * words run into a direct quotation belongs to that quotation instead.
 * Writes `article.reportedSpeech`.
 */
import {lexicon} from './people-lexicon.ts'
import {sharedParagraphWords} from './gazetteer-words.ts'
import {buildContext, refreshContext, type ParagraphWords} from './speaker-context.ts'
import {clauseSubject, cueLength, isPunctuation, isQuoteMark, subjectBefore} from './speaker-phrases.ts'
import {resolveSpeaker} from './speaker-resolve.ts'
import type {RemarkPlugin, ReportedSpeech} from './types.ts'

/** Reported content shorter than this many words is a fragment, not speech. */
const minimumWords = 3
/** Longer sentences are not read for reported speech (and the bound keeps the scan linear). */
const maximumWords = 150
const adverb = /^\p{Ll}+ly$/u
const notContent = new Set([
  'of', 'in', 'at', 'on', 'during', 'after', 'before', 'into', 'to', 'for', 'with', 'about', 'from', 'by', 'while',
  'when', 'as', 'through', 'earlier', 'later', 'last', 'this', 'yesterday', 'today', 'tonight', 'recently', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'so', 'too', 'nothing', 'little', 'much', 'more',
  'again', 'repeatedly', 'afterward', 'afterwards', 'then', 'over', 'under', 'without', 'ago', 'instead', 'otherwise'
])

const findReportedSpeech: RemarkPlugin = function () {
  return function (_tree, file) {
    const article = file.data.article!
    const built = file.data.speakerContext
    const ctx = built ? refreshContext(built) : buildContext(article, String(file.value), file.data.sentenceWords, sharedParagraphWords(file))
    const posts = new Set(article.socialPosts.map((post) => post.paragraph))
    for (const pw of ctx.paragraphs) {
      if (posts.has(pw.index)) continue
      let v = 0
      while (v < pw.words.length) {
        const found = reportAt(pw, v)
        if (!found) {
          v++
          continue
        }
        const phrase = lexicon.participles.has(pw.words[v].lower) ? clauseSubject(pw, v, sentenceStart(pw, v)) : subjectBefore(pw, v, sentenceStart(pw, v))
        const speaker = phrase ? resolveSpeaker(ctx, phrase, pw.index) : undefined
        if (!phrase) {
          // "secretary of states to deny": a verb form without a subject is not a cue.
          v++
          continue
        }
        const speech: ReportedSpeech = {cue: found.cue, content: found.content}
        if (speaker) speech.speaker = speaker.id
        article.reportedSpeech.push(speech)
        v = found.next
      }
    }
  }
}

export default findReportedSpeech

function sentenceStart(pw: ParagraphWords, v: number): number {
  let k = v
  while (k > 0 && v - k < maximumWords && pw.words[k - 1].sentence === pw.words[v].sentence && !pw.quoted[k - 1]) k--
  return k
}

/** The cue and content of reported speech whose verb stands at `v`. */
function reportAt(pw: ParagraphWords, v: number): {cue: ReportedSpeech['cue']; content: ReportedSpeech['content']; next: number} | undefined {
  const {words, quoted} = pw
  if (quoted[v]) return undefined
  const length = cueLength(words, v)
  if (length === 0) return undefined
  const last = words[v + length - 1].lower
  if (length === 1 && !lexicon.reportingVerbs.has(last)) return undefined
  let cueStart = v
  if (v > 0 && adverb.test(words[v - 1].value) && !quoted[v - 1]) cueStart = v - 1
  let cueEnd = v + length
  if (words[cueEnd]?.lower === 'that') cueEnd++
  const first = words[cueEnd]
  if (!first || isPunctuation(first) || isQuoteMark(first) || first.sentence !== words[v].sentence) return undefined
  // "said 30 minutes into the debate", "said of Trump's plan", "said Monday": an adverbial, not what was said.
  if (notContent.has(first.lower) || /^\d/.test(first.value)) return undefined
  let end = cueEnd
  while (end < words.length && words[end].sentence === words[v].sentence) {
    if (quoted[end] || isQuoteMark(words[end]) || end - cueEnd > maximumWords) return undefined
    end++
  }
  while (end > cueEnd && isPunctuation(words[end - 1])) end--
  const contentWords = words.slice(cueEnd, end).filter((w) => !isPunctuation(w)).length
  if (contentWords < minimumWords) return undefined
  return {
    cue: {start: words[cueStart].start, end: words[cueEnd - 1].end},
    content: {start: words[cueEnd].start, end: words[end - 1].end},
    next: end
  }
}
