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

  describe('an epithet ("the Maine senator") after a person the text says fits', () => {
    it('is that person when the title and the jurisdiction were recorded for them', () => {
      const {quotes, article, at} = build('Maine Sen. Ann Moss toured the mill on Monday.', '“We will keep these jobs,” the Maine senator said.')
      expect(quotes()).toEqual([['We will keep these jobs,', 'Ann Moss']])
      expect(at(article.quotations[0].speakerMention)).toBe('the Maine senator')
      expect(article.entities.filter((e) => e.description)).toEqual([])
    })

    it('is that person when the party was recorded for them ("(D-Nev.)", ", a Libertarian,")', () => {
      const democrat = build('Gov. Dale Hart (D-Nev.) spoke in Reno.', '“Both parties failed you,” the Democrat governor said.')
      expect(democrat.quotes()).toEqual([['Both parties failed you,', 'Dale Hart']])
      const libertarian = build('Presidential candidate Dale Hart, a Libertarian, spoke in Reno.', '“Both parties failed you,” the Libertarian candidate said.')
      expect(libertarian.quotes()).toEqual([['Both parties failed you,', 'Dale Hart']])
    })

    it('stays a description when the text never recorded the qualifier for anyone', () => {
      // The senator's state is not given: no guessing it.
      const unstated = build('Sen. Ann Moss toured the mill on Monday.', '“We will keep these jobs,” the Maine senator said.')
      expect(unstated.quotes()).toEqual([['We will keep these jobs,', 'the Maine senator']])
      // No world knowledge: nothing in the text makes Trump a businessman from New York.
      const unknown = build('Donald Trump spoke in Reno.', '“We need change,” the New York businessman said.')
      expect(unknown.quotes()).toEqual([['We need change,', 'the New York businessman']])
      // The recorded party contradicts the epithet's.
      const otherParty = build('Gov. Dale Hart (D-Nev.) spoke in Reno.', '“Both parties failed you,” the Libertarian governor said.')
      expect(otherParty.quotes()).toEqual([['Both parties failed you,', 'the Libertarian governor']])
      // A lieutenant governor is not "the governor".
      const otherOffice = build('Idaho Lt. Gov. Tom Reed spoke Monday.', '“Taxes are too high,” the Idaho governor said.')
      expect(otherOffice.quotes()).toEqual([['Taxes are too high,', 'the Idaho governor']])
    })

    it('reads a role noun after "the" as the head, not the party before it ("the Libertarian nominee")', () => {
      const fits = build('Presidential nominee Dale Hart, a Libertarian, spoke in Reno.', '“Both parties failed you,” the Libertarian nominee said.')
      expect(fits.quotes()).toEqual([['Both parties failed you,', 'Dale Hart']])
      const unrecorded = build('Dale Hart spoke in Reno.', '“Both parties failed you,” the Libertarian nominee said.')
      expect(unrecorded.quotes()).toEqual([['Both parties failed you,', 'the Libertarian nominee']])
    })

    it('reads "the Utah Republican" as a person of that party, not the party', () => {
      const fits = build('Utah Rep. Tom Reed, a Republican, wrote to the FBI.', '“The server was never secure,” the Utah Republican said.')
      expect(fits.quotes()).toEqual([['The server was never secure,', 'Tom Reed']])
      const unrecorded = build('Rep. Tom Reed wrote to the FBI.', '“The server was never secure,” the Utah Republican said.')
      expect(unrecorded.quotes()).toEqual([['The server was never secure,', 'the Utah Republican']])
      expect(unrecorded.article.entities.find((e) => e.description === 'the Utah Republican')?.type).toBe('Person')
      // Members in the plural are the party speaking.
      const party = build('Rep. Tom Reed wrote to the FBI.', '“The server was never secure,” the Republicans said.')
      expect(party.quotes()).toEqual([['The server was never secure,', 'Republican Party']])
    })

    it('stays a description when two people fit', () => {
      const {quotes, article} = build('Maine Sen. Ann Moss and Maine Sen. Joan Pike toured the mill.', '“We will keep these jobs,” the Maine senator said.')
      expect(quotes()).toEqual([['We will keep these jobs,', 'the Maine senator']])
      expect(article.entities.find((e) => e.description === 'the Maine senator')?.name).toBeUndefined()
    })
  })
})

describe('capitalised speakers people recognition turned down', () => {
  it('gives "Peabody said" to the company the article named in full', () => {
    const {quotes, article} = build('Peabody Energy closed two mines in May.', 'In a statement, Peabody said: “The mines were no longer viable.”')
    expect(quotes()).toEqual([['The mines were no longer viable.', 'Peabody Energy']])
    expect(article.entities.filter((e) => e.type === 'Person')).toEqual([])
  })

  it('keeps a group ("Mexicans often say") as a description, not a person named "Mexicans"', () => {
    const {quotes, article} = build('Lamenting their luck, Mexicans often say, “Poor us, so far from the sea.”')
    expect(quotes()).toEqual([['Poor us, so far from the sea.', 'Mexicans']])
    expect(article.entities.find((e) => e.description === 'Mexicans')).toMatchObject({type: 'Person'})
    expect(article.entities.some((e) => e.name === 'Mexicans')).toBe(false)
  })
})
