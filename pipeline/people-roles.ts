/**
 * Role mentions: "the senator", "the Democratic presidential candidate" as a
 * mention of the title holder named last before it, unless what the text
 * recorded for that person (state, party) contradicts the role's words.
 */
import {partyOfAdjective} from './org-parties.ts'
import {lexicon} from './people-lexicon.ts'
import type {PeopleRegistry} from './people-entities.ts'
import {bareLower, type Word} from './people-words.ts'
import type {ArticleData, Entity} from './types.ts'

/** Words that may stand between "the" and a role noun ("the Democratic presidential candidate"). */
const roleModifiers = new Set(['democratic', 'republican', 'gop', 'presidential', 'former', 'vice', 'likely', 'presumptive', 'new', 'top', 'leading', 'texas', 'florida', 'ohio', 'vermont', 'new york', 'u.s.'])

/** "the senator": the person last named before it whose title has that word. */
export function addRoleMentions(article: ArticleData, registry: PeopleRegistry, sentenceWords: Word[][]): void {
  sentenceWords.forEach((words) => {
    for (let i = 0; i + 1 < words.length; i++) {
      // The length first: it is in the word, its text is not ("the": a word's text is the text between its offsets).
      if (words[i].end - words[i].start !== 3 || words[i].lower !== 'the' || !words[i + 1].joined) continue
      // "the senator", "the Democratic presidential candidate’s": modifiers, then the role noun.
      let r = i + 1
      while (r < words.length - 1 && r - i <= 3 && roleModifiers.has(words[r].lower) && words[r + 1].joined) r++
      const role = bareLower(words[r])
      const title = lexicon.roleNouns.get(role)
      if (!title) continue
      const next = words[r + 1]
      if (next && next.joined && (next.capitalized || next.value === 'of' || next.value === '’s')) continue
      const modifiers = words.slice(i + 1, r).map((word) => word.lower)
      const holders = registry.people.filter(
        (p) => p.jobTitle && p.jobTitle.toLowerCase().includes(title.toLowerCase()) && !modifiers.some((modifier) => contradicts(article, p, modifier))
      )
      const person = registry.lastBefore(holders, words[i].start)
      if (person) registry.addMention(person, {start: words[i].start, end: words[r].end, kind: 'title'})
    }
  })
}

/** State words among `roleModifiers`. */
const stateModifiers = new Set(['texas', 'florida', 'ohio', 'vermont', 'new york'])

/**
 * What the text recorded for `person` rules the modifier out: "the Florida
 * senator" is not a senator recorded from Texas, "the Democratic candidate"
 * not one recorded as a Libertarian. A modifier the text says nothing about
 * for them rules nothing out.
 */
function contradicts(article: ArticleData, person: Entity, modifier: string): boolean {
  const party = partyOfAdjective(modifier)
  if (party) {
    const recorded = person.affiliation ? article.entities.find((e) => e.id === person.affiliation)?.name : undefined
    return recorded !== undefined && recorded !== party
  }
  return stateModifiers.has(modifier) && person.jurisdiction !== undefined && !person.jurisdiction.toLowerCase().includes(modifier)
}
