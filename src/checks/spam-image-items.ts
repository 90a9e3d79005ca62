/**
 * Judging images for `spam-image`. An image is an ad, certainly, when it sits in a promotional
 * block (one holding a certain spam link or contact), or when it is served from an anonymous
 * image host or its alt text names a QR code or a messenger (`二维码`, `微信`) and a call to action
 * is in its paragraph or a spam link or contact in its paragraph or the one next to it. An image-host image alone is likely. Images on allowed
 * domains, inside a reported link, or quoted by a warning about spam are left alone; so are
 * screenshots on GitHub's attachment host in a tutorial (it is no image host of the rule data).
 * The definition of an ad image used by reference is reported with it, so `--fix` removes both.
 */
import type {ContactClaim, LinkClaim, TextContext} from '../types.js'
import {quotedAsWarning} from './spam-discussion.js'
import {matchSpamDomain} from './spam-domains.js'
import {callsToAction, within, type JudgeInput, type SpamItem} from './spam-judge.js'
import {containsPhrase, neighbourParagraphs} from './spam-text.js'

/** The ad images of an article, given its spam links and contacts. */
export function judgeImages(
  {article, source, data, allow}: JudgeInput,
  links: SpamItem<LinkClaim>[],
  contacts: SpamItem<ContactClaim>[]
): SpamItem<LinkClaim>[] {
  const certain = [...links, ...contacts].filter((item) => item.certain).map((item) => item.claim)
  const promo = new Set(certain.map((claim) => blockKey(claim.context)))
  const items: SpamItem<LinkClaim>[] = []
  for (const image of article.claims.links) {
    if (!image.image || links.some((link) => within(image.span, link.claim.span))) continue
    const hosted = matchSpamDomain(image, data, ['image_hosts'])
    const adLike = hosted !== undefined || containsPhrase(image.label, data.spam.ad_image_words ?? [])
    const inPromo = promo.has(blockKey(image.context))
    // Only an ad-like image or one in a promotional block can be reported: the rest is not read further.
    if (!inPromo && !adLike) continue
    if (allow.domain(image) || quotedAsWarning(source, image.span, image.context, data)) continue
    const on = hosted ? ` on ${image.host}` : ''
    const pushed = () => callsToAction(source, image.span, data) || certain.some((claim) => neighbourParagraphs(source, claim.span, image.span))
    if (inPromo) {
      items.push({claim: image, message: `Unexpected promotional image${on} beside a spam link or contact, remove it`, certain: true})
    } else if (adLike && pushed()) {
      items.push({claim: image, message: `Unexpected promotional image${on} beside a call to action, remove it`, certain: true})
    } else if (hosted) {
      const message = `Unexpected image${on} (${hosted.name} often used for ads), expected an image hosted with the article`
      items.push({claim: image, message, certain: false})
    }
  }
  return [...items, ...definitionsOf(article.claims.links, items, links)]
}

/** The definitions of ad images used by reference (`![ad][x]` … `[x]: https://i.postimg.cc/...`): they go with them. */
function definitionsOf(claims: readonly LinkClaim[], images: SpamItem<LinkClaim>[], links: SpamItem<LinkClaim>[]): SpamItem<LinkClaim>[] {
  const urls = new Set(images.filter((item) => item.certain && item.claim.form === 'reference').map((item) => item.claim.url))
  return claims
    .filter((claim) => claim.form === 'definition' && urls.has(claim.url) && !links.some((link) => link.claim === claim))
    .map((claim) => ({claim, message: 'Unexpected definition of a promotional image, remove it', certain: true}))
}

/** Key of the block a claim is in (blocks outside the text blocks have their own index). */
function blockKey(context: TextContext): string {
  return `${context.blockType}:${context.block}`
}
