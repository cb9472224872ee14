/**
 * Speakers of direct quotations. The cue ("said", "told reporters",
 * "according to") is looked for, in this order: right after the quote
 * (`"...," X said` / `"...," said X` / `"...” ― X`), before it (`X said: "..."`,
 * `his reply would be, "..."`), further on in its sentence, at the end of the
 * previous paragraph (`X continued:`), as a transcript label (`"PENCE: ...`)
 * or as a dash byline in the next paragraph. Without a cue, the previous
 * quote's speaker carries over to a quote-only paragraph, else the person the
 * sentence before is about. Names, titles, pronouns and descriptions resolve
 * to entities in `speaker-resolve.ts`; the cue and the speaker's mention are
 * recorded. Also marks I/my/me inside an attributed quote and he/she outside
 * quotes as pronoun mentions of the person they stand for. */
import {lexicon} from './people-lexicon.ts'
import {sharedParagraphWords} from './gazetteer-words.ts'
import {buildContext, paragraphAt, wordAt, type ParagraphWords, type SpeakerContext} from './speaker-context.ts'
import {clauseSubject, cueLength, extendCue, isPunctuation, isQuoteMark, subjectAfter, subjectBefore, type SpeakerPhrase} from './speaker-phrases.ts'
import {addMentionIfFree, resolvePronoun, resolveSpeaker} from './speaker-resolve.ts'
import type {Entity, Quotation, RemarkPlugin, Span} from './types.ts'

interface Found {
  phrase: SpeakerPhrase
  cue: Span
}

const sentenceEnd = new Set(['.', '?', '!'])
/** Words that open a clause of its own after a quote ("..." - at which point the crowd chanted). */
const clauseOpeners = new Set(['when', 'which', 'while', 'whereupon'])
/** How far after the closing mark the cue verb may stand ("...,” he told reporters on Monday). */
const afterReach = 9
/** The most words a cue's clause is searched through, before or after a quote. */
const clauseReach = 80

const attributeSpeakers: RemarkPlugin = function () {
  return function (_tree, file) {
    const article = file.data.article!
    const ctx = buildContext(article, String(file.value), file.data.sentenceWords, sharedParagraphWords(file))
    let previous: {quote: Quotation; paragraph: number} | undefined
    // The quote before `previous` in the same paragraph, for a sentence broken by an interjection.
    let beforePrevious: Quotation | undefined
    for (const quote of article.quotations) {
      const first = paragraphAt(ctx, quote.pieces[0])
      const last = paragraphAt(ctx, quote.pieces[quote.pieces.length - 1])
      if (!first || !last) continue
      const found = cueAfter(last, quote.pieces[quote.pieces.length - 1].end, true) ??
        cueBefore(first, quote.pieces[0].start) ??
        cueAfter(last, quote.pieces[quote.pieces.length - 1].end, false) ??
        cueEndingPreviousParagraph(ctx, first, quote.pieces[0].start) ??
        transcriptSpeaker(first, quote.pieces[0]) ??
        bylineInNextParagraph(ctx, last, quote.pieces[quote.pieces.length - 1].end)
      let speaker: Entity | undefined
      if (found) {
        speaker = resolveSpeaker(ctx, found.phrase, first.index) ?? previousSpeakerFor(ctx, found.phrase, previous, first.index)
        quote.cue = found.cue
        if (speaker) quote.speakerMention = found.phrase.span
      }
      if (!speaker && previous && previous.quote.speaker && first.index - previous.paragraph <= 1 && !found) {
        // “Trump will build the wall” - at which point the crowd chanted “Build the wall!” - “and restore law and order”:
        // words that go on in lower case finish the unfinished sentence before the interjection.
        const unfinished = beforePrevious
        const resumed = unfinished?.speaker !== undefined && previous.paragraph === first.index && startsLowerCase(ctx, quote) && !endsSentence(ctx, unfinished) && endsSentence(ctx, previous.quote)
        speaker = ctx.byId.get(resumed && unfinished?.speaker ? unfinished.speaker : previous.quote.speaker)
      }
      if (!speaker && !found) {
        // "Trump spoke only in bromides. “We have to ...”": the person the sentence before is about.
        const subject = precedingSubject(ctx, first, quote.pieces[0].start)
        if (subject) {
          speaker = subject.entity
          quote.speakerMention = subject.span
        }
      }
      if (speaker) {
        quote.speaker = speaker.id
        markSpeakerPronouns(ctx, quote, speaker)
      }
      beforePrevious = previous && previous.paragraph === first.index ? previous.quote : undefined
      previous = {quote, paragraph: last.index}
    }
    markPronouns(ctx)
    // find-reported-speech reads the same words: it refreshes this context rather than building another.
    file.data.speakerContext = ctx
  }
}

export default attributeSpeakers

/** `"...," X said` or `"...," said X`; `near` keeps to the words right after the closing mark. */
function cueAfter(pw: ParagraphWords, end: number, near: boolean): Found | undefined {
  const {words, quoted} = pw
  let a = wordAt(words, end)
  while (a < words.length && (isQuoteMark(words[a]) || words[a].value === ',')) a++
  let hi = a
  // A cue stands within a clause's reach of the quote; the bound keeps long paragraphs linear.
  while (hi < words.length && hi - a < clauseReach && !quoted[hi] && !isQuoteMark(words[hi]) && !sentenceEnd.has(words[hi].value)) hi++
  // After a quote that ended its sentence ("...here.” Smith said"), the cue must follow at once.
  const closedSentence = /[.?!]$/.test(lastCharacterBefore(pw, end))
  const reach = near ? (closedSentence ? Math.min(hi, a + 5) : hi) : Math.min(hi, a + 16)
  // "...” ― Azucena Gonzàlez": a dash and the speaker's name.
  if (near && a < words.length && /^[―—–-]+$/.test(words[a].value) && !quoted[a]) {
    const phrase = subjectAfter(pw, a + 1, Math.min(words.length, a + 6))
    if (phrase && (phrase.kind === 'entity' || phrase.kind === 'name')) return {phrase, cue: {start: words[a].start, end: words[a].end}}
  }
  for (let v = a; v < reach; v++) {
    // "“That makes me smart,” when Clinton blasted him": a clause of its own, not the quote's cue.
    if (clauseOpeners.has(words[v].lower)) return undefined
    const length = cueLength(words, v)
    if (length === 0) continue
    const cueEnd = extendCue(words, v + length, hi)
    // "The candidate reiterated: “...”" introduces the next quote, not this one.
    if (words[cueEnd]?.value === ':' && v > a) return undefined
    // "...Holocaust.” He added, “So Israel ...”": after a finished sentence, a cue leading into another quote is that quote's.
    if (closedSentence && words[cueEnd]?.value === ',' && words[cueEnd + 1] && isQuoteMark(words[cueEnd + 1])) return undefined
    const cue = {start: words[v].start, end: words[cueEnd - 1].end}
    const verb = words[v].lower
    if ((v === a && lexicon.invertingVerbs.has(verb)) || verb === 'according') {
      const phrase = subjectAfter(pw, cueEnd, hi)
      if (phrase) return {phrase, cue}
      if (v === a) continue
    }
    const phrase = lexicon.participles.has(verb) ? clauseSubject(pw, v, a) : subjectBefore(pw, v, a)
    if (phrase && phrase.kind !== 'name') return {phrase, cue}
    // "...," Trump, the GOP front-runner ..., said: the phrase right after the closing mark.
    const opening = subjectAfter(pw, a, hi)
    if (opening && (opening.kind === 'entity' || opening.kind === 'pronoun')) return {phrase: opening, cue}
    if (phrase) return {phrase, cue}
    if (near && v - a > afterReach) return undefined
  }
  return undefined
}

/** `X said: "..."`, `According to X, "..."`, `his reply would be, "..."`: the last cue before the opening mark. */
function cueBefore(pw: ParagraphWords, start: number): Found | undefined {
  const {words, quoted} = pw
  let hi = wordAt(words, start)
  while (hi > 0 && isQuoteMark(words[hi - 1])) hi--
  let lo = hi
  // Back to the previous quotation's closing mark (marks of scare quotes do not stop the search).
  while (lo > 0 && hi - lo < clauseReach && !quoted[lo - 1] && !(isQuoteMark(words[lo - 1]) && lo >= 2 && quoted[lo - 2])) lo--
  let lastSentenceEnd = -1
  for (let k = hi - 1; k >= lo && lastSentenceEnd < 0; k--) if (sentenceEnd.has(words[k].value)) lastSentenceEnd = k
  for (let v = hi - 1; v >= lo; v--) {
    const length = cueLength(words, v)
    const noun = length === 0 && lexicon.nounCues.has(words[v].lower) && /[:,]/.test(words[hi - 1]?.value ?? '')
    if (length === 0 && !noun) continue
    // A sentence ending between the cue and the quote leaves the cue to its own sentence.
    if (lastSentenceEnd >= v && hi - v > 3) continue
    const cueEnd = extendCue(words, v + Math.max(length, 1), hi)
    const cue = {start: words[v].start, end: words[cueEnd - 1].end}
    if (words[v].lower === 'according') {
      const phrase = subjectAfter(pw, v + length, hi)
      if (phrase) return {phrase, cue}
    }
    if (noun) {
      // "his reply would be, ..." / "in a statement: ..." : the owner of the noun, else the sentence's subject.
      // "Clinton’s response was:": the person whose noun it is.
      const possessor = pw.mentionOf[v - 1]
      if (possessor && possessor.entity.type === 'Person' && /[’']s$/.test(words[v - 1].value)) {
        return {phrase: {kind: 'entity', entity: possessor.entity, span: {start: possessor.mention.start, end: possessor.mention.end}}, cue}
      }
      const owner = words[v - 1] && lexicon.pronounGender.has(words[v - 1].lower) ? words[v - 1] : undefined
      if (owner && ['his', 'her', 'their'].includes(owner.lower)) {
        const subject = earlierCue(pw, v, lo)
        // The cue runs on to the words that lead into the quote ("his reply would be").
        let last = hi - 1
        while (last > v && isPunctuation(words[last])) last--
        if (subject) return {phrase: subject.phrase, cue: {start: subject.cue.start, end: words[last].end}}
        return {phrase: {kind: 'pronoun', pronoun: owner.value === 'his' ? 'he' : owner.value === 'her' ? 'she' : 'they', span: owner}, cue}
      }
      continue
    }
    const verb = words[v].lower
    const subject = lexicon.participles.has(verb) ? clauseSubject(pw, v, lo) : subjectBefore(pw, v, lo)
    const inverted = !subject && lexicon.invertingVerbs.has(verb) && !isPunctuation(words[cueEnd] ?? words[v]) ? subjectAfter(pw, cueEnd, hi) : undefined
    const phrase = subject ?? inverted
    if (phrase) return {phrase, cue}
  }
  // "Republican pollster Daron Shaw: “...”": a name and a colon before the quote.
  if (hi - 1 > lo && words[hi - 1].value === ':') {
    const phrase = subjectBefore(pw, hi - 1, lo)
    const cue = {start: words[hi - 1].start, end: words[hi - 1].end}
    if (phrase && (phrase.kind === 'entity' || phrase.kind === 'description')) return {phrase, cue}
    // "Clinton has since apologized for what happened:": the sentence's subject.
    const subject = clauseSubject(pw, hi - 1, lo)
    if (subject && subject.kind === 'entity' && subject.entity.type === 'Person') return {phrase: subject, cue}
  }
  return undefined
}

/** A speech verb earlier in the same stretch, with its subject ("Hosemann, a Republican, says that ..."). */
function earlierCue(pw: ParagraphWords, before: number, lo: number): Found | undefined {
  for (let v = before - 1; v >= lo; v--) {
    if (sentenceEnd.has(pw.words[v].value)) return undefined
    const length = cueLength(pw.words, v)
    if (length === 0) continue
    const phrase = subjectBefore(pw, v, lo)
    if (phrase) return {phrase, cue: {start: pw.words[v].start, end: pw.words[v + length - 1].end}}
  }
  return undefined
}

/** "Caddell continued:" as the previous paragraph, or its last sentence ending in a colon. */
function cueEndingPreviousParagraph(ctx: SpeakerContext, pw: ParagraphWords, start: number): Found | undefined {
  const {words} = pw
  let first = wordAt(words, start)
  while (first > 0 && isQuoteMark(words[first - 1])) first--
  if (first > 0) return undefined
  const previous = ctx.paragraphs[pw.index - 1]
  if (!previous || previous.words.length === 0 || previous.words[previous.words.length - 1].value !== ':') return undefined
  return cueBefore(previous, previous.words[previous.words.length - 1].end)
}

/** I, me, my inside the quote stand for its speaker. */
function markSpeakerPronouns(ctx: SpeakerContext, quote: Quotation, speaker: Entity): void {
  if (speaker.type !== 'Person') return
  for (const piece of quote.pieces) {
    const pw = paragraphAt(ctx, piece)
    if (!pw) continue
    for (let k = wordAt(pw.words, piece.start); k < pw.words.length && pw.words[k].end <= piece.end; k++) {
      const word = pw.words[k]
      if (word.value === 'I' || word.value === 'my' || word.value === 'My' || word.value === 'me') {
        addMentionIfFree(ctx, speaker, {start: word.start, end: word.end, kind: 'pronoun'})
      }
    }
  }
}

/** he/she/his/her outside quotations: a pronoun mention of the person it stands for. */
function markPronouns(ctx: SpeakerContext): void {
  for (const pw of ctx.paragraphs) {
    pw.words.forEach((word, k) => {
      if (pw.quoted[k]) return
      const gender = lexicon.pronounGender.get(word.lower)
      if (gender !== 'male' && gender !== 'female') return
      const person = resolvePronoun(ctx, word.value, word.start, pw.index, false)
      if (person && person.type === 'Person' && person.name) addMentionIfFree(ctx, person, {start: word.start, end: word.end, kind: 'pronoun'})
    })
  }
}

/** A transcript line: the quote starts with the speaker's name in capitals and a colon ("PENCE: Well, ..."). */
function transcriptSpeaker(pw: ParagraphWords, piece: Span): Found | undefined {
  const {words} = pw
  const k = wordAt(words, piece.start)
  const name = words[k]
  if (!name || name.start !== piece.start || words[k + 1]?.value !== ':' || !/^\p{Lu}{2,}$/u.test(name.value)) return undefined
  const value = name.value[0] + name.value.slice(1).toLowerCase()
  return {phrase: {kind: 'name', words: [value], span: {start: name.start, end: name.end}}, cue: {start: words[k + 1].start, end: words[k + 1].end}}
}

/** "“...,” he added": a pronoun right after another quote usually keeps that quote's speaker. */
function previousSpeakerFor(ctx: SpeakerContext, phrase: SpeakerPhrase, previous: {quote: Quotation; paragraph: number} | undefined, paragraph: number): Entity | undefined {
  if (phrase.kind !== 'pronoun' || !previous?.quote.speaker || paragraph - previous.paragraph > 1) return undefined
  const gender = lexicon.pronounGender.get(phrase.pronoun.toLowerCase())
  const speaker = ctx.byId.get(previous.quote.speaker)
  if (!speaker || speaker.type !== 'Person' || (gender !== 'male' && gender !== 'female')) return undefined
  return !speaker.gender || speaker.gender === gender ? speaker : undefined
}

function startsLowerCase(ctx: SpeakerContext, quote: Quotation): boolean {
  return /^\p{Ll}/u.test(ctx.text.slice(quote.pieces[0].start, quote.pieces[0].start + 1))
}

/** Whether the quote's words end a sentence ("Build the wall!"). */
function endsSentence(ctx: SpeakerContext, quote: Quotation): boolean {
  const end = quote.pieces[quote.pieces.length - 1].end
  return /[.?!]/.test(ctx.text.slice(Math.max(0, end - 1), end))
}

/** The quoted words' last character before `end` (the closing mark). */
function lastCharacterBefore(pw: ParagraphWords, end: number): string {
  return pw.text({start: Math.max(0, end - 1), end})
}

/** A quote that ends its paragraph, then "-President Obama, tweeting after ..." as the next one. */
function bylineInNextParagraph(ctx: SpeakerContext, pw: ParagraphWords, end: number): Found | undefined {
  let a = wordAt(pw.words, end)
  while (a < pw.words.length && isPunctuation(pw.words[a])) a++
  if (a < pw.words.length) return undefined
  const next = ctx.paragraphs[pw.index + 1]
  const dash = next?.words[0]
  if (!next || !dash || !/^[―—–-]+$/.test(dash.value)) return undefined
  const phrase = subjectAfter(next, 1, Math.min(next.words.length, 7))
  return phrase && (phrase.kind === 'entity' || phrase.kind === 'name') ? {phrase, cue: {start: dash.start, end: dash.end}} : undefined
}

/** The first person named (outside quotations) in the sentence just before the quote, in its paragraph or the one before. */
function precedingSubject(ctx: SpeakerContext, pw: ParagraphWords, start: number): {entity: Entity; span: Span} | undefined {
  let k = wordAt(pw.words, start) - 1
  while (k >= 0 && (isQuoteMark(pw.words[k]) || isPunctuation(pw.words[k]))) k--
  let words = pw
  if (k < 0) {
    const previous = ctx.paragraphs[pw.index - 1]
    if (!previous || previous.words.length === 0) return undefined
    words = previous
    k = previous.words.length - 1
  }
  if (words.quoted[k]) return undefined
  const sentence = words.words[k].sentence
  let from = k
  while (from > 0 && k - from < 60 && words.words[from - 1].sentence === sentence) from--
  for (let j = from; j <= k; j++) {
    const ref = words.mentionOf[j]
    if (ref && !words.quoted[j] && ref.entity.type === 'Person' && ref.entity.name) return {entity: ref.entity, span: {start: ref.mention.start, end: ref.mention.end}}
  }
  return undefined
}
