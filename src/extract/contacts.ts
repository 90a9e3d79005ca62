/**
 * Contact handles pushed in the text: a messenger label followed by a handle, such as
 * `TG💪+ @jx0703`, `飞机：＠esim1088`, `『TG客服：fastsim_bot』`, `〔——电报搜索@kaika99——〕`,
 * `Line/WhatsApp: @cardvip`, `微信号：esimshop` or `QQ：12345678`, in plain text, link text and
 * inline code (flagged so checks can tell them apart). E-mail addresses, `@` mentions without a
 * label, labels without a handle (`line 2`, `online`, `QQ音乐`), redacted handles (`飞机@****`)
 * and placeholders (`@username`) are not contacts.
 */
import type {ContactClaim} from '../types.js'
import {blockSpan, contextAt, inRanges} from './blocks.js'
import {contactMatcher} from './contact-pattern.js'
import type {ExtractInput} from './input.js'

/** Extracts every contact handle of an article, in source order. */
export function extractContacts(input: Pick<ExtractInput, 'source' | 'blocks' | 'data'>): ContactClaim[] {
  const matcher = contactMatcher(input.data.spam)
  const claims: ContactClaim[] = []
  for (const block of input.blocks) {
    for (const match of matcher.find(block.text)) {
      const span = blockSpan(block, match.start, match.end)
      claims.push({
        kind: 'contact',
        platform: match.platform,
        handle: match.handle,
        inLinkText: inRanges(block.links, match.handleStart),
        inCode: inRanges(block.code, match.handleStart),
        span,
        text: input.source.slice(span.start, span.end),
        context: contextAt(block, match.start)
      })
    }
  }
  return claims
}
