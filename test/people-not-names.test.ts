import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const names = (b: ReturnType<typeof build>) =>
  b.article.entities.filter((e) => e.type === 'Person' && e.name).map((e) => e.name)

describe('words that are not people', () => {
  it('does not take a pronoun with a verb (“I’m”, “They’re”) for a name', () => {
    const b = build('“I’m done,” Dana Wirth said. “They’re gone,” Wirth added.', `"They're late," Wirth said.`)
    expect(names(b)).toEqual(['Dana Wirth'])
  })

  it('does not take an acronym or a heading in capitals for a name', () => {
    const b = build('FULL SPEECH said nothing new.', 'NCLB said schools must test, Mara Quint said.')
    expect(names(b)).toEqual(['Mara Quint'])
  })

  it('does not take a common word that starts a sentence for a speaker', () => {
    const b = build(
      'Officials said the road would close. Having said that, the officials kept it open.',
      'Everybody says the bridge is safe, Ron Tabb said.'
    )
    expect(names(b)).toEqual(['Ron Tabb'])
  })

  it('still takes a surname that starts a sentence for a speaker', () => {
    const b = build('Tabb said the road would close.', 'Tabb said it again on Friday.')
    expect(names(b)).toEqual(['Tabb'])
  })

  it('does not take a brand, an organization or a place for a person', () => {
    const b = build(
      'FactWatch said the claim was false, Dana Pike said. Civic Watch said so too.',
      'Jo Reyes of West Boise said the Rachel Maddow Show called her.'
    )
    expect(names(b)).toEqual(['Dana Pike', 'Jo Reyes', 'Rachel Maddow'])
  })
})
