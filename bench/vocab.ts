/**
 * The words of generated articles, per language: titles, filler sentences, section headings,
 * hotline, duration and document phrasings, and the spam lines a fifth of the articles carry.
 * `{carrier}`, `{number}`, `{duration}`, `{docs}`, `{handle}` are filled in by the generator.
 */

/** Phrasings of one language. */
export interface Vocab {
  lang: 'zh-Hans' | 'zh-Hant' | 'ja' | 'en'
  titles: string[]
  intro: string[]
  filler: string[]
  headings: {why: string; prepare: string; steps: string; hotlines: string; documents: string; faq: string; end: string}
  reasons: string[]
  steps: string[]
  hotline: string[]
  table: [string, string, string]
  hours: string[]
  duration: string[]
  durations: string[]
  documents: string[]
  docs: string[]
  faq: [string, string][]
  source: string
  spam: string[]
  /** Joins sentences of a paragraph. */
  join: string
}

const zhHans: Vocab = {
  lang: 'zh-Hans',
  titles: ['{carrier}手机卡怎么注销？详细步骤全解析', '离开日本前如何解约{carrier}', '日本电话卡注销指南：{carrier}篇', '{carrier} eSIM 注销流程与注意事项'],
  intro: [
    '在日本生活或旅行时，eSIM卡因其便捷性受到了不少人的青睐。',
    '离开日本前，记得解约{carrier}的合约，否则月租会继续扣。',
    '只在手机设置里删除 eSIM 并不等于解约，合约和账单都还在。',
    '本文将为你详细解读注销的全过程，避免因操作不当而产生不必要的麻烦。',
    '很多留学生回国前都会遇到这个问题。'
  ],
  filler: [
    '注销前请确认所有费用已结清，避免注销后出现纠纷。',
    '如果你在使用过程中保存了联系人、短信或其他数据，请提前备份。',
    '部分设备可能不支持在线注销，务必提前确认。',
    '注销完成后，建议保留注销成功的截图或邮件，以备后续查询。',
    '端末代金的分期付款如果还没有付清，解约后也会继续请求。',
    '最后一个月的月租不按天计算，按整月收取。',
    '如果有异常，及时联系客服确认账户状态。',
    '有些运营商允许一个号码绑定多个eSIM卡，请不要误注销。',
    '通过官网或App办理是最简单直接的方式，适用于大多数用户。',
    '门店办理需要预约，周末人比较多。'
  ],
  headings: {why: '为什么需要注销', prepare: '注销前的准备工作', steps: '注销的具体步骤', hotlines: '客服电话', documents: '需要准备的材料', faq: '常见问题解答', end: '总结'},
  reasons: ['**避免费用浪费**：即使不使用，也可能被自动扣费。', '**保护隐私与数据安全**：个人信息可能被长期存储。', '**方便后续操作**：注销后可以重新申请新卡。'],
  steps: ['**登录账户**：使用注册时的手机号或邮箱登录 My {carrier}。', '**找到“注销”选项**：在个人中心页面点击“取消服务”。', '**确认注销**：仔细核对无误后提交。', '**等待审核**：运营商会对你提交的信息进行审核。'],
  hotline: ['用{carrier}手机拨打 {number}（免费，9:00–20:00，全年无休）。', '{carrier}的客服热线是 {number}。', '也可以拨打 {number} 联系{carrier}客服进行人工注销。'],
  table: ['运营商', '电话', '受理时间'],
  hours: ['9:00–20:00', '全年无休', '10:00–19:00', '24小时'],
  duration: ['注销申请提交后{duration}内生效。', '一般情况下，审核会在{duration}内完成。', '退款通常需要{duration}。'],
  durations: ['1-3个工作日', '7-10个工作日', '一周', '3至5个工作日', '24小时', '一到三个工作日', '两周'],
  documents: ['去门店办理时，请带好{docs}。', '办理时需要提供{docs}。'],
  docs: ['护照', '在留卡', '本人确认材料的原件', '日本驾照（運転免許証）', '个人编号卡（マイナンバーカード）', '印章', 'SIM卡'],
  faq: [
    ['注销后还能恢复吗？', '注销后，eSIM卡的功能会被完全关闭，无法恢复。'],
    ['注销后会立即生效吗？', '通常需要{duration}才能生效。'],
    ['注销后会退还费用吗？', '注销不会退还已收取的费用。']
  ],
  source: '资料来源',
  spam: [
    '[TG💪+ @{handle}](https://t.me/s/{handle})',
    '需要代办注销请加微信：{handle}',
    '![广告](https://i.imgur.com/{handle}.png)',
    '联系飞机 @{handle} 专业代办，价格优惠！',
    '[点击咨询](https://bit.ly/{handle})'
  ],
  join: ''
}

const zhHant: Vocab = {
  ...zhHans,
  lang: 'zh-Hant',
  titles: ['{carrier}手機卡怎麼註銷？詳細步驟全解析', '離開日本前如何解約{carrier}'],
  intro: ['離開日本前，記得解約{carrier}的合約，否則月租會繼續扣。', '只在手機設定裡刪除 eSIM 並不等於解約。', '本文將為你詳細解讀註銷的全過程。'],
  filler: ['註銷前請確認所有費用已結清。', '如果有異常，及時聯繫客服。', '門市辦理需要預約，週末人比較多。', '最後一個月的月租按整月收取。'],
  headings: {why: '為什麼需要註銷', prepare: '註銷前的準備', steps: '註銷的具體步驟', hotlines: '客服電話', documents: '需要準備的材料', faq: '常見問題', end: '總結'},
  hotline: ['用{carrier}手機撥打 {number}（免費）。', '{carrier}的客服專線是 {number}。'],
  table: ['電信商', '電話', '受理時間'],
  duration: ['註銷申請提交後{duration}內生效。', '退款通常需要{duration}。'],
  durations: ['1-3個工作日', '7-10個工作日', '一週', '3至5個工作日'],
  documents: ['去門市辦理時，請帶好{docs}。'],
  docs: ['護照', '在留卡', '本人確認文件的正本', '日本駕照'],
  faq: [['註銷後還能恢復嗎？', '註銷後無法恢復。']],
  source: '資料來源',
  spam: ['[TG💪+ @{handle}](https://t.me/s/{handle})', '需要代辦請加LINE：{handle}', '![廣告](https://i.imgur.com/{handle}.png)']
}

const ja: Vocab = {
  lang: 'ja',
  titles: ['帰国前に{carrier}を解約する方法', '{carrier}の解約手続きまとめ', '{carrier} eSIM の解約ガイド'],
  intro: [
    '日本を離れるときは、{carrier}の契約を解約してください。',
    '解約しないと月額料金がかかり続けます。',
    'iPhone の設定で eSIM を削除しても、契約は解約されません。',
    'この記事では、解約の流れと必要なものを説明します。'
  ],
  filler: [
    '端末代金の分割払いが残っている場合は、解約後も請求が続きます。',
    'ショップでの手続きは予約がおすすめです。',
    '解約月の料金は日割りになりません。',
    'MNP で他社に乗り換える場合は、先に予約番号を取得してください。',
    '手続きの前に、データのバックアップを取っておきましょう。',
    '不明な点はサポートセンターに問い合わせてください。'
  ],
  headings: {why: '解約が必要な理由', prepare: '事前の準備', steps: '解約の手順', hotlines: '問い合わせ先', documents: '持ち物', faq: 'よくある質問', end: 'まとめ'},
  reasons: ['**料金の節約**：使わなくても月額料金がかかります。', '**個人情報の保護**：契約情報が残り続けます。'],
  steps: ['**My {carrier} にログイン**します。', '**解約手続き**のページを開きます。', '**内容を確認**して申し込みます。'],
  hotline: ['{carrier}の携帯電話からは {number} に電話してください。', '一般電話からは {number}（無料）です。', '{carrier}の問い合わせ窓口は {number} です。'],
  table: ['窓口', '電話番号', '受付時間'],
  hours: ['9:00〜20:00', '年中無休', '無料'],
  duration: ['解約は{duration}で反映されます。', '返金まで{duration}かかります。'],
  durations: ['1〜3営業日', '7日', '1週間', '3営業日', '即日', '2週間'],
  documents: ['ショップでは、{docs}をご用意ください。', '手続きには{docs}が必要です。'],
  docs: ['本人確認書類の原本', '運転免許証', '在留カード', 'パスポート', 'マイナンバーカード', '印鑑', '{carrier}の端末'],
  faq: [
    ['解約後に復活できますか？', '解約後は元に戻せません。'],
    ['いつ反映されますか？', '通常{duration}で反映されます。']
  ],
  source: '出典',
  spam: ['[TG💪+ @{handle}](https://t.me/s/{handle})', 'LINE：{handle} まで気軽にどうぞ', '![広告](https://i.imgur.com/{handle}.png)', '[格安SIMはこちら](https://bit.ly/{handle})'],
  join: ''
}

const en: Vocab = {
  lang: 'en',
  titles: ['How to cancel {carrier} before leaving Japan', 'Cancelling your {carrier} contract: a step-by-step guide', '{carrier} eSIM cancellation explained'],
  intro: [
    'When you leave Japan, cancel your {carrier} contract, or the monthly fee keeps being charged.',
    'Deleting the eSIM in your phone settings does not end the contract.',
    'This guide walks you through every step and what to bring.',
    'Many students run into this right before they fly home.'
  ],
  filler: [
    'Make sure every bill is paid before you cancel.',
    'If you still pay for your phone in installments, the payments continue after you cancel.',
    'The last month is charged in full, not by the day.',
    'Back up your contacts and photos before the line is closed.',
    'Shops are busy at weekends, so book a visit online.',
    'If anything looks wrong afterwards, contact customer support.'
  ],
  headings: {why: 'Why cancel at all', prepare: 'Before you start', steps: 'Step by step', hotlines: 'Phone numbers', documents: 'What to bring', faq: 'FAQ', end: 'Summary'},
  reasons: ['**Save money**: the plan is charged even when unused.', '**Protect your data**: your details stay on file.'],
  steps: ['**Log in** to My {carrier}.', '**Open the cancellation page** under your contract.', '**Confirm** and submit the request.'],
  hotline: ['From a {carrier} phone, call {number} (free).', 'The {carrier} support line is {number}.', 'You can also call {number} to reach {carrier} customer service.'],
  table: ['Carrier', 'Number', 'Hours'],
  hours: ['9:00-20:00', 'every day', 'free'],
  duration: ['The cancellation takes effect within {duration}.', 'Refunds usually take {duration}.'],
  durations: ['1-3 business days', '7-10 business days', 'one week', '3 to 5 business days', '24 hours'],
  documents: ['At the shop, bring {docs}.', 'You will need {docs}.'],
  docs: ['your passport', 'your residence card', 'the original of an ID document', 'a Japanese driving licence', 'your My Number card'],
  faq: [
    ['Can I undo the cancellation?', 'No, a cancelled line cannot be restored.'],
    ['When does it take effect?', 'Usually within {duration}.']
  ],
  source: 'Source',
  spam: ['[TG💪+ @{handle}](https://t.me/s/{handle})', 'WhatsApp us: [chat now](https://wa.me/{handle})', '![ad](https://i.imgur.com/{handle}.png)', 'Cheap SIMs: [here](https://bit.ly/{handle})'],
  join: ' '
}

/** The languages of the corpus with their share of articles. */
export const LANGUAGES: {vocab: Vocab; weight: number}[] = [
  {vocab: zhHans, weight: 0.5},
  {vocab: zhHant, weight: 0.1},
  {vocab: ja, weight: 0.2},
  {vocab: en, weight: 0.2}
]
