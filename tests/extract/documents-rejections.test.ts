/**
 * Documents for Japan and Hong Kong / mainland China, what an article says is not accepted, and
 * what it says of copies.
 */
import {describe, expect, it} from 'vitest'
import {extractDocuments} from '../../src/extract/documents.js'
import type {DocumentItem} from '../../src/types.js'
import {inputFor} from '../helpers/articles.js'

function named(item: DocumentItem): string {
  return item.form === 'unspecified' ? item.id : `${item.id}:${item.form}`
}

function read(markdown: string) {
  return extractDocuments(inputFor(`${markdown}\n`)).map((claim) => ({
    documents: claim.documents.map(named),
    ...(claim.rejected ? {rejected: claim.rejected.map(named)} : {}),
    ...(claim.copies ? {copies: [claim.copies.policy, claim.copies.text]} : {})
  }))
}

describe('extractDocuments: Japanese, Hong Kong and mainland documents', () => {
  it.each([
    ['在留カードとマイナンバーカードをご持参ください。', ['residence-card', 'my-number-card']],
    ['本人確認書類（運転免許証など）と印鑑をお持ちください。', ['driving-licence-jp', 'seal']],
    ['マイナカードを提示してください。', ['my-number-card']],
    ['请带上香港身份证或港澳通行证。', ['hk-id-card', 'hk-macau-permit']],
    ['內地旅客請攜帶港澳通行證及居民身份證。', ['hk-macau-permit', 'id-card-cn']],
    ['Please bring your HKID or passport.', ['hk-id-card', 'passport']]
  ])('%s', (text, documents) => {
    expect(read(text).flatMap((c) => c.documents)).toEqual(documents)
  })
})

describe('extractDocuments: what is not accepted', () => {
  it('lists a document said to be refused as rejected, never as required', () => {
    expect(read('本人確認書類として運転免許証かマイナンバーカードをご持参ください。健康保険証は使えません。')).toEqual([
      {documents: ['driving-licence-jp', 'my-number-card'], rejected: ['health-insurance-card']}
    ])
    expect(read('健康保険証は本人確認書類として利用できません。')).toEqual([{documents: [], rejected: ['health-insurance-card']}])
    expect(read('docomo不再接受健康保险证。')).toEqual([{documents: [], rejected: ['health-insurance-card']}])
    expect(read('Health insurance cards are no longer accepted.')).toEqual([{documents: [], rejected: ['health-insurance-card']}])
    expect(read('La tessera sanitaria non è accettata.')).toEqual([{documents: [], rejected: ['codice-fiscale']}])
  })

  it('reads what a list says of copies', () => {
    expect(read('请携带护照原件，不接受复印件。')).toEqual([{documents: ['passport:original'], copies: ['rejected', '不接受复印件']}])
    expect(read('在留カード（原本のみ）をご持参ください。')).toEqual([{documents: ['residence-card:original'], copies: ['rejected', '原本のみ']}])
    expect(read('コピー不可です。')).toEqual([{documents: [], copies: ['rejected', 'コピー不可']}])
    expect(read('携带护照复印件即可。')).toEqual([{documents: ['passport:copy'], copies: ['accepted', '复印件即可']}])
    expect(read('Bring your passport; a copy is fine.')).toEqual([{documents: ['passport'], copies: ['accepted', 'a copy is fine']}])
  })

  it('rejects a copy of a document, not the document, when copies are refused in its clause', () => {
    expect(read('请携带在留卡原件，在留卡复印件无效。')).toEqual([{documents: ['residence-card:original'], rejected: ['residence-card:copy'], copies: ['rejected', '复印件无效']}])
  })

  it('keeps phrases that only look like refusals out', () => {
    expect(read('请携带护照。')).toEqual([{documents: ['passport']}])
    expect(read('注销后SIM卡将无法使用。')).toEqual([])
  })
})
