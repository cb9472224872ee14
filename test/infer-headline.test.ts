import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Root} from 'mdast'
import parseWireText from '../pipeline/parse-wire-text.ts'
import segmentSentences from '../pipeline/segment-sentences.ts'
import inferHeadline, {cutAtWord} from '../pipeline/infer-headline.ts'

function headlineOf(value: string) {
  const file = new VFile({value, path: 'a.txt'})
  const processor = unified().use(parseWireText).use(segmentSentences).use(inferHeadline)
  processor.runSync(processor.parse(file) as Root as never, file)
  return {meta: file.data.article!.meta, messages: file.messages.filter((message) => message.ruleId === 'headline-inferred')}
}

describe('infer-headline', () => {
  it('takes the lead’s first sentence after the dateline, and warns', () => {
    const {meta, messages} = headlineOf('date 2017-06-30 WASHINGTON (AP) — The Senate passed the bill. It now goes to the House.\n\nMore.')
    expect(meta.headline).toBe('The Senate passed the bill')
    expect(meta.headlineInferred).toBe(true)
    expect(messages).toHaveLength(1)
    expect(messages[0].fatal).toBe(false)
    expect([messages[0].line, messages[0].column]).toEqual([1, 35])
  })

  it('cuts a long lead at a word boundary within 110 characters', () => {
    const lead = 'Mississippi Secretary of State Delbert Hosemann says he has no intention of honoring the request from President Donald Trump’s election integrity commission.'
    const {meta} = headlineOf(`date 2017-06-30 ${lead}\n\nMore.`)
    expect(meta.headline).toBe('Mississippi Secretary of State Delbert Hosemann says he has no intention of honoring the request from')
    expect(meta.headline!.length).toBeLessThanOrEqual(110)
  })

  it('keeps a title line or front matter headline, without a warning', () => {
    expect(headlineOf('date 2017-06-30\nA title\n\nLead.').messages).toEqual([])
    expect(headlineOf('---\nheadline: Given\n---\ndate 2017-06-30 Lead.').meta.headline).toBe('Given')
  })

  it('never cuts an astral character in half', () => {
    const emoji = '😀'.repeat(200)
    const cut = cutAtWord(emoji, 110)
    expect(Array.from(cut)).toHaveLength(110)
    expect(cut).toBe('😀'.repeat(110))
  })

  it('counts and cuts whole graphemes: a ZWJ family is one character', () => {
    const family = '👨‍👩‍👧'
    expect(cutAtWord(family.repeat(120), 110)).toBe(family.repeat(110))
  })
})
