import {describe, expect, it} from 'vitest'
import {foldNumberText} from '../../src/extract/number-text.js'

describe('foldNumberText', () => {
  it('folds full-width number characters, dashes, middle dots and ideographic spaces', () => {
    expect(foldNumberText('０１２０－８００－０００')).toBe('0120-800-000')
    expect(foldNumberText('＋８１（３）１２３４．５＊＃／')).toBe('+81(3)1234.5*#/')
    expect(foldNumberText('0120\u2010800\u2015000\u2212 0120ー800﹣000')).toBe('0120-800-000- 0120-800-000')
    expect(foldNumberText('0120・800･000·1')).toBe('0120/800/000/1')
    expect(foldNumberText('电话\u3000110')).toBe('电话 110')
  })

  it('leaves other full-width characters, letters and punctuation alone, and keeps the length', () => {
    const text = '请拨打：，！？ＡＢＣ～ｘ。日本語 plain text'
    expect(foldNumberText(text)).toBe(text)
    const mixed = '（０３）１２３４－５６７８，ＴＥＬ'
    expect(foldNumberText(mixed)).toBe('(03)1234-5678，ＴＥＬ')
    expect(foldNumberText(mixed)).toHaveLength(mixed.length)
  })
})
