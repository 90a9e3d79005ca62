import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {extractDocuments} from '../../src/extract/documents.js'
import type {DocumentClaim, DocumentItem} from '../../src/types.js'
import {inputFor, positionOf, where} from '../helpers/articles.js'
import {ruleData} from '../helpers/rule-data.js'

function claims(markdown: string): DocumentClaim[] {
  return extractDocuments(inputFor(markdown))
}

/** `id` or `id:form`, as the specs of rules/documents.yaml write documents. */
function named(item: DocumentItem): string {
  return item.form === 'unspecified' ? item.id : `${item.id}:${item.form}`
}

/** The documents of every claim, in order. */
function ids(markdown: string): string[] {
  return claims(markdown).flatMap((c) => c.documents.map(named))
}

/** The only claim of a text, with positions as `line:column-line:column`. */
function one(markdown: string) {
  const all = claims(markdown)
  expect(all, markdown).toHaveLength(1)
  const claim = all[0]!
  return {
    text: claim.text,
    at: where(markdown, claim.span),
    mode: claim.mode,
    items: claim.documents.map((d) => [named(d), d.text, where(markdown, d.span)])
  }
}

describe('extractDocuments: the seed articles', () => {
  const gold = parse(readFileSync('tests/fixtures/gold-seeds.yaml', 'utf8')) as {
    claims: {document: {file: string; line: number; documents: string[]}[]}
  }

  it('yields exactly the document claims of the gold file, and no other', () => {
    const found = readdirSync('tests/fixtures/seeds')
      .sort()
      .flatMap((name) => {
        const source = readFileSync(`tests/fixtures/seeds/${name}`, 'utf8')
        return claims(source).map((claim) => ({
          file: name.replace(/\.md$/, '.txt'),
          line: positionOf(source, claim.span.start).line,
          documents: claim.documents.map((d) => (d.form === 'unspecified' ? d.id : `${d.id}-${d.form}`))
        }))
      })
    expect(found).toEqual(gold.claims.document)
  })

  it('states the lists of the seeds with their text, mode and carrier', () => {
    const source = readFileSync('tests/fixtures/seeds/003_62efac3a9b478372.md', 'utf8')
    const [claim] = claims(source)
    expect(claim).toMatchObject({kind: 'documents', text: '护照复印件', mode: 'all', carrier: 'jp.au'})
    const seed002 = claims(readFileSync('tests/fixtures/seeds/002_15a394b85abb246e.md', 'utf8'))
    expect(seed002.map((c) => [c.text, c.mode])).toEqual([
      ['护照或日本的在留卡', 'any'],
      ['电话卡本身以及任何相关的合同文件。有些运营商还会要求提供最近的缴费凭证', 'all']
    ])
  })
})

describe('extractDocuments: specs of rules/documents.yaml', () => {
  const data = ruleData()
  const known = new Set(data.documents.documents.map((d) => d.id))

  it('has specs, and they name only known documents', () => {
    expect(data.documentSpecs.length).toBeGreaterThan(20)
    for (const spec of data.documentSpecs) for (const id of spec.documents) expect(known, spec.text).toContain(id.split(':')[0])
  })

  it.each(data.documentSpecs.map((spec) => [spec.text, spec] as const))('%s', (text, spec) => {
    expect(ids(text)).toEqual(spec.documents)
    if (spec.mode) expect(claims(text).map((c) => c.mode)).toEqual([spec.mode])
  })
})

describe('extractDocuments: the lexicon', () => {
  const data = ruleData()
  const aliases = data.documents.documents.flatMap((d) => Object.values(d.aliases).flatMap((list) => list.map((alias) => [alias, d.id] as const)))

  it('names each document by every one of its aliases', () => {
    const wrong = aliases.filter(([alias, id]) => ids(`请携带${alias}。`).join() !== id)
    expect(wrong).toEqual([])
  })

  it('has no alias twice and no not_documents phrase that is an alias', () => {
    const lower = aliases.map(([alias]) => alias.toLowerCase())
    expect(lower.filter((alias, i) => lower.indexOf(alias) !== i)).toEqual([])
    expect(data.documents.not_documents.filter((phrase) => lower.includes(phrase.toLowerCase()))).toEqual([])
  })
})

describe('extractDocuments: languages and positions', () => {
  it('reads simplified Chinese', () => {
    expect(one('前往营业厅时，请携带护照或在留卡。\n')).toEqual({
      text: '护照或在留卡',
      at: '1:11-1:17',
      mode: 'any',
      items: [
        ['passport', '护照', '1:11-1:13'],
        ['residence-card', '在留卡', '1:14-1:17']
      ]
    })
  })

  it('reads traditional Chinese', () => {
    expect(one('辦理時請攜帶護照與在留卡影本。\n')).toEqual({
      text: '護照與在留卡影本',
      at: '1:7-1:15',
      mode: 'all',
      items: [
        ['passport', '護照', '1:7-1:9'],
        ['residence-card:copy', '在留卡影本', '1:10-1:15']
      ]
    })
  })

  it('reads Japanese, with the form in brackets', () => {
    expect(one('**必要書類**：パスポートまたは在留カード（原本）\n')).toEqual({
      text: 'パスポートまたは在留カード（原本）',
      at: '1:10-1:27',
      mode: 'any',
      items: [
        ['passport', 'パスポート', '1:10-1:15'],
        ['residence-card:original', '在留カード（原本）', '1:18-1:27']
      ]
    })
  })

  it('reads English', () => {
    expect(one('At the shop, bring your passport and a copy of your residence card.\n')).toEqual({
      text: 'passport and a copy of your residence card',
      at: '1:25-1:67',
      mode: 'all',
      items: [
        ['passport', 'passport', '1:25-1:33'],
        ['residence-card:copy', 'copy of your residence card', '1:40-1:67']
      ]
    })
  })

  it('reads Italian', () => {
    expect(one("Per la disdetta è necessario allegare una fotocopia della carta d'identità oppure del passaporto.\n")).toEqual({
      text: "fotocopia della carta d'identità oppure del passaporto",
      at: '1:43-1:97',
      mode: 'any',
      items: [
        ['identity-document-it:copy', "fotocopia della carta d'identità", '1:43-1:75'],
        ['passport', 'passaporto', '1:87-1:97']
      ]
    })
  })

  it('maps positions across emphasis and folds full-width letters', () => {
    expect(one('请携带**护照**和ＳＩＭ卡。\n')).toEqual({
      text: '护照**和ＳＩＭ卡',
      at: '1:6-1:15',
      mode: 'all',
      items: [
        ['passport', '护照', '1:6-1:8'],
        ['sim-card', 'ＳＩＭ卡', '1:11-1:15']
      ]
    })
  })

  it('puts the claim in its block and sentence', () => {
    const [claim] = claims('# 注销\n\n准备好相关证件。需要提供身份证明，比如护照。\n')
    expect(claim!.context).toMatchObject({block: 1, blockType: 'paragraph', sentence: 1, section: 0})
  })
})

describe('extractDocuments: copy, original and mode', () => {
  it.each([
    ['请携带护照原件和在留卡复印件。', ['passport:original', 'residence-card:copy']],
    ['请提供护照的复印件。', ['passport:copy']],
    ['パスポートのコピーをご用意ください。', ['passport:copy']],
    ['Bring the original passport.', ['passport:original']],
    ['Allegare copia del passaporto.', ['passport:copy']],
    ['Portare il passaporto originale.', ['passport:original']]
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected)
  })

  it.each([
    ['请携带护照或在留卡。', 'any'],
    ['请携带护照/在留卡。', 'any'],
    ['请准备以下任一证件：护照、在留卡。', 'any'],
    ['運転免許証、マイナンバーカードのいずれかをご持参ください。', 'any'],
    ['Bring your passport or residence card.', 'any'],
    ['Occorre il passaporto oppure la carta d\'identità.', 'any'],
    ['请携带护照和在留卡。', 'all'],
    ['请携带护照、在留卡以及SIM卡。', 'all'],
    ['パスポートと印鑑をご持参ください。', 'all'],
    ['Bring your passport and your residence card.', 'all'],
    ['Portare il passaporto e il codice fiscale.', 'all'],
    ['请携带护照。', 'all'],
    ['请携带身份证件（护照或日本驾照）以及设备。', 'unspecified']
  ])('%s is %s', (text, mode) => {
    expect(one(text).mode).toBe(mode)
  })
})

describe('extractDocuments: traps', () => {
  it.each([
    ['注销完成后，记得索取注销证明或收据，以备日后查询。'],
    ['同时，可能还需要填写电话卡号码以及合同号（如果有）。'],
    ['很多日本的电话卡都有合约期限，在合约期满之前注销可能会涉及违约金的问题。因此，第一步就是查看自己电话卡的合约详情。'],
    ['用户可以直接将SIM卡插入手机中使用。'],
    ['需要提供身份证明或本人確認書類。'],
    ['这种方式非常适合那些经常更换设备或不希望携带额外卡片的人群。'],
    ['部分设备可能不支持eSIM卡的注销功能，而安卓设备可能需要通过运营商App操作。'],
    ['请携带eSIM卡。'],
    ['注销前需要提前备份手机数据和设备设置。'],
    ['如果你的手机是合约机，需要先付清余款。'],
    ['我的护照过期了，合同也找不到了。'],
    ['无需携带护照。'],
    ['パスポートは不要です。'],
    ['You do not need your passport.'],
    ['Non è necessario il passaporto.'],
    ['Keep the receipt after the cancellation.'],
    ['请携带 `护照` 和 `在留卡`。'],
    ['```\n请携带护照和在留卡\n```'],
    ['## 携带护照和在留卡'],
    ['办理步骤如下：\n\n- 护照\n- 在留卡\n'],
    ['请准备好以下信息：\n\n- 您的手机号码或其他身份验证信息；\n- 合同号\n']
  ])('%s', (text) => {
    expect(claims(text)).toEqual([])
  })

  it('lists a receipt, not the SIM card it was bought with', () => {
    expect(ids('请带上购买SIM卡时的收据。')).toEqual(['purchase-receipt'])
    expect(ids('Bring the receipt for the SIM card.')).toEqual(['purchase-receipt'])
  })

  it('takes the examples after a generic word for proof of identity', () => {
    expect(one('都需要提供身份证明，比如护照或日本的在留卡。')).toMatchObject({mode: 'any', items: [['passport', '护照', '1:13-1:15'], ['residence-card', '在留卡', '1:19-1:22']]})
  })

  it('keeps only the documents a negation or a verb of obtaining does not govern', () => {
    expect(ids('无需携带护照，只需出示在留卡。')).toEqual(['residence-card'])
    expect(ids('请携带护照，并在办理后索取收据。')).toEqual(['passport'])
  })
})

describe('extractDocuments: lists and tables', () => {
  it('reads a lead-in line and the list below it as one claim', () => {
    const md = '注销时请携带以下材料：\n\n- 护照\n- 在留卡\n- SIM卡\n\n然后去窗口。\n'
    expect(one(md)).toEqual({
      text: '护照\n- 在留卡\n- SIM卡',
      at: '3:3-5:7',
      mode: 'all',
      items: [
        ['passport', '护照', '3:3-3:5'],
        ['residence-card', '在留卡', '4:3-4:6'],
        ['sim-card', 'SIM卡', '5:3-5:7']
      ]
    })
    expect(claims(md)[0]!.context).toMatchObject({listItem: 0})
  })

  it('takes a lead-in ending in `如下` or a half-width colon', () => {
    expect(claims('请携带的材料如下\n\n- 护照\n- 在留卡\n').map((c) => [c.text, c.documents.map(named)])).toEqual([['护照\n- 在留卡', ['passport', 'residence-card']]])
    expect(claims('Please bring the following:\n\n- passport\n- residence card\n').map((c) => c.documents.map(named))).toEqual([['passport', 'residence-card']])
    // Ending in a full stop, it is no lead-in: the items have no trigger of their own.
    expect(claims('请携带的材料如下。\n\n- 护照\n- 在留卡\n')).toEqual([])
  })

  it('takes a weak trigger only in the last sentence of a lead-in, and never one that states no need', () => {
    const md = 'docomo 门店办理时需要：\n\n- 护照\n- 设备\n'
    expect(claims(md).map((c) => [c.text, c.documents.map(named), c.carrier, c.attribution])).toEqual([['护照\n- 设备', ['passport', 'device'], 'jp.docomo', 'lead-in']])
    expect(claims('及时注销是非常必要的。原因有以下几点：\n\n1. 设备会被扣费\n2. SIM卡会失效\n')).toEqual([])
    expect(claims('以下情况需要注意：\n\n- 设备不兼容\n- SIM卡损坏\n')).toEqual([])
  })

  it('reads table cells under a requirement header, one claim per cell', () => {
    const md = '| 运营商 | 所需材料 |\n| --- | --- |\n| docomo | 护照、在留卡 |\n| SoftBank | 护照或驾照 |\n'
    expect(claims(md).map((c) => [c.text, where(md, c.span), c.mode, c.carrier, c.attribution])).toEqual([
      ['护照、在留卡', '3:12-3:18', 'all', 'jp.docomo', 'table-row'],
      ['护照或驾照', '4:14-4:19', 'any', 'jp.softbank', 'table-row']
    ])
  })
})

describe('extractDocuments: carriers', () => {
  it('attributes a list to the carrier of its sentence, section or none', () => {
    const md = 'docomo 需要护照和在留卡。\n\n## au 的解约\n\n请携带护照。\n'
    expect(claims(md).map((c) => [c.text, c.carrier, c.attribution])).toEqual([
      ['护照和在留卡', 'jp.docomo', 'sentence'],
      ['护照', 'jp.au', 'section']
    ])
    const [bare] = claims('请携带护照。\n')
    expect(bare!.attribution).toBe('none')
    expect(bare).not.toHaveProperty('carrier')
  })
})
