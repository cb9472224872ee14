/**
 * Hazards too large or too repetitive to keep as files: each is made by a
 * function, with the behaviour expected of it. Sizes are chosen so the test
 * suite stays fast; `scripts/stress.ts` builds the full-size versions
 * (10 MB, 100,000 quotes, ...) and prints time and memory.
 */
import type {PipelineConfig} from '../../pipeline/config.ts'

export interface GeneratedHazard {
  name: string
  hazard: string
  make: () => string | Uint8Array
  config?: Partial<PipelineConfig>
  refused?: {ruleId: string; line?: number; column?: number}
  paragraphs?: number
  /** Longest the build may take, in seconds (generous: a hang or a quadratic blow-up is what it catches). */
  maxSeconds: number
}

const header = 'date 2017-06-30\nCity council meets\n\n'

export const generatedHazards: GeneratedHazard[] = [
  {
    name: 'opening-quotes-50k',
    hazard: '50,000 opening quote marks in a row',
    make: () => header + 'He said ' + '“'.repeat(50_000) + ' and stopped.\n\nNext paragraph.\n',
    paragraphs: 2,
    maxSeconds: 10
  },
  {
    name: 'straight-quotes-50k',
    hazard: '50,000 straight double quotes, then 50,000 single ones',
    make: () => header + '"'.repeat(50_000) + '\n\n' + "'".repeat(50_000) + '\n',
    paragraphs: 2,
    maxSeconds: 10
  },
  {
    name: 'greater-than-10k',
    hazard: 'thousands of `>` in a row (remark-parse overflows its stack on about 2,000)',
    make: () => header + '>'.repeat(10_000) + ' quoted\n\n' + '> '.repeat(5_000) + 'nested\n',
    paragraphs: 2,
    maxSeconds: 10
  },
  {
    name: 'line-200k-no-spaces',
    hazard: 'a 200 KB line with no spaces (the 1 MB one is in the stress script)',
    make: () => header + 'x'.repeat(200_000) + '\n',
    paragraphs: 1,
    maxSeconds: 10
  },
  {
    name: 'capitalized-run',
    hazard: 'a long run of capitalized words (name patterns)',
    make: () => header + Array.from({length: 5_000}, (_, index) => `Word${index % 7 === 0 ? '' : 'y'} Capital`).join(' ') + '.\n',
    paragraphs: 1,
    maxSeconds: 10
  },
  {
    name: 'all-caps-run',
    hazard: 'a long all-caps line at the start of a paragraph (dateline pattern)',
    make: () => header + 'WASHINGTON NEW YORK '.repeat(5_000) + '— text.\n',
    paragraphs: 1,
    maxSeconds: 10
  },
  {
    name: 'quotes-500',
    hazard: '500 attributed quotes (the 100,000 case is in the stress script)',
    make: () => header + Array.from({length: 50}, (_, paragraph) =>
      Array.from({length: 10}, (_, k) => `“Quote ${paragraph * 10 + k} is here,” Smith said.`).join(' ')).join('\n\n') + '\n',
    paragraphs: 50,
    maxSeconds: 15
  },
  {
    name: 'quotes-unbalanced-2000',
    hazard: '2,000 quotes that open and never close, across paragraphs',
    make: () => header + Array.from({length: 200}, () => '“Open '.repeat(10)).join('\n\n') + '\n',
    paragraphs: 200,
    maxSeconds: 15
  },
  {
    name: 'markup-1000',
    hazard: '1,000 script elements and links in one paragraph',
    make: () => header + '<script>alert(1)</script>[x](javascript:alert(1)) '.repeat(1_000) + '\n',
    paragraphs: 1,
    maxSeconds: 10
  },
  {
    name: 'controls-10k',
    hazard: '10,000 control characters in a row, then text (one warning per run)',
    make: () => header + 'Before' + '\u0000\u202e'.repeat(5_000) + 'after.\n',
    paragraphs: 1,
    maxSeconds: 10
  },
  {
    name: 'blank-lines-100k',
    hazard: '100,000 blank lines between two paragraphs',
    make: () => header + 'First.' + '\n \t'.repeat(100_000) + '\n\nSecond.\n',
    paragraphs: 2,
    maxSeconds: 10
  },
  {
    name: 'paragraph-20mb',
    hazard: 'a 20 MB single paragraph is over the 10 MB limit: refused at once',
    make: () => header + 'Word and more words follow here. '.repeat(Math.ceil((20 * 1024 * 1024) / 33)) + '\n',
    refused: {ruleId: 'too-large'},
    maxSeconds: 3
  },
  {
    name: 'paragraph-20mb-bytes',
    hazard: 'the same, read as bytes (as the CLI reads files)',
    make: () => new TextEncoder().encode(header + 'x'.repeat(20 * 1024 * 1024)),
    refused: {ruleId: 'too-large'},
    maxSeconds: 3
  }
]
