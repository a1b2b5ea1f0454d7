/** The short help shown for --help, -h and no arguments. */
export const USAGE = `safeguarding: what must we do next, and by when (England's child-safeguarding duties)

Usage:
  safeguarding                                       the chat (on a terminal): describe a case in your own words
  safeguarding ask "<question>" [--as-of YYYY-MM-DD] [--edition E] [--json]
      One case or question, answered at once: follow-up questions are listed, not asked. The
      question may be piped in. --json prints { facts, understood, questions, answer }.
  safeguarding next --facts <file|-> [--as-of YYYY-MM-DD] [--edition E] [--calendar <file>] [--json]
      The duties that apply to a case, soonest first. The facts file is YAML or JSON
      (a conformance scenario works too); "-" reads standard input. --as-of defaults to today
      in London; --edition is one of wt2013, wt2015, wt2018, wt2023.
  safeguarding days add <date> <n> [--json]          the nth working day after (or before, if n < 0)
  safeguarding days between <from> <to> [--json]     working days after <from>, up to and including <to>
  safeguarding days holidays --from <date> --to <date> [--json]
      England and Wales bank holidays. The days commands also take --calendar <file>:
      a newer copy of the official GOV.UK bank-holiday JSON.
  safeguarding duties [--edition E] [--json]         the duty catalogue
  safeguarding validate --type <record-type> <file>... [--format text|json] [--max-examples N]
                        [--max-problems N] [--input-format json|ndjson|csv|xlsx] [--as-of YYYY-MM-DD]
                        [--incidents <file>]
      Check exports (JSON array, NDJSON, CSV, XLSX; "-" reads standard input) against a record
      schema such as serious-incident or serious-incident-input, its coded rules and the statutory
      timescales (a rapid review's needs its serious incident: --incidents, a file of stored ones).
      Exit 0 all valid, 1 errors found, 2 a mistake in the command or an unreadable file.
  safeguarding template --type <record-type> --format csv|xlsx [--output <file>]
      A spreadsheet with every column and an example row.
  safeguarding --help | --version

Examples:
  safeguarding ask "9 week old baby died yesterday, neglect suspected, we found out today"
  safeguarding next --facts case.yaml --as-of 2026-11-23
  safeguarding days add 2025-02-20 -7
  safeguarding validate --type serious-incident incidents.csv
`;
