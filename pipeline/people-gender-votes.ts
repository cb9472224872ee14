/**
 * Gender votes from pronouns: a "he" or "she" after a person's mention, with
 * no other person named between, votes for that person's gender (weaker
 * than a title or a given name: `PeopleRegistry.settleGender`).
 */
import {lexicon} from './people-lexicon.ts'
import type {PeopleRegistry} from './people-entities.ts'
import {mentionsByStart} from './people-mention-index.ts'
import type {Word} from './people-words.ts'
import type {Entity} from './types.ts'

/**
 * The word is as long as some gendered pronoun ("he", "herself"). Its length
 * is in the word (its offsets: a word's text is the text between them), its
 * text is not: the test spares most words a read of their text. (A pronoun is
 * ASCII, and lower-casing keeps the length of a word that becomes ASCII.)
 */
function pronounLong(word: Word): boolean {
  const length = word.end - word.start
  return pronounLengths[length] === true
}

const pronounLengths: boolean[] = []
for (const [pronoun, gender] of lexicon.pronounGender) if (gender === 'male' || gender === 'female') pronounLengths[pronoun.length] = true

/** A he/she after a person, with no other person between, votes for that person's gender. */
export function voteGender(registry: PeopleRegistry, sentenceWords: Word[][]): void {
  const mentions = mentionsByStart(registry.people.map((person) => {
    const own: {person: Entity; start: number}[] = []
    person.mentions.forEach((m) => own.push({person, start: m.start}))
    return own
  }))
  let cursor = 0
  let last: Entity | undefined
  let lastSentence = 0
  sentenceWords.forEach((words, sentence) => {
    // No one named in this sentence, nor in the one before: no pronoun here votes.
    const lastWord = words[words.length - 1]
    if (lastWord === undefined) return
    if ((last === undefined || sentence - lastSentence > 1) && (cursor === mentions.length || mentions[cursor].start > lastWord.start)) return
    // The first person named in this sentence, and whether another one was too.
    let firstThisSentence: Entity | undefined
    let severalThisSentence = false
    for (const word of words) {
      while (cursor < mentions.length && mentions[cursor].start <= word.start) {
        last = mentions[cursor].person
        lastSentence = sentence
        if (firstThisSentence === undefined) firstThisSentence = last
        else if (firstThisSentence.id !== last.id) severalThisSentence = true
        cursor++
      }
      if (last === undefined || severalThisSentence || sentence - lastSentence > 1 || !pronounLong(word)) continue
      const gender = lexicon.pronounGender.get(word.lower)
      if (gender === 'male' || gender === 'female') registry.vote(last, gender)
    }
  })
}
