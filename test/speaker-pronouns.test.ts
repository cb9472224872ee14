import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

describe('pronoun speakers', () => {
  it('follows a chain of "she" subjects past a woman named only as an object', () => {
    const {quotes} = build(
      'Senator Joan Pratt spoke to farmers in Ames on Friday.',
      'She says the ads attacking Molly Reyes were unfair.',
      'She wrote: “Nobody should be treated that way in this state.”'
    )
    expect(quotes()).toEqual([['Nobody should be treated that way in this state.', 'Joan Pratt']])
  })

  it('passes over a person named after a preposition for the sentence’s subject', () => {
    const {quotes} = build(
      'In an interview with radio host Carl Dunn, Gen. Rob Hale made it clear the cuts went too far.',
      '“We could not do our jobs,” he said.'
    )
    expect(quotes()).toEqual([['We could not do our jobs,', 'Rob Hale']])
  })

  it('passes over a possessive for the sentence’s subject', () => {
    const {quotes} = build(
      'Mayor Tom Reed and Pastor Ed Lamb came to the rally.',
      'As for Reed’s speech, Lamb found it too long. “I nearly fell asleep,” he said.'
    )
    expect(quotes()).toEqual([['I nearly fell asleep,', 'Ed Lamb']])
  })

  it('reads past a leading "When ...," clause to the subject it introduces', () => {
    const {quotes} = build(
      'Coach Dan Ruiz and actor Sam Ford sat down with the paper this week.',
      'When Ruiz brought up the race, Ford praised the new budget.',
      '“I think it is honest work,” he said.'
    )
    expect(quotes()).toEqual([['I think it is honest work,', 'Sam Ford']])
  })

  it('hands a pronoun inside a leading clause over to its own person', () => {
    const {quotes} = build(
      'Governor Al Dorn toured the farm on Tuesday.',
      'When he took the stage after Mr. Ray Lutz’s speech, he said the state was ready. “We are open for business,” he said.'
    )
    expect(quotes()).toEqual([['We are open for business,', 'Al Dorn']])
  })

  it('keeps the person who speaks when the pronoun before him leads nowhere', () => {
    const {quotes} = build('Back when he wrote his book, Mr. Dan Kelly said that debt was a last resort. “It is not realistic now,” he said.')
    expect(quotes()).toEqual([['It is not realistic now,', 'Dan Kelly']])
  })

  it('does not let a person who speaks inside a leading "When ...," clause outrank the main clause’s subject', () => {
    const {quotes} = build(
      'Host Rita Moss spoke with Mayor Jane Ford on Sunday.',
      'When Moss pointed out that the budget was late, Ford seized on the point. “We will pass it next week,” she said.'
    )
    expect(quotes()).toEqual([['We will pass it next week,', 'Jane Ford']])
  })
})
