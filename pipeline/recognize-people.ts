/**
 * People with titles, jurisdictions, parties, genders and handles; one Person
 * entity per real person however the article names them (full name, surname,
 * "Mr. Trump", "the senator", a social post's author and handle).
 * Reads the words of `file.data.sentenceWords`; writes Person entities
 * (and a party Organization when the organization stage did not create it).
 */
import {firstNameGender, lexicon} from './people-lexicon.ts'
import {scanNames, type NameMatch, type ScanContext} from './people-names.ts'
import {PeopleRegistry} from './people-entities.ts'
import {linkHandles, linkPostAuthors} from './people-handles.ts'
import {shareFamilyNames} from './people-coordination.ts'
import {addRoleMentions} from './people-roles.ts'
import {scanContext} from './people-scan-context.ts'
import {mentionsByStart} from './people-mention-index.ts'
import {isGroupWord, isOrganizationShortName, isTitledOrganization} from './people-not-people.ts'
import type {Word} from './people-words.ts'
import {slugify} from './slug.ts'
import {voteGender} from './people-gender-votes.ts'
import {commonWord, isCommonWordName, opensQuote, startsSentence, withoutFirstWord, wordsWrittenInLowerCase, type Found} from './people-sentence-start.ts'
import type {ArticleData, Entity, RemarkPlugin} from './types.ts'

const recognizePeople: RemarkPlugin = function () {
  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    const others = mentionsByStart(article.entities.filter((e) => e.type !== 'Person').map((e) => e.mentions))
    const registry = new PeopleRegistry(article, others)
    const sentenceWords = file.data.sentenceWords!
    const context = scanContext(mentionsByStart(article.entities.filter((e) => e.type === 'Place').map((e) => e.mentions)), others)
    const found = shareFamilyNames(scanSentences(sentenceWords, context))
    // Full names first, in reading order, so surnames can find them wherever they stand.
    const single = addFullNames(article, registry, found)
    // Words the article also writes in lower case ("officials", "having"): capitalised only by the sentence start.
    // Gathered on first use: most names never ask.
    let lowerCaseWordSet: Set<string> | undefined
    const lowerCaseWords = () => (lowerCaseWordSet ??= wordsWrittenInLowerCase(sentenceWords))
    const rest = addSurnameRuns(article, registry, found, single, lowerCaseWords)
    // "President Obama" before either "Barack Obama" or "Michelle Obama" is named: settled once the others are.
    const undecided = rest.filter((item) => !addShortName(article, registry, item, false, lowerCaseWords))
    undecided.forEach((item) => addShortName(article, registry, item, true, lowerCaseWords))
    addRoleMentions(article, registry, sentenceWords)
    linkPostAuthors(article, text, registry)
    linkHandles(article, text, registry)
    voteGender(registry, sentenceWords)
    registry.settleGender()
    registry.finish()
  }
}

export default recognizePeople

/**
 * The names of every sentence, in reading order. (Loops here and below use
 * `forEach`: they run once per article, over up to a few hundred thousand
 * items, where a `for...of` left to the interpreter allocates per item.)
 */
function scanSentences(sentenceWords: Word[][], context: ScanContext): Found[] {
  const scanned: Found[] = []
  sentenceWords.forEach((words) => {
    const matches = scanNames(words, context)
    for (let k = 0; k < matches.length; k++) {
      const match = matches[k]
      // "General Electric", "General Assembly": a title word inside an organization's name names no one.
      if (!isTitledOrganization(match) && !context.claimed(match.span.start, match.span.end)) scanned.push({match, words})
    }
  })
  return scanned
}

/** Adds the names given in full; returns the others (surnames, titled names, runs that may not be names). */
function addFullNames(article: ArticleData, registry: PeopleRegistry, found: Found[]): Found[] {
  const single: Found[] = []
  found.forEach((item) => {
    const {match} = item
    // A run vouched for only by a speech verb waits when its first word is no known given name ("Notice Trump said").
    // So does a titled run without a given name ("Mr. Peña Nieto"), which may be a surname of two words.
    const given = firstNameGender(match.nameWords[0]) !== undefined
    if (match.nameWords.length >= 2 && match.evidence !== 'weak' && (given || (match.evidence !== 'speech' && !match.titled))) addFullName(article, registry, match)
    else single.push(item)
  })
  return single
}

/**
 * Of the runs not added as full names, adds those of several words whose last
 * word is a known or strong surname; returns the rest, single words among
 * them, the first word dropped from a run glued to a sentence's first word.
 */
function addSurnameRuns(article: ArticleData, registry: PeopleRegistry, found: Found[], single: Found[], lowerCaseWords: () => Set<string>): Found[] {
  // "Rakeyia Scott" beside a known "Keith Scott": a family name already known makes the run a name.
  const knownSurnames = new Set(registry.people.map((person) => (person.name ?? '').toLowerCase().split(' ').pop()!))
  // Weak multi-word runs count when the same surname is used alone as a speaker or with a title.
  // (Both sets are made when a run of several words first asks: most articles' runs are one word.)
  let strongSurnames: Set<string> | undefined
  // "Neither Clinton", "Notice Trump": a sentence's first word glued to a known surname is not a given
  // name when the pair never stands elsewhere in a sentence ("Rakeyia Scott" does).
  let inside: Set<string> | undefined
  const rest: Found[] = []
  single.forEach((item) => {
    const words = item.match.nameWords
    if (words.length < 2) {
      rest.push(item)
      return
    }
    strongSurnames ??= strongSurnamesOf(single, knownSurnames)
    if (!strongSurnames.has(words[words.length - 1].toLowerCase())) {
      rest.push(item)
      return
    }
    const glued = !item.match.titled && firstNameGender(words[0]) === undefined && startsSentence(item) &&
      !(inside ??= namesInsideSentences(found)).has(words.join(' ')) &&
      knownSurnames.has(words[words.length - 1].toLowerCase()) && (opensQuote(item) || lexicon.notNames.has(words[0]) || commonWord(words[0], lowerCaseWords))
    if (glued) rest.push(withoutFirstWord(item))
    else addFullName(article, registry, item.match)
  })
  return rest
}

/** The last words (lower-cased) of the runs vouched for by more than their shape, and the known surnames. */
function strongSurnamesOf(single: Found[], knownSurnames: Set<string>): Set<string> {
  const strong = new Set<string>()
  single.forEach((s) => {
    if (s.match.evidence !== 'weak') strong.add(s.match.nameWords[s.match.nameWords.length - 1].toLowerCase())
  })
  for (const surname of knownSurnames) strong.add(surname)
  return strong
}

/** The names (words joined by spaces) found somewhere other than at a sentence's start. */
function namesInsideSentences(found: Found[]): Set<string> {
  const inside = new Set<string>()
  found.forEach((item) => {
    if (!startsSentence(item)) inside.add(item.match.nameWords.join(' '))
  })
  return inside
}

function addFullName(article: ArticleData, registry: PeopleRegistry, match: NameMatch): void {
  const person = registry.findByFullName(match.nameWords) ?? registry.create(match.nameWords.join(' '))
  registry.lengthenName(person, match.nameWords)
  registry.enrich(person, match, partyId(article, match.party))
  registry.addMention(person, {start: match.span.start, end: match.span.end, kind: 'name'})
}

/**
 * "Hosemann", "Mr. Trump", "Sen. Cruz": an earlier or later full name, or a new person when a title or a cue vouches.
 * Of several people with the surname, the one named last before; when none was, the decision waits
 * (returns false) until `settle`, which picks the one the surname already stands for most often.
 */
function addShortName(article: ArticleData, registry: PeopleRegistry, item: Found, settle: boolean, lowerCaseWords: () => Set<string>): boolean {
  const {match} = item
  const word = match.nameWords[match.nameWords.length - 1]
  const candidates = fitting(registry, registry.findByOneWord(word), match)
  let person = candidates.length > 1 ? amongNamesakes(registry, candidates, match.span.start) : candidates[0]
  if (!person && candidates.length > 1) {
    if (!settle) return false
    person = candidates.reduce((best, p) => (p.mentions.length > best.mentions.length ? p : best))
  }
  if (!person) {
    if (match.evidence === 'weak' || match.nameWords.length > 1 && match.evidence !== 'title') return true
    if (match.nameWords.length === 1 && lexicon.notNames.has(word)) return true
    // "African-Americans", "the Khans", "Peabody" (of Peabody Energy): a group or a company, not a person.
    if (match.nameWords.length === 1 && !match.titled && (isGroupWord(word, registry.people) || isOrganizationShortName(word, article))) return true
    // "Officials said", "Demonstrators chanted": a common word that starts a sentence names no one.
    if (!match.titled && isCommonWordName(item, lowerCaseWords)) return true
    person = registry.create(match.nameWords.join(' '))
  }
  registry.enrich(person, match, partyId(article, match.party))
  registry.addMention(person, {start: match.span.start, end: match.span.end, kind: match.titled ? 'title' : match.nameWords.length > 1 ? 'name' : 'surname'})
  return true
}

/**
 * "Clinton" when Hillary and Bill Clinton are both named: the one the article
 * names first among those named before (its main bearer of the name). Writers
 * name the other in full or by given name even right after introducing them
 * ("former President Bill Clinton. ... Clinton's rival"); undecided when none
 * was named before.
 */
function amongNamesakes(registry: PeopleRegistry, candidates: Entity[], offset: number): Entity | undefined {
  const named = candidates.filter((p) => registry.firstStart(p) < offset)
  if (named.length === 0) return undefined
  return named.reduce((first, p) => (registry.firstStart(p) < registry.firstStart(first) ? p : first))
}

/**
 * Of the people sharing a surname, those "Mrs. Clinton" or "Senator Cruz" can
 * be: an honorific's gender must not contradict the person's (from a title or
 * the given name), and a title picks the one who holds it, else leaves out
 * those known by another title ("Secretary Clinton" is not "President Bill Clinton").
 */
function fitting(registry: PeopleRegistry, candidates: Entity[], match: NameMatch): Entity[] {
  if (candidates.length === 0) return candidates
  let fit = candidates
  if (match.gender) {
    fit = fit.filter((p) => {
      const gender = registry.knownGender(p)
      return !gender || gender === match.gender
    })
    // "Mr. Khan" beside Khizr Khan (male) and a Khan of unknown gender: the one known to fit is meant.
    const known = fit.filter((p) => registry.knownGender(p) === match.gender)
    if (known.length > 0) fit = known
  }
  const title = match.jobTitle?.toLowerCase()
  if (title && fit.length > 1) {
    const holders = fit.filter((p) => p.jobTitle && sameRole(p.jobTitle.toLowerCase(), title))
    if (holders.length > 0) fit = holders
    else {
      const open = fit.filter((p) => !p.jobTitle)
      if (open.length > 0) fit = open
    }
  }
  return fit
}

/** "Secretary" and "Secretary of State" are one role; "President" and "Senator" are two. */
function sameRole(a: string, b: string): boolean {
  return a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ') || a.endsWith(' ' + b) || b.endsWith(' ' + a)
}

/** The id of the party's Organization entity, created when the organization stage has none. */
function partyId(article: ArticleData, party: NameMatch['party']): string | undefined {
  if (!party) return undefined
  const existing = article.entities.find((e) => e.type === 'Organization' && e.name === party)
  if (existing) return existing.id
  const created: Entity = {id: `org-${slugify(party)}`, type: 'Organization', name: party, mentions: []}
  article.entities.push(created)
  return created.id
}
