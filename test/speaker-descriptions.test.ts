import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

describe('description speakers', () => {
  it('takes a description opening the sentence as the subject of a participle cue', () => {
    const {quotes, article} = build('In May, several farm groups sued Governor Ann Moss over the rule, saying it was “written without a single farmer in the room.”')
    expect(quotes()).toEqual([['written without a single farmer in the room.', 'several farm groups']])
    expect(article.entities.find((e) => e.description === 'several farm groups')).toMatchObject({id: 'org-several-farm-groups', type: 'Organization'})
    expect(article.entities.find((e) => e.description === 'several farm groups')?.name).toBeUndefined()
  })

  it('gives chanted words to the crowd chanting them, after a leading phrase', () => {
    const {quotes} = build('Outside the hall in Dover, about 300 protesters gathered in the rain, chanting “No more cuts.”')
    expect(quotes()).toEqual([['No more cuts.', 'about 300 protesters']])
  })

  it('reads the crowd in a clause of its own between two pieces of a speech', () => {
    const {quotes} = build('Sheriff Bob Dahl took the stage.', 'He said, “We will fix the roads” - at which point the crowd chanted “Fix them now!”')
    expect(quotes()).toEqual([
      ['We will fix the roads', 'Bob Dahl'],
      ['Fix them now!', 'the crowd']
    ])
  })

  it('keeps the spokesman of "A spokesman for X declined ... but said" with whose spokesman he is', () => {
    const {quotes} = build(
      'Senator Lisa Hart said the contract was flawed.',
      'A spokesman for Delta Paving declined to discuss the contract but said in a statement that “every bid followed the rules.”'
    )
    expect(quotes()).toEqual([['every bid followed the rules.', 'A spokesman for Delta Paving']])
  })

  it('keeps whose spokesman a description names, and "the spokesman" later is the same one', () => {
    const {quotes, article} = build(
      '“The permit was never approved,” a spokesman for the Harbor Commission said.',
      '“We will appeal,” the spokesman said.'
    )
    expect(quotes()).toEqual([
      ['The permit was never approved,', 'a spokesman for the Harbor Commission'],
      ['We will appeal,', 'a spokesman for the Harbor Commission']
    ])
    expect(article.quotations[0].speaker).toBe(article.quotations[1].speaker)
  })

  it('gives "X, the president of Y, a group that ..., said" to X', () => {
    const {quotes} = build('But Al Dunne, the president of Citizens Watch, a group that has sued the city, said that “the damage is done.”')
    expect(quotes()).toEqual([['the damage is done.', 'Al Dunne']])
  })

  it('gives the quote to the name set off after a description, before or after the cue', () => {
    const before = build('Mayor Ruiz’s chief of staff, Lena Park, said in a statement: “The budget is balanced.”')
    expect(before.quotes()).toEqual([['The budget is balanced.', 'Lena Park']])
    const after = build('“The budget is balanced,” said Mayor Ruiz’s chief of staff, Lena Park.')
    expect(after.quotes()).toEqual([['The budget is balanced,', 'Lena Park']])
  })
})
