import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

describe('attribute-speakers', () => {
  it('finds the speaker after the quote, with the cue', () => {
    const {article, at, quotes} = build('“The bridge will be finished by June,” Mayor Carla Diaz said in a statement.')
    expect(quotes()).toEqual([['The bridge will be finished by June,', 'Carla Diaz']])
    expect(at(article.quotations[0].cue)).toBe('said in a statement')
    expect(at(article.quotations[0].speakerMention)).toBe('Mayor Carla Diaz')
  })

  it('finds the speaker before the quote', () => {
    const {quotes} = build('Senator Paul Grant said: “We have the votes to pass it this week.”')
    expect(quotes()).toEqual([['We have the votes to pass it this week.', 'Paul Grant']])
  })

  it('reads "said X" inversion and an appositive after it', () => {
    const {quotes, article} = build('“Our office is reviewing the letter,” said Maria Lopez, a spokeswoman for the agency.')
    expect(quotes()).toEqual([['Our office is reviewing the letter,', 'Maria Lopez']])
    expect(article.entities.find((e) => e.name === 'Maria Lopez')?.gender).toBe('female')
  })

  it('skips an appositive between the name and the verb', () => {
    const {quotes} = build('“It was a long night,” Tom Reed, the county clerk since 2004, told reporters.')
    expect(quotes()).toEqual([['It was a long night,', 'Tom Reed']])
  })

  it('resolves a surname and a pronoun to the person named earlier', () => {
    const {quotes} = build(
      'Governor Ruth Alvarez visited the plant on Monday.',
      '“These jobs are staying here,” Alvarez said.',
      '“We made sure of it,” she added.'
    )
    expect(quotes()).toEqual([
      ['These jobs are staying here,', 'Ruth Alvarez'],
      ['We made sure of it,', 'Ruth Alvarez']
    ])
  })

  it('picks the pronoun’s person by gender', () => {
    const {quotes} = build('Mr. Hal Stone met Ms. Ivy Park at the hearing.', '“I expected more from the committee,” she said.')
    expect(quotes()).toEqual([['I expected more from the committee,', 'Ivy Park']])
  })

  it('carries the speaker over to the next paragraph that is all quote', () => {
    const {quotes} = build('“We are not done yet,” Dan Wu said.', '“There is a lot more to do before the vote.”')
    expect(quotes()).toEqual([
      ['We are not done yet,', 'Dan Wu'],
      ['There is a lot more to do before the vote.', 'Dan Wu']
    ])
  })

  it('attributes each piece of a multi-paragraph quote to one speaker', () => {
    const {article, entity} = build('Ken Ito said:', '“First, we cut the waste.', '“Then we fix the roads.”')
    expect(article.quotations).toHaveLength(1)
    expect(entity(article.quotations[0].speaker)?.name).toBe('Ken Ito')
  })

  it('keeps a speaker known only by a description, without inventing a name', () => {
    const {article, quotes} = build('“We will appeal the ruling,” a campaign spokesman said.')
    expect(quotes()).toEqual([['We will appeal the ruling,', 'a campaign spokesman']])
    const speaker = article.entities.find((e) => e.id === article.quotations[0].speaker)!
    expect(speaker).toMatchObject({id: 'person-a-campaign-spokesman', type: 'Person', description: 'a campaign spokesman'})
    expect(speaker.name).toBeUndefined()
  })

  it('follows "according to"', () => {
    const {quotes} = build('“The numbers do not add up at all,” according to Rosa Kim.')
    expect(quotes()).toEqual([['The numbers do not add up at all,', 'Rosa Kim']])
  })

  it('takes the main clause’s subject for a participle cue', () => {
    const {quotes} = build('Jon Hale wrote to members on Friday, saying: “The vote is off until further notice.”')
    expect(quotes()).toEqual([['The vote is off until further notice.', 'Jon Hale']])
  })

  it('reads a transcript line’s speaker', () => {
    const {quotes} = build('Sen. Amy Cole spoke with the host.', '"COLE: We will not back down on this bill."')
    expect(quotes()).toEqual([['COLE: We will not back down on this bill.', 'Amy Cole']])
  })

  it('reads a dash byline after the quote', () => {
    const {quotes} = build('“The schools need more teachers, not more tests.” ― Rosa Delgado')
    expect(quotes()).toEqual([['The schools need more teachers, not more tests.', 'Rosa Delgado']])
  })

  it('lets a document speak for whoever issued it', () => {
    const {quotes, article} = build('“The program has been plagued by waste and fraud,” the report said.')
    expect(quotes()).toEqual([['The program has been plagued by waste and fraud,', 'the report']])
    expect(article.entities.find((e) => e.description === 'the report')?.name).toBeUndefined()
  })

  it('takes a name before a colon as the speaker', () => {
    const {quotes} = build('That does not surprise pollster Dana Whit: “Voters were angry long before this race began.”')
    expect(quotes()).toEqual([['Voters were angry long before this race began.', 'Dana Whit']])
  })

  it('does not give a quote the cue that introduces the next one', () => {
    const {quotes} = build('Tom Bell spoke first.', '“We will not stop,” Bell said. Jane Roe answered: “Neither will we.”')
    expect(quotes()).toEqual([
      ['We will not stop,', 'Tom Bell'],
      ['Neither will we.', 'Jane Roe']
    ])
  })

  it('gives an uncued quote to the person the sentence before is about', () => {
    const {quotes} = build('Mayor Lena Ortiz spoke only briefly at the opening.', '“We built this together.”')
    expect(quotes()).toEqual([['We built this together.', 'Lena Ortiz']])
  })

  it('reads "X says that ..., his reply would be, “...”" as X speaking, the cue running to the quote', () => {
    const {article, at, quotes} = build('Dan Wu, a Republican, says that if asked again, his reply would be, “Not in a hundred years.”')
    expect(quotes()).toEqual([['Not in a hundred years.', 'Dan Wu']])
    expect(at(article.quotations[0].cue)).toBe('says that if asked again, his reply would be')
  })

  it('reads past "of the Heritage Foundation" to the person it belongs to', () => {
    const {quotes} = build('“The plan will fail,” John Smith of the Heritage Foundation said.')
    expect(quotes()).toEqual([['The plan will fail,', 'John Smith']])
  })

  it('takes the name before an appositive that names an organization', () => {
    const {quotes} = build('Alma Ruiz, executive director of the Farm Workers Fund, a nonprofit group, said growers “are running out of time.”')
    expect(quotes()).toEqual([['are running out of time.', 'Alma Ruiz']])
  })

  it('leaves "He added, “...”" after a finished quote to the quote it leads into', () => {
    const {quotes} = build('Mayor Ray Olsen spoke to a reporter on Monday.', 'As a church spokesman told the paper, “We have waited long enough.” He added, “The city owes us an answer.”')
    expect(quotes()).toEqual([
      ['We have waited long enough.', 'a church spokesman'],
      ['The city owes us an answer.', 'a church spokesman']
    ])
  })

  it('does not take a "when" clause right after a quote as its cue', () => {
    const {quotes} = build('The ad ends with footage of Gov. Mark Toll saying, “That is just good business,” when Ana Cruz pressed him on the deal.')
    expect(quotes()).toEqual([['That is just good business,', 'Mark Toll']])
  })

  it('reads "asserting" as a participle cue of the main clause', () => {
    const {quotes} = build('Asked by Nina Bell about the deal, Mayor Jim Rowe looked away before asserting, “We never raised taxes.”')
    expect(quotes()).toEqual([['We never raised taxes.', 'Jim Rowe']])
  })

  it('gives "who" after a list to the last person named before its comma', () => {
    const {quotes} = build('The guests included Ella Price, Tom Nash and Ray Ortiz, who joked, “I came for the cake.”')
    expect(quotes()).toEqual([['I came for the cake.', 'Ray Ortiz']])
  })

  it('gives words that resume after a chanted interjection to the speaker they resume', () => {
    const {quotes} = build('Sheriff Bob Dahl took the stage.', 'He said, “We will fix the roads” - at which point the crowd chanted “Fix them now!” - “and we will do it this year.”')
    expect(quotes()).toEqual([
      ['We will fix the roads', 'Bob Dahl'],
      ['Fix them now!', 'the crowd'],
      ['and we will do it this year.', 'Bob Dahl']
    ])
  })

  it('reads back past "of Town, State" to the person before it', () => {
    const {quotes} = build('Dana Fry of Macon, Georgia says the mayor should keep “doing what he is doing.”')
    expect(quotes()).toEqual([['doing what he is doing.', 'Dana Fry']])
  })
})
