/**
 * Shapes of capitalised words that people recognition would take for a name
 * but that name no one: a title word before an organization's head word
 * ("General Assembly"), a group ("African-Americans", "the Khans") and the
 * short form of an organization the article names in full ("Peabody" after
 * "Peabody Energy").
 */
import {lexicon} from './people-lexicon.ts'
import type {NameMatch} from './people-names.ts'
import {organizationHeads} from './org-names.ts'
import type {ArticleData, Entity} from './types.ts'

/** "General Assembly", "General Court": a title word ("General") before an organization's head names the organization. */
export function isTitledOrganization(match: NameMatch): boolean {
  return match.titled && match.nameWords.some((word) => organizationHeads.has(word))
}

/**
 * A one-word name that names a group: the plural of a nationality
 * ("Mexicans", "African-Americans": the singular or the last hyphenated part
 * is a word that is never a name), or of a family the article names
 * ("the Khans" beside Khizr Khan).
 */
export function isGroupWord(word: string, people: Entity[]): boolean {
  if (!word.endsWith('s') || word.length < 4) return false
  const singular = word.slice(0, -1)
  const last = word.slice(word.lastIndexOf('-') + 1)
  if ((singular.endsWith('an') && lexicon.notNames.has(singular)) || (last !== word && lexicon.notNames.has(last))) return true
  const family = singular.toLowerCase()
  return people.some((person) => (person.name ?? '').includes(' ') && (person.name ?? '').toLowerCase().split(' ').pop() === family)
}

/**
 * "Peabody", "Centerview": the first word of a company the article names in
 * full ("Peabody Energy", "Centerview Partners"). Not an institution named
 * for a person ("Clinton Foundation", "Trump University"): a head word there
 * leaves the surname to the person.
 */
export function isOrganizationShortName(word: string, article: ArticleData): boolean {
  return article.entities.some((e) => {
    const words = (e.name ?? '').split(' ')
    return e.type === 'Organization' && e.mentions.length > 0 && words.length > 1 && words[0] === word && !words.slice(1).some((w) => institutionHeads.has(w))
  })
}

/** Heads of institutions often named for a person. */
const institutionHeads = new Set(['Foundation', 'Organization', 'Campaign', 'University', 'Institute', 'Center', 'Library', 'School', 'College', 'Fund', 'Trust', 'Society'])
