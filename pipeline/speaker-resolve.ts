/**
 * Turns a speaker phrase into an entity id: mentions are their entity;
 * he/she go to the nearest earlier person of that gender named outside a
 * quotation; a description ("a campaign spokesman", "the White House")
 * becomes an entity of its own with `description` and no name; a capitalised
 * name nobody recognised becomes a Person with exactly those words.
 */
import {lexicon} from './people-lexicon.ts'
import {uniqueIdIn} from './people-entities.ts'
import {isOrganizationShaped} from './people-names.ts'
import {slugify} from './slug.ts'
import type {ParagraphWords, SpeakerContext} from './speaker-context.ts'
import {cueLength, type SpeakerPhrase} from './speaker-phrases.ts'
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
 * words skipped), the first compatible mention of the nearest sentence that
 * has one; the first mention of a sentence is usually its subject.
 */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, offset: number, paragraph: number, lenient = true): Entity | undefined {
  const gender = lexicon.pronounGender.get(pronoun === 'I' ? 'I' : pronoun.toLowerCase())
  if (gender !== 'male' && gender !== 'female' && gender !== 'plural') return undefined
  // A gender guessed from a given name can be wrong ("Terry"); with no person of that gender near, any person will do.
  const strict = nearestFor(ctx, gender, offset, paragraph, true)
  return strict ?? (gender === 'plural' || !lenient ? undefined : nearestFor(ctx, gender, offset, paragraph, false))
}

function nearestFor(ctx: SpeakerContext, gender: 'male' | 'female' | 'plural', offset: number, paragraph: number, strict: boolean): Entity | undefined {
  let candidate: Entity | undefined
  let speaker: Entity | undefined
  let sentence = -1
  // A pronoun's person is named within a few sentences; the bound keeps long texts linear.
  let budget = pronounWordReach
  for (let p = paragraph; p >= 0 && p > paragraph - pronounReach; p--) {
    const pw = ctx.paragraphs[p]
    if (!pw) continue
    for (let k = pw.words.length - 1; k >= 0; k--) {
      const word = pw.words[k]
      if (word.start >= offset) continue
      if (--budget < 0) return speaker ?? candidate
      if (word.sentence !== sentence) {
        if (speaker ?? candidate) return speaker ?? candidate
        sentence = word.sentence
      }
      const ref = pw.mentionOf[k]
      if (!ref || pw.quoted[k] || !(strict ? compatible(ref.entity, gender) : compatible(ref.entity, gender) || (ref.entity.type === 'Person' && Boolean(ref.entity.name)))) continue
      candidate = ref.entity
      // "Woolson said": a person who speaks in that sentence outranks its first-named one.
      const next = pw.words[k + 1]
      if (!speaker && next && !pw.mentionOf[k + 1] && (cueLength(pw.words, k + 1) > 0 || introduced(pw, k + 1))) speaker = ref.entity
    }
  }
  return speaker ?? candidate
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
  const key = text.toLowerCase().replace(/^(a|an|the|one|another) /, '')
  let entity = ctx.byDescription.get(key)
  if (!entity) {
    const type = organization ? 'Organization' : 'Person'
    entity = {id: uniqueIdIn(ctx.taken, `${organization ? 'org' : 'person'}-${slugify(text)}`), type, description: text, mentions: []}
    register(ctx, entity)
    ctx.byDescription.set(key, entity)
  }
  addMentionIfFree(ctx, entity, {...span, kind: 'description'})
  return entity
}

function namedEntity(ctx: SpeakerContext, words: string[], span: {start: number; end: number}): Entity {
  const last = words[words.length - 1].toLowerCase()
  let entity = ctx.bySurname.get(last)
  if (!entity) {
    const name = words.join(' ')
    const organization = words.some((w) => lexicon.organizationWords.has(w)) || isOrganizationShaped(words)
    entity = {id: uniqueIdIn(ctx.taken, `${organization ? 'org' : 'person'}-${slugify(name)}`), type: organization ? 'Organization' : 'Person', name, mentions: []}
    register(ctx, entity)
  }
  addMentionIfFree(ctx, entity, {...span, kind: words.length > 1 ? 'name' : 'surname'})
  return entity
}

/** Adds a mention unless it would overlap another entity's mention. */
export function addMentionIfFree(ctx: SpeakerContext, entity: Entity, mention: Entity['mentions'][number]): boolean {
  if (ctx.index.blocked(mention, false)) return false
  ctx.index.add(mention)
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
