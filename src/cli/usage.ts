/**
 * The help text of the command line.
 */

/** `factlint --help`. */
export const USAGE = `Usage: factlint <command> [options]

Commands:
  check [paths or globs...]   Lint articles (default: content/) and write the editorial report
  rules                       List the rules with their severity and description

Options of check:
  -f, --format <name>         Output format: stylish (default) or json
  -o, --output-file <path>    Write the output to a file instead of stdout
  -c, --config <path>         Config file (default: factlint.config.{yaml,yml,json} if present)
      --rules <dir>           Rules directory (default: rules)
      --report-dir <dir>      Where the editorial report goes (default: reports)
      --no-report             Do not write the editorial report
      --quiet                 Report errors only
      --max-warnings <n>      Exit with 1 when there are more than n warnings
      --fix                   Remove what the rules can fix (spam links, handles, ad images),
                              writing each article atomically; only reported ranges change
      --fix-dry-run           Print the fixes as a unified diff instead of writing them
      --color, --no-color     Force or disable colors in stylish output

Other options:
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or rule-file error.
`
