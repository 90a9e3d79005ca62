/**
 * The help text of the command line.
 */

/** `factlint --help`. */
export const USAGE = `Usage: factlint <command> [options]

Commands:
  check [paths or globs...]   Lint articles (default: content/) and write the editorial report
  baseline [paths...]         Write today's findings to the baseline file (factlint-baseline.json)
  merge <blobs...>            Merge the blobs of every --shard: check across articles and
                              report as check does (same options, but no --fix or --cache)
  rules                       List the rules with their severity and description

Options of check:
  -f, --format <name[=path]>  Output format: stylish (default), json, sarif, github, rdjson,
                              rdjsonl, junit, checkstyle, codequality or markdown. Repeat it for
                              several; name=path writes that one to a file (one may use stdout)
  -o, --output-file <path>    Write the format given without =path to a file instead of stdout
  -c, --config <path>         Config file (default: factlint.config.{yaml,yml,json} if present)
      --rules <dir>           Rules directory (default: rules)
      --report-dir <dir>      Where the editorial report goes (default: reports)
      --no-report             Do not write the editorial report
      --quiet                 Report errors only
      --fail-on <level>       Exit with 1 on a finding at or above: error (default), warning,
                              or never
      --max-warnings <n>      Exit with 1 when there are more than n warnings
      --changed-since <ref>   Report only articles changed since ref (git REF...HEAD plus
                              uncommitted and untracked files); every article is still checked
                              for cross-article contradictions
      --scope <files|lines>   With --changed-since: whole changed files (default) or only
                              messages on lines the change added or modified
      --baseline <file>       Hide the findings accepted in this baseline; list those gone
      --fix                   Remove what the rules can fix (spam links, handles, ad images),
                              writing each article atomically; only reported ranges change
      --fix-dry-run           Print the fixes as a unified diff instead of writing them
      --color, --no-color     Force or disable colors in stylish output
      --cache                 Reuse the results of unchanged articles (cross-article checks
                              still run over every article)
      --cache-location <path> Cache file (default: .factlintcache); implies --cache
      --no-rules-cache        Parse and validate the rule files even when a snapshot of them
                              is in ~/.cache/factlint (also FACTLINT_NO_RULES_CACHE=1)
      --workers <n|auto>      Threads checking articles: n (1: none) or auto (default: one per
                              core when there are at least 150 articles to check)
      --shard <i/n>           Check only slice i of n and write it as a blob for merge
      --shard-output <path>   Where the blob goes (default: factlint-shard-<i>-of-<n>.json)

Options of baseline:
      --baseline <file>       Where to write (default: factlint-baseline.json)
  -c, --config, --rules,      As for check
      --no-rules-cache

Other options:
  -h, --help                  Show this help
  -v, --version               Show the version

Environment: FACTLINT_NO_RULES_CACHE=1 and FACTLINT_NO_CODE_CACHE=1 keep factlint from using its
snapshots of rule data and its code cache in $XDG_CACHE_HOME/factlint (or ~/.cache/factlint).

Exit codes: 0 nothing at the --fail-on level, 1 findings at it (or too many warnings),
2 usage, config or rule-file error, or a --changed-since ref that is not fetched.
`
