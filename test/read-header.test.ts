import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parseWireText from '../pipeline/parse-wire-text.ts'
import {defaultConfig} from '../pipeline/config.ts'

function parse(value: string) {
  const file = new VFile({value, path: 'a.txt'})
  unified().use(parseWireText, {config: defaultConfig}).parse(file)
  const text = String(file.value)
  const meta = file.data.article!.meta
  return {headline: meta.headline, deck: meta.alternativeHeadline, paragraphs: file.data.article!.paragraphs.map((p) => text.slice(p.start, p.end))}
}

describe('read-header: titles with more than one sentence', () => {
  it('reads a short title line of two sentences whole', () => {
    expect(parse('date 2016-09-08\nThe mayor won. Again.\n\nBOISE — Text.')).toEqual({headline: 'The mayor won. Again.', deck: undefined, paragraphs: ['BOISE — Text.']})
    expect(parse('date 2016-09-08\nWe Rise! Is A Night Of Song.\n\nText.').headline).toBe('We Rise! Is A Night Of Song.')
  })

  it('reads a deck of two sentences under a headline ending in a semicolon', () => {
    expect(parse('date 2016-10-03\nThe river came back; \nWe lost the farm. We kept the house.\n\nText.')).toEqual({
      headline: 'The river came back',
      deck: 'We lost the farm. We kept the house.',
      paragraphs: ['Text.']
    })
  })

  it('still reads a long first block of several sentences as the lead', () => {
    const lead = 'The council met on Monday night to discuss the budget. It voted to cut the parks fund by a third.'
    expect(parse(`date 2016-10-03\n${lead}\n\nMore.`)).toEqual({headline: undefined, deck: undefined, paragraphs: [lead, 'More.']})
  })
})
