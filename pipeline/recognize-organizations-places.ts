/**
 * Organizations (parties included) and places: `Organization` and `Place`
 * entities in `file.data.article.entities`, one per real-world thing however
 * it is named, ids `org-<slug>` / `place-<slug>`.
 *
 * Rules, in the order they compete (the longest candidate wins an overlap):
 * known organizations and head-built names (`org-names.ts`), gazetteer
 * places (`place-gazetteer.ts`), party words (`org-parties.ts`); then
 * references by head (`the Commission`, `org-references.ts`) fill what is
 * left, and a bare head alias (`Senate`) goes to the body the article
 * names. The dateline's place always becomes a Place. Mentions never cross
 * a mention an earlier stage made, and in a social post only the body is
 * read (its footer names the author, a person).
 */
import {ParseEnglish} from 'parse-english'
import type {ArticleData, RemarkPlugin} from './types.ts'
import {sharedParagraphWords, type Word} from './gazetteer-words.ts'
import {addEntities, chooseCandidates, Occupancy, priority, takenSpans, type Candidate} from './gazetteer-candidates.ts'
import {canonicalPlace, createPlaceGazetteer, findPlaces, type PlaceGazetteer} from './place-gazetteer.ts'
import {createOrganizationIndex, findAcronyms, findNamedOrganizations, organizationHeads} from './org-names.ts'
import {findPartyWords} from './org-parties.ts'
import {sortByOffset} from './offset-sort.ts'
import {findOrganizationReferences, namedOrganizations, rebindBareHeads} from './org-references.ts'
import parties from './lexicon/parties.json' with {type: 'json'}

/** Capitalized words a place name may qualify (`Iowa Republicans`, `Kansas Senate`). */
const placeQualifiers = new Set([
  ...organizationHeads,
  ...parties.parties.flatMap((party) => [...party.names, ...party.members, ...party.adjectives])
])

/** Recognizes organizations and places. */
const recognizeOrganizationsPlaces: RemarkPlugin = function () {
  // Built once per processor: the lexicons split the way the text is split.
  const parser = new ParseEnglish()
  const gazetteer = createPlaceGazetteer(parser)
  const organizations = createOrganizationIndex(parser)

  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    const wordsByParagraph = sharedParagraphWords(file).map((words, index) => readableWords(article, index, words))
    const occupied = new Occupancy(text.length, takenSpans(article))

    const candidates: Candidate[] = []
    const dateline = datelinePlace(article, text, gazetteer)
    if (dateline) candidates.push(dateline)
    const acronyms = new Map<string, string>()
    for (const words of wordsByParagraph) {
      append(candidates, findNamedOrganizations(organizations, words, text, acronyms))
      append(candidates, findPlaces(gazetteer, words, placeQualifiers))
      append(candidates, findPartyWords(words))
    }
    for (const words of wordsByParagraph) append(candidates, findAcronyms(words, acronyms))
    const named = chooseCandidates(candidates, occupied)
    if (dateline) joinDatelineCity(named, dateline)

    const references: Candidate[] = []
    const organizationsNamed = namedOrganizations(named)
    rebindBareHeads(named, organizationsNamed, text)
    for (const words of wordsByParagraph) append(references, findOrganizationReferences(words, organizationsNamed))
    const referring = chooseCandidates(references, occupied)

    addEntities(article, sortByOffset(named.concat(referring), (candidate) => candidate.start))
  }
}

export default recognizeOrganizationsPlaces

/**
 * `COLUMBIA, S.C. —` and a later `Columbia` are one city: the body's
 * mentions of the dateline's city join the dateline's place.
 */
function joinDatelineCity(kept: Candidate[], dateline: Candidate): void {
  const comma = dateline.name.indexOf(', ')
  if (comma < 0) return
  const city = dateline.name.slice(0, comma)
  for (const candidate of kept) if (candidate.type === 'Place' && candidate.name === city) candidate.name = dateline.name
}

/** Appends without spreading: a huge paragraph has more candidates than a call has arguments. */
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item)
}

/** The words of a paragraph this stage reads: a social post's body only. */
function readableWords(article: ArticleData, paragraph: number, words: Word[]): Word[] {
  const post = article.socialPosts.find((entry) => entry.paragraph === paragraph)
  if (!post) return words
  return words.filter((word) => word.start >= post.body.start && word.end <= post.body.end)
}

/** The dateline's place (`WASHINGTON (AP) —` -> Washington), at the city as written. */
function datelinePlace(article: ArticleData, text: string, gazetteer: PlaceGazetteer): Candidate | undefined {
  const dateline = article.meta.dateline
  if (!dateline?.place) return undefined
  const written = text.slice(dateline.start, Math.min(dateline.end, dateline.start + 100))
  let at = written.toLowerCase().indexOf(dateline.place.toLowerCase())
  let length = dateline.place.length
  if (at < 0) {
    // The place may be longer than the city as written: match the city alone.
    const city = dateline.place.split(',')[0]
    at = written.toLowerCase().indexOf(city.toLowerCase())
    length = city.length
  }
  if (at < 0) {
    // Spelled otherwise (`WASH.`): the capitals the dateline opens with.
    const capitals = /^[A-Z][A-Z .'’-]*[A-Z.]/.exec(written)
    if (!capitals) return undefined
    at = 0
    length = capitals[0].trimEnd().length
  }
  const name = canonicalPlace(gazetteer, dateline.place) ?? dateline.place
  const start = dateline.start + at
  // The dateline is certain: it outranks a rival of the same length.
  return {start, end: start + length, type: 'Place', name, kind: 'name', priority: priority.dateline}
}
