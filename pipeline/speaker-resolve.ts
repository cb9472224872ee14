/**
 * Turns a speaker phrase into an entity id: mentions are their entity;
 * he/she go to the nearest earlier person of that gender named outside a
 * quotation; a description ("a campaign spokesman", "the White House")
 * becomes an entity of its own with `description` and no name, unless it is an
 * epithet ("the Vermont senator") the text says fits one person named before
 * (`speaker-epithets.ts`); a capitalised
 * name nobody recognised becomes a Person with exactly those words.
 */
import {lexicon} from './people-lexicon.ts'
import {uniqueIdIn} from './people-entities.ts'
import {isOrganizationShaped} from './people-names.ts'
import {isGroupWord, isOrganizationShortName} from './people-not-people.ts'
import {slugify} from './slug.ts'
import {epithetHolder} from './speaker-epithets.ts'
import {paragraphAt, wordAt, type ParagraphWords, type SpeakerContext} from './speaker-context.ts'
import {cueLength, isPunctuation, type SpeakerPhrase} from './speaker-phrases.ts'
import type {Entity} from './types.ts'

/** How many paragraphs back a pronoun may look for its person. */
const pronounReach = 4
/** How many words back a pronoun may look. */
const pronounWordReach = 400

export function resolveSpeaker(ctx: SpeakerContext, phrase: SpeakerPhrase, paragraph: number): Entity | undefined {
  switch (phrase.kind) {
    case 'entity':
      return phrase.entity
    case 'pronoun':
      return resolvePronoun(ctx, phrase.pronoun, phrase.span.start, paragraph)
    case 'description':
      return describedEntity(ctx, phrase.text, phrase.organization, phrase.span)
    case 'name':
      return namedEntity(ctx, phrase.words, phrase.span)
  }
}

/**
 * The person a pronoun stands for: going back sentence by sentence (quoted
 * words skipped), the nearest sentence that has a compatible mention or a
 * pronoun of the same gender as its subject. In that sentence, a person who
 * speaks ("Woolson said") comes first, then the sentence's subject: the first
 * mention that is neither the object of a preposition, a possessive ("As for
 * Carson's mangling ..., Levine found") nor inside a leading "When ...,"
 * clause. A subject that is itself "he"/"she" hands over to that pronoun's own
 * person ("She says ... Machado ... She tweeted:" keeps to the first she).
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, offset: number, paragraph: number, lenient = true): Entity | undefined {
  const gender = lexicon.pronounGender.get(pronoun === 'I' ? 'I' : pronoun.toLowerCase())
  if (gender !== 'male' && gender !== 'female' && gender !== 'plural') return undefined
  // A gender guessed from a given name can be wrong ("Terry"); with no person of that gender near, any person will do.
  const strict = nearestFor(ctx, gender, offset, paragraph, true, 0)
  return strict ?? (gender === 'plural' || !lenient ? undefined : nearestFor(ctx, gender, offset, paragraph, false, 0))
}

/** One candidate in a sentence: a compatible mention, or a subject pronoun of the same gender (`entity` absent). */
interface Candidate {
  word: number
  paragraph: number
  entity?: Entity
  speaks: boolean
  oblique: boolean
}

/** `budget`: words left to read, shared by the pronouns handed over to, so one pronoun reads at most (pronounChain + 1) * pronounWordReach words. */
function nearestFor(ctx: SpeakerContext, gender: 'male' | 'female' | 'plural', offset: number, paragraph: number, strict: boolean, depth: number, budget = {left: pronounWordReach * (pronounChain + 1)}): Entity | undefined {
  let sentence = -1
  let candidates: Candidate[] = []
  let sentenceStart: {pw: ParagraphWords; word: number} | undefined
  const subjectPronoun = gender === 'male' ? 'he' : gender === 'female' ? 'she' : undefined
  const choose = (): Entity | undefined => {
    if (candidates.length === 0 || !sentenceStart) return undefined
    // Candidates were collected backwards; read them in order.
    candidates.reverse()
    const leading = leadingClauseEnd(sentenceStart.pw, sentenceStart.word)
    const inLeading = (c: Candidate) => c.paragraph === sentenceStart!.pw.index && c.word < leading
    const ranks = [
      candidates.find((c) => c.speaks && !c.oblique && !inLeading(c)),
      candidates.find((c) => !c.oblique && !inLeading(c)),
      candidates.find((c) => !c.oblique),
      candidates.find((c) => c.entity)
    ]
    let handedOver = false
    for (const ranked of ranks) {
      if (ranked?.entity) return ranked.entity
      if (!ranked || handedOver || depth >= pronounChain) continue
      handedOver = true
      const chained = nearestFor(ctx, gender, ctx.paragraphs[ranked.paragraph].words[ranked.word].start, ranked.paragraph, strict, depth + 1, budget)
      if (chained) return chained
    }
    return undefined
  }
  // A pronoun's person is named within a few sentences; the bounds keep long texts linear.
  let own = pronounWordReach
  for (let p = paragraph; p >= 0 && p > paragraph - pronounReach; p--) {
    const pw = ctx.paragraphs[p]
    if (!pw) continue
    for (let k = pw.words.length - 1; k >= 0; k--) {
      const word = pw.words[k]
      if (word.start >= offset) continue
      if (--own < 0 || --budget.left < 0) return choose()
      if (word.sentence !== sentence) {
        const chosen = choose()
        if (chosen) return chosen
        candidates = []
        sentence = word.sentence
      }
      sentenceStart = {pw, word: k}
      if (pw.quoted[k]) continue
      const ref = pw.mentionOf[k]
      if (!ref) {
        if (subjectPronoun && word.lower === subjectPronoun) {
          candidates.push({word: k, paragraph: p, speaks: k + 1 < pw.words.length && cueLength(pw.words, k + 1) > 0, oblique: false})
        }
        continue
      }
      // One candidate per mention, taken at its first word.
      if (k > 0 && pw.mentionOf[k - 1] === ref) continue
      if (!(strict ? compatible(ref.entity, gender) : compatible(ref.entity, gender) || (ref.entity.type === 'Person' && Boolean(ref.entity.name)))) continue
      const after = wordAt(pw.words, ref.mention.end)
      const next = pw.words[after]
      // "Woolson said": a person who speaks in that sentence outranks its first-named one.
      const speaks = Boolean(next && !pw.mentionOf[after] && (cueLength(pw.words, after) > 0 || introduced(pw, after)))
      candidates.push({word: k, paragraph: p, entity: ref.entity, speaks, oblique: isOblique(pw, k, after)})
    }
  }
  return choose()
}

/** How many pronouns a pronoun may hand over through ("she ... She ... she said"). */
const pronounChain = 3

const subordinators = new Set(['when', 'while', 'as', 'after', 'before', 'although', 'though', 'if', 'because', 'since', 'once', 'until', 'unless', 'whereas'])
const objectPrepositions = new Set(['for', 'of', 'to', 'with', 'about', 'against', 'under', 'from', 'by', 'on', 'at', 'in', 'into', 'toward', 'towards', 'behind', 'than', 'like', 'between', 'among', 'over', 'after', 'before', 'via', 'including', 'without'])

/** The object of a preposition ("with Rusty Humphries") or a possessive ("Carson's mangling") is not a sentence's subject. */
function isOblique(pw: ParagraphWords, first: number, after: number): boolean {
  // "with Rusty Humphries", "with radio host Carl Dunn": a preposition right before the name or before the title leading to it.
  const before = pw.words[first - 1]
  const titled = before && !pw.mentionOf[first - 1] && (lexicon.descriptionHeads.has(before.lower) || lexicon.lowercaseTitles.has(before.lower) || before.capitalized)
  for (let j = first - 1; j >= 0 && first - j <= (titled ? 4 : 1); j--) {
    const word = pw.words[j]
    if (isPunctuation(word) || pw.mentionOf[j]) break
    // "According to Ham, ...": the source of what follows, not an object.
    if (objectPrepositions.has(word.lower)) return !(word.lower === 'to' && pw.words[j - 1]?.lower === 'according')
  }
  const last = pw.words[after - 1]
  return /[’']s$/.test(last?.value ?? '') || /^[’']s$/.test(pw.words[after]?.value ?? '')
}

/** In a sentence opening with "When ...," / "While ...,", the index of the comma that ends that clause (-1 if none). */
function leadingClauseEnd(pw: ParagraphWords, first: number): number {
  if (!subordinators.has(pw.words[first]?.lower ?? '')) return -1
  const sentence = pw.words[first].sentence
  for (let k = first + 1; k < pw.words.length && k - first < 60 && pw.words[k].sentence === sentence; k++) {
    if (pw.words[k].value === ',' && !pw.quoted[k]) return k
  }
  return -1
}

function compatible(entity: Entity, gender: 'male' | 'female' | 'plural'): boolean {
  if (gender === 'plural') return entity.type === 'Organization' || Boolean(entity.description && !entity.name)
  if (entity.type !== 'Person' || (entity.description && !entity.name && isPlural(entity.description))) return false
  return !entity.gender || entity.gender === gender
}

function isPlural(description: string): boolean {
  const last = description.split(' ').pop() ?? ''
  return last.endsWith('s') && !last.endsWith('ss')
}

function describedEntity(ctx: SpeakerContext, text: string, organization: boolean, span: {start: number; end: number}): Entity {
  // "the Vermont senator" after "Vermont Sen. Ann Moss": the one person the text recorded as fitting.
  const holder = organization ? undefined : epithetHolder(ctx.article.entities, ctx.text, text, span.start)
  if (holder) {
    addMentionIfFree(ctx, holder, {...span, kind: 'title'})
    return holder
  }
  const key = text.toLowerCase().replace(/^(a|an|the|one|another) /, '')
  // "the spokesman" after "a spokesman for Platte River": the latest description with that head, kept under "the <head>".
  let entity = ctx.byDescription.get(key) ?? (/^the /i.test(text) ? ctx.byDescription.get(`the ${key}`) : undefined)
  if (!entity) {
    const type = organization ? 'Organization' : 'Person'
    entity = {id: uniqueIdIn(ctx.taken, `${organization ? 'org' : 'person'}-${slugify(text)}`), type, description: text, mentions: []}
    register(ctx, entity)
    ctx.byDescription.set(key, entity)
    const head = key.match(/^(.+?) (?:for|of|at|from|with) /)
    if (head) ctx.byDescription.set(`the ${head[1]}`, entity)
  }
  addMentionIfFree(ctx, entity, {...span, kind: 'description'})
  return entity
}

function namedEntity(ctx: SpeakerContext, words: string[], span: {start: number; end: number}): Entity | undefined {
  const last = words[words.length - 1].toLowerCase()
  let entity = ctx.bySurname.get(last)
  if (!entity) {
    // Capitalised words that people recognition turned down are no new person:
    // a place ("Virginia" speaks for no one), an organization by its name or
    // by the first word of its full name ("Peabody said" after "Peabody
    // Energy"), a group ("Mexicans often say": a description, with no name).
    const known = otherNamed(ctx).get(words.join(' '))
    if (known) return known.type === 'Place' ? undefined : (addMentionIfFree(ctx, known, {...span, kind: 'name'}), known)
    if (words.length === 1 && isGroupWord(words[0], familyNamed(ctx))) return describedEntity(ctx, words[0], false, span)
    const name = words.join(' ')
    const organization = words.some((w) => lexicon.organizationWords.has(w)) || isOrganizationShaped(words)
    entity = {id: uniqueIdIn(ctx.taken, `${organization ? 'org' : 'person'}-${slugify(name)}`), type: organization ? 'Organization' : 'Person', name, mentions: []}
    register(ctx, entity)
  }
  addMentionIfFree(ctx, entity, {...span, kind: words.length > 1 ? 'name' : 'surname'})
  return entity
}

/**
 * The article's organizations and places by name, and its organizations by
 * the first word of a longer name when that word is its short form
 * (`isOrganizationShortName`); built on first use, once per article.
 */
function otherNamed(ctx: SpeakerContext): Map<string, Entity> {
  if (ctx.otherNames) return ctx.otherNames
  const byName = new Map<string, Entity>()
  for (const entity of ctx.article.entities) {
    if (entity.type === 'Person' || !entity.name) continue
    if (!byName.has(entity.name)) byName.set(entity.name, entity)
    const first = entity.name.split(' ')[0]
    if (entity.type === 'Organization' && first !== entity.name && !byName.has(first) && isOrganizationShortName(first, ctx.article)) byName.set(first, entity)
  }
  ctx.otherNames = byName
  return byName
}

/** One person per family named in full, enough for `isGroupWord` ("the Khans"); built on first use. */
function familyNamed(ctx: SpeakerContext): Entity[] {
  if (ctx.families) return ctx.families
  const byFamily = new Map<string, Entity>()
  for (const entity of ctx.article.entities) {
    if (entity.type === 'Person' && entity.name?.includes(' ')) byFamily.set(entity.name.toLowerCase().split(' ').pop()!, entity)
  }
  ctx.families = [...byFamily.values()]
  return ctx.families
}

/** Adds a mention unless it would overlap another entity's mention. */
export function addMentionIfFree(ctx: SpeakerContext, entity: Entity, mention: Entity['mentions'][number]): boolean {
  if (ctx.index.blocked(mention, false)) return false
  ctx.index.add(mention)
  ctx.added.push({entity, mention})
  // A speaker found here ("a church elder", a name nobody recognised) is there for the pronouns that follow.
  const pw = paragraphAt(ctx, mention)
  if (pw && mention.kind !== 'pronoun') {
    for (let k = wordAt(pw.words, mention.start); k < pw.words.length && pw.words[k].end <= mention.end; k++) pw.mentionOf[k] ??= {entity, mention}
  }
  // Mentions are kept in reading order; most arrive in order, so this rarely moves anything.
  let at = entity.mentions.length
  while (at > 0 && entity.mentions[at - 1].start > mention.start) at--
  entity.mentions.splice(at, 0, mention)
  return true
}

/** A new entity joins the article and the context's lookups. */
function register(ctx: SpeakerContext, entity: Entity): void {
  ctx.article.entities.push(entity)
  ctx.taken.add(entity.id)
  ctx.byId.set(entity.id, entity)
  if (entity.type === 'Person' && entity.name) ctx.bySurname.set(entity.name.toLowerCase().split(' ').pop()!, entity)
}

/** "Henry Crespo, president of the caucus": a person introduced with an appositive is about to be quoted. */
function introduced(pw: ParagraphWords, comma: number): boolean {
  if (pw.words[comma]?.value !== ',') return false
  for (let k = comma + 1; k < pw.words.length && k <= comma + 4; k++) {
    const value = pw.words[k].value
    if (lexicon.descriptionHeads.has(value.toLowerCase()) && !/^\p{Lu}/u.test(value)) return true
    if (value === ',' || value === '.') return false
  }
  return false
}
