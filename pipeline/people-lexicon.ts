/**
 * The word lists people recognition, speaker attribution and reported speech
 * read, loaded once from `lexicon/*.json` and turned into lookup sets. The
 * values are frozen data: no stage writes to them.
 */
import titlesData from './lexicon/titles.json' with {type: 'json'}
import jurisdictionData from './lexicon/title-jurisdictions.json' with {type: 'json'}
import pronounData from './lexicon/pronouns.json' with {type: 'json'}
import personWords from './lexicon/person-words.json' with {type: 'json'}
import firstNames from './lexicon/person-first-names.json' with {type: 'json'}
import speechData from './lexicon/speech-verbs.json' with {type: 'json'}

export type Gender = 'male' | 'female'

/** Phrases split into words, grouped by their first word (lower-cased), longest first. */
export type PhraseIndex = ReadonlyMap<string, string[][]>

/** Lower-cased multi-word phrases, indexed by first word so a lookup costs one map access. */
function phrases(list: string[]): PhraseIndex {
  const index = new Map<string, string[][]>()
  for (const words of list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length)) {
    const key = words[0].toLowerCase()
    const group = index.get(key)
    if (group) group.push(words)
    else index.set(key, [words])
  }
  return index
}

const titleEntries = Object.entries(titlesData.titles as Record<string, string>)

export const lexicon = Object.freeze({
  /** "secretary of state" -> "Secretary of State"; keys lower-cased. */
  titles: new Map(titleEntries.map(([k, v]) => [k.toLowerCase(), v])),
  titlePhrases: phrases(titleEntries.map(([k]) => k.toLowerCase())),
  /** Titles that may stand in lower case before a name ("presidential candidate Ben Carson"). */
  lowercaseTitles: new Set(titlesData.lowercaseTitles),
  honorifics: new Map(Object.entries(titlesData.honorifics as Record<string, string>)),
  roleNouns: new Map(Object.entries(titlesData.roleNouns as Record<string, string>)),
  nameSuffixes: new Set(titlesData.nameSuffixes),
  nameParticles: new Set(titlesData.nameParticles),
  jurisdictions: phrases(jurisdictionData.places.map((p) => p.toLowerCase())),
  male: new Set(firstNames.male),
  female: new Set(firstNames.female),
  eitherGender: new Set(firstNames.either),
  ambiguousFirstNames: new Set(firstNames.ambiguousWords),
  pronounGender: new Map<string, Gender | 'plural' | 'speaker'>([
    ...pronounData.male.map((p) => [p, 'male'] as const),
    ...pronounData.female.map((p) => [p, 'female'] as const),
    ...pronounData.plural.map((p) => [p, 'plural'] as const),
    ...pronounData.speaker.map((p) => [p.toLowerCase() === 'i' ? 'I' : p, 'speaker'] as const)
  ]),
  descriptionHeads: new Set(personWords.descriptionHeads),
  documentHeads: new Set(personWords.documentHeads),
  organizationDescriptions: phrases(personWords.organizationDescriptions.map((p) => p.toLowerCase())),
  notNames: new Set(personWords.notNames),
  organizationWords: new Set(personWords.organizationWords),
  speechVerbs: new Set(speechData.verbs),
  reportingVerbs: new Set(speechData.reporting),
  speechPhrases: phrases(speechData.phrases.map((p) => p.toLowerCase())),
  cueExtensions: phrases(speechData.cueExtensions.map((p) => p.toLowerCase())),
  nounCues: new Set(speechData.nounCues),
  invertingVerbs: new Set(speechData.inverting),
  participles: new Set(speechData.participles)
})

/** Whether a given name is known, and the gender it suggests. */
export function firstNameGender(word: string): Gender | 'either' | undefined {
  if (lexicon.male.has(word)) return 'male'
  if (lexicon.female.has(word)) return 'female'
  if (lexicon.eitherGender.has(word)) return 'either'
  return undefined
}
