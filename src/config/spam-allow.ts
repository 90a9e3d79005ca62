/**
 * The config's spam allowlist (`allow: {domains, handles}` in factlint.config.yaml) added to the
 * allowlist of the rule files, so the spam rules see one list.
 */
import type {RuleData, SpamAllowlist} from '../rule-data.js'

/** Rule data whose spam allowlist also holds `allow`; `data` itself when there is nothing to add. */
export function withSpamAllowlist(data: RuleData, allow: SpamAllowlist | undefined): RuleData {
  if (!allow?.domains?.length && !allow?.handles?.length) return data
  const domains = [...(data.spam.allow?.domains ?? []), ...(allow.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, ''))]
  const handles = [...(data.spam.allow?.handles ?? []), ...(allow.handles ?? [])]
  return {...data, spam: {...data.spam, allow: {domains, handles}}}
}
