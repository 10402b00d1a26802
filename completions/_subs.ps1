
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'subs' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'subs'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'subs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a subscription (prompts for missing values on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions with their monthly cost and next billing date')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List subscriptions with their monthly cost and next billing date')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a subscription''s details')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause billing and reminders')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused subscription')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now, or at the end of a period with --at')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subscription and all its history')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a subscription and all its history')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment; paying the due occurrence moves the next billing date on')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'List payments, or correct one (payments edit|delete ID)')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Check a bank statement against your subscriptions: paid, late, missed, doubled, a new price, charges nobody declared')
            [CompletionResult]::new('log-usage', 'log-usage', [CompletionResultType]::ParameterValue, 'Record that you used a subscription')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Per subscription: uses, time, last use, cost per use; with a name, its logs')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Process renewals: record auto-renewal payments, expire ended subscriptions')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the last writing command exactly; again: the one before it; --list shows the journal')
            [CompletionResult]::new('redo', 'redo', [CompletionResultType]::ParameterValue, 'Re-apply the command undone last')
            [CompletionResult]::new('upcoming', 'upcoming', [CompletionResultType]::ParameterValue, 'Every charge coming up in the next days, overdue ones first')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'The charges of the months ahead, per month, and what to set aside each month to cover them')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The portfolio at a glance: counts, costs, categories, upcoming renewals')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Trends and breakdowns over recent months, with bar charts')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'Exchange rates into the base currency')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill the separate `demo` profile with a sample portfolio and show it')
            [CompletionResult]::new('insights', 'insights', [CompletionResultType]::ParameterValue, 'Where to save: Gemini (or a local model) when enabled, else the rule engine')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a backup, a CSV of subscriptions or a Wallos export')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'Find subscriptions in a bank statement (offline); --add tracks them')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Raise reminders (cron-safe) and manage alerts')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Raise reminders (cron-safe) and manage alerts')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Notification channels: where new alerts are delivered (ntfy, a webhook, a command), with a delivery outbox')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Run `alerts generate` every hour: a systemd timer, cron or launchd')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Monthly budgets, overall or per category')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'Payment cards: which subscriptions to move when one expires')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'People you share plans with ("me" is always there)')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Who owes whom for a month''s charges of shared plans')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Sync with your other devices through a git remote you own, end-to-end encrypted (`sync init` on the first, `sync join` on the others)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Manage categories')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve your subscriptions to an AI assistant: a Model Context Protocol server on stdin/stdout (reads only, unless --allow-writes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;add' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount per billing cycle, e.g. 15.99')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'Billing cycle (any letter case)')
            [CompletionResult]::new('--every-days', '--every-days', [CompletionResultType]::ParameterName, 'Days per cycle, for --cycle custom (1 to 365)')
            [CompletionResult]::new('--every-months', '--every-months', [CompletionResultType]::ParameterName, 'Months per cycle, for --cycle custom (1 to 120): every 2 months, twice a year (6)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First billing date (default: today)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'Next billing date (default: computed from the start date)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Longer description')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Who bills you (default: the name)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category name; created if it does not exist yet')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 code (default: the base_currency setting, USD until set)')
            [CompletionResult]::new('--payment-method', '--payment-method', [CompletionResultType]::ParameterName, 'How you pay')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'The card it is charged to (`subs card add`); "none" to unset')
            [CompletionResult]::new('--shared-with', '--shared-with', [CompletionResultType]::ParameterName, 'A shared plan''s members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare')
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)')
            [CompletionResult]::new('--paid-by', '--paid-by', [CompletionResultType]::ParameterName, 'Who pays the provider (default: me)')
            [CompletionResult]::new('--auto-renew', '--auto-renew', [CompletionResultType]::ParameterName, 'Whether it renews by itself (true/false)')
            [CompletionResult]::new('--reminder-days', '--reminder-days', [CompletionResultType]::ParameterName, 'Days before a charge to remind you (0 to 365; default 3)')
            [CompletionResult]::new('--remind', '--remind', [CompletionResultType]::ParameterName, 'Several reminders: days before each charge, e.g. 30,7,1 (0 = on the day); each fires once. An empty value goes back to --reminder-days')
            [CompletionResult]::new('--mute', '--mute', [CompletionResultType]::ParameterName, 'Alert types not to raise for it, e.g. usage_limit,renewal_reminder')
            [CompletionResult]::new('--unmute', '--unmute', [CompletionResultType]::ParameterName, 'Alert types to raise again')
            [CompletionResult]::new('--email-notifications', '--email-notifications', [CompletionResultType]::ParameterName, 'Whether reminders are printed by `alerts generate` (true/false)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Web address (http or https)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-form notes, kept verbatim')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'What its charges say on a bank statement, for `detect` and `reconcile`: descriptors separated by |, matched case-insensitively (e.g. ''CLAUDE.AI|ANTHROPIC'' keeps a renamed merchant one subscription); "none" to match by its name again')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of the subscription')
            [CompletionResult]::new('--trial-until', '--trial-until', [CompletionResultType]::ParameterName, 'Last free day of a trial; the first charge is the day after')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)')
            [CompletionResult]::new('--term', '--term', [CompletionResultType]::ParameterName, 'A contract''s minimum term from the start date: 12m, 24m, 1y ("none" removes it)')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)')
            [CompletionResult]::new('--extends-by', '--extends-by', [CompletionResultType]::ParameterName, 'Each automatic extension of the contract (default: the term again), e.g. 1m')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which statuses to show')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (any letter case)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows; by default the next billing date, soonest first (ties by name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Count only my share of shared plans (default: the `totals` setting)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Count shared plans in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which statuses to show')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (any letter case)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows; by default the next billing date, soonest first (ties by name)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Count only my share of shared plans (default: the `totals` setting)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Count shared plans in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'New amount per cycle; a change is recorded in the price history')
            [CompletionResult]::new('--cycle', '--cycle', [CompletionResultType]::ParameterName, 'New billing cycle (re-anchors the schedule at the next billing date)')
            [CompletionResult]::new('--every-days', '--every-days', [CompletionResultType]::ParameterName, 'Days per cycle, for a custom cycle')
            [CompletionResult]::new('--every-months', '--every-months', [CompletionResultType]::ParameterName, 'Months per cycle, for a custom cycle')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'New start date')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'New next billing date (re-anchors the schedule there)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Longer description')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Who bills you (default: the name)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category name; created if it does not exist yet')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 code (default: the base_currency setting, USD until set)')
            [CompletionResult]::new('--payment-method', '--payment-method', [CompletionResultType]::ParameterName, 'How you pay')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'The card it is charged to (`subs card add`); "none" to unset')
            [CompletionResult]::new('--shared-with', '--shared-with', [CompletionResultType]::ParameterName, 'A shared plan''s members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare')
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)')
            [CompletionResult]::new('--paid-by', '--paid-by', [CompletionResultType]::ParameterName, 'Who pays the provider (default: me)')
            [CompletionResult]::new('--auto-renew', '--auto-renew', [CompletionResultType]::ParameterName, 'Whether it renews by itself (true/false)')
            [CompletionResult]::new('--reminder-days', '--reminder-days', [CompletionResultType]::ParameterName, 'Days before a charge to remind you (0 to 365; default 3)')
            [CompletionResult]::new('--remind', '--remind', [CompletionResultType]::ParameterName, 'Several reminders: days before each charge, e.g. 30,7,1 (0 = on the day); each fires once. An empty value goes back to --reminder-days')
            [CompletionResult]::new('--mute', '--mute', [CompletionResultType]::ParameterName, 'Alert types not to raise for it, e.g. usage_limit,renewal_reminder')
            [CompletionResult]::new('--unmute', '--unmute', [CompletionResultType]::ParameterName, 'Alert types to raise again')
            [CompletionResult]::new('--email-notifications', '--email-notifications', [CompletionResultType]::ParameterName, 'Whether reminders are printed by `alerts generate` (true/false)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Web address (http or https)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-form notes, kept verbatim')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'What its charges say on a bank statement, for `detect` and `reconcile`: descriptors separated by |, matched case-insensitively (e.g. ''CLAUDE.AI|ANTHROPIC'' keeps a renamed merchant one subscription); "none" to match by its name again')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of the subscription')
            [CompletionResult]::new('--trial-until', '--trial-until', [CompletionResultType]::ParameterName, 'Last free day of a trial; the first charge is the day after')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)')
            [CompletionResult]::new('--term', '--term', [CompletionResultType]::ParameterName, 'A contract''s minimum term from the start date: 12m, 24m, 1y ("none" removes it)')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)')
            [CompletionResult]::new('--extends-by', '--extends-by', [CompletionResultType]::ParameterName, 'Each automatic extension of the contract (default: the term again), e.g. 1m')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--no-category', '--no-category', [CompletionResultType]::ParameterName, 'Remove the category')
            [CompletionResult]::new('--no-end', '--no-end', [CompletionResultType]::ParameterName, 'Remove the end date')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;pause' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;resume' {
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'Next billing date (default: the first scheduled date from today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;cancel' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Last day of service (default: today); a future date keeps it active until then')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--at-period-end', '--at-period-end', [CompletionResultType]::ParameterName, 'End with the period already paid: the last day is the day before the next billing date')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;pay' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount paid (default: the subscription''s current amount)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day the payment was made (default: today)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Billing date this payment is for, one the schedule charges (default: the next billing date); the day the bank posted it goes in --date')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Payment status; failed never moves the schedule; refunded records money coming back for the charge --due names (default: the latest one paid)')
            [CompletionResult]::new('--transaction-id', '--transaction-id', [CompletionResultType]::ParameterName, 'The provider''s transaction reference')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-form notes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record it even if the subscription is paused, cancelled or expired')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;payments' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this day on')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this day')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only payments with this status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a payment (its id is in `subs payments`)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record money coming back for a payment (all of it, or --amount)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a payment; the charge it settled is due again')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a payment; the charge it settled is due again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;payments;edit' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount paid')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day the payment was made')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status; failed re-opens the charge it settled; refunded records the refund of the whole payment (as `subs payments refund ID`)')
            [CompletionResult]::new('--transaction-id', '--transaction-id', [CompletionResultType]::ParameterName, 'The provider''s transaction reference (empty to remove)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-form notes (empty to remove)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;payments;refund' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Part of it (default: all of it that is not refunded yet)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day the money came back (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;payments;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;payments;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;payments;help' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a payment (its id is in `subs payments`)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record money coming back for a payment (all of it, or --amount)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a payment; the charge it settled is due again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;payments;help;edit' {
            break
        }
        'subs;payments;help;refund' {
            break
        }
        'subs;payments;help;delete' {
            break
        }
        'subs;payments;help;help' {
            break
        }
        'subs;reconcile' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The files'' format, when finding it from the content is not wanted')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The text encoding (default: found from the content)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Which CSV header holds which field, for headers subs does not know, e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date, amount, debit, credit, payee, memo, currency, id)')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'The order of day and month in a CSV''s dates, when its values leave it open (03/04/2025)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Read only this account of a file that holds several (its IBAN or account number)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency of rows whose statement names none (a CSV without a currency column)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Record the charges paid as payments, take on a new price two charges agree on, and raise missed_charge and duplicate_charge alerts (one undo step; nothing is deleted or cancelled)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;log-usage' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many times (default 1)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long: 90m, 1h30m, 2h, 45s (at most 24h)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'A measured value, e.g. GB stored or pages read (2 decimals)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day of use (default: today; not in the future)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-form notes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;usage' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Window start (default: 29 days before --until, a 30-day window)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Window end (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a usage log (its id is in `subs usage`)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a usage log (its id is in `subs usage`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;usage;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;usage;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;usage;help' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a usage log (its id is in `subs usage`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;usage;help;delete' {
            break
        }
        'subs;usage;help;help' {
            break
        }
        'subs;renew' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen; write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;undo' {
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Show the last N journalled commands instead (newest first; marks what undo reverts and what redo re-applies)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Undo a background run (alerts generate, renew) without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Undo a background run (alerts generate, renew) without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;redo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;upcoming' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days ahead, today included (1 to 36525)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;forecast' {
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'How many months, the first included (1 to 120)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first month, YYYY-MM (default: this month)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;dashboard' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Count renewals in this many days, today included')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Count only my share of shared plans (default: the `totals` setting)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Count shared plans in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;analytics' {
            [CompletionResult]::new('--months', '--months', [CompletionResultType]::ParameterName, 'How many months, this one included (1 to 120)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Count only my share of shared plans (default: the `totals` setting)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Count shared plans in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a rate: 1 CURRENCY = RATE in the base currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The rates, when they were set, and which are stale')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'The rates, when they were set, and which are stale')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rate')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a rate')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Fetch the European Central Bank''s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;rates;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates;update' {
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'Also keep the ECB''s daily rates from this day on, so analytics converts each past payment at the rate of its date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change; write nothing')
            [CompletionResult]::new('--replace-manual', '--replace-manual', [CompletionResultType]::ParameterName, 'Replace rates you set by hand too (they are kept otherwise)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;rates;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a rate: 1 CURRENCY = RATE in the base currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The rates, when they were set, and which are stale')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rate')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Fetch the European Central Bank''s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;rates;help;set' {
            break
        }
        'subs;rates;help;list' {
            break
        }
        'subs;rates;help;remove' {
            break
        }
        'subs;rates;help;update' {
            break
        }
        'subs;rates;help;help' {
            break
        }
        'subs;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;insights' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'AI provider (default: the ai_provider setting)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Use the rule engine only; no network')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Ignore the cached answer')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body that would be sent; send nothing')
            [CompletionResult]::new('--include-notes', '--include-notes', [CompletionResultType]::ParameterName, 'Also send notes and website addresses to the AI provider')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Count only my share of shared plans (default: the `totals` setting)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Count shared plans in full')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to write')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'Which table, for CSV')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file (created 0600) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file (created 0600) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Let --output replace an existing SQLite file')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV: write text exactly as stored, without the leading '' that keeps spreadsheets from running cells such as =HYPERLINK(...) as formulas')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Its format (default: csv for .csv files, else json)')
            [CompletionResult]::new('--currency-map', '--currency-map', [CompletionResultType]::ParameterName, 'Wallos currency ids or price symbols and their codes, e.g. 1=USD,2=EUR (an API response without its currencies section) or ''kr=SEK,$=CAD'' (symbols several currencies share)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate everything and report; write nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'All or nothing: a row that cannot be imported fails the whole file (without it, valid rows are imported and each skipped row is named with its reason)')
            [CompletionResult]::new('--with-config', '--with-config', [CompletionResultType]::ParameterName, 'From a backup, take also the settings that decide where requests and keys go (ai_base_url, ai_model, ai_provider); without it they are listed and left out')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;detect' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The files'' format, when finding it from the content is not wanted')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The text encoding (default: found from the content)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Which CSV header holds which field, for headers subs does not know, e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date, amount, debit, credit, payee, memo, currency, id)')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'The order of day and month in a CSV''s dates, when its values leave it open (03/04/2025)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Read only this account of a file that holds several (its IBAN or account number)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency of rows whose statement names none (a CSV without a currency column)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Look only at debits from this day on')
            [CompletionResult]::new('--min-confidence', '--min-confidence', [CompletionResultType]::ParameterName, 'Leave out series less certain than this (0 to 1)')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Track what was found: the series named (by name, any letter case), else a picker on a terminal (--yes: all of them)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every series found, however uncertain')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With --add: track every series found without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Process renewals, then raise every alert that is due; prints only new ones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark an alert (or all) as read')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert (or all)')
            [CompletionResult]::new('cleanup', 'cleanup', [CompletionResultType]::ParameterValue, 'Delete dismissed alerts older than a given age')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;alert' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Process renewals, then raise every alert that is due; prints only new ones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark an alert (or all) as read')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert (or all)')
            [CompletionResult]::new('cleanup', 'cleanup', [CompletionResultType]::ParameterValue, 'Delete dismissed alerts older than a given age')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;alerts;generate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be raised; write nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 1 when a notification could not be delivered (it is retried on the next run either way)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alert;generate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be raised; write nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 1 when a notification could not be delivered (it is retried on the next run either way)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Only this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include read and dismissed alerts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Only this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include read and dismissed alerts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alert;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Only this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include read and dismissed alerts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alert;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Only this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include read and dismissed alerts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts;read' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Every alert of this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Every alert of this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every alert')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alert;read' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Every alert of this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Every alert of this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every alert')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts;dismiss' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Every alert of this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Every alert of this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every alert')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alert;dismiss' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Every alert of this type')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Every alert of this subscription')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every alert')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts;cleanup' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Age of dismissed alerts to delete: 30d, 2w (default 30d)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alert;cleanup' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Age of dismissed alerts to delete: 30d, 2w (default 30d)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;alerts;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Process renewals, then raise every alert that is due; prints only new ones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark an alert (or all) as read')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert (or all)')
            [CompletionResult]::new('cleanup', 'cleanup', [CompletionResultType]::ParameterValue, 'Delete dismissed alerts older than a given age')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;alerts;help;generate' {
            break
        }
        'subs;alerts;help;list' {
            break
        }
        'subs;alerts;help;read' {
            break
        }
        'subs;alerts;help;dismiss' {
            break
        }
        'subs;alerts;help;cleanup' {
            break
        }
        'subs;alerts;help;help' {
            break
        }
        'subs;alert;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Process renewals, then raise every alert that is due; prints only new ones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark an alert (or all) as read')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert (or all)')
            [CompletionResult]::new('cleanup', 'cleanup', [CompletionResultType]::ParameterValue, 'Delete dismissed alerts older than a given age')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;alert;help;generate' {
            break
        }
        'subs;alert;help;list' {
            break
        }
        'subs;alert;help;read' {
            break
        }
        'subs;alert;help;dismiss' {
            break
        }
        'subs;alert;help;cleanup' {
            break
        }
        'subs;alert;help;help' {
            break
        }
        'subs;notify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a channel')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The channels, their settings (secrets never shown) and filters')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'The channels, their settings (secrets never shown) and filters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a channel and its queued deliveries')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a channel and its queued deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test notification through one channel or all of them')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a command or apprise channel that came by import or sync run on this device')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Deliveries, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;notify;add' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where to (ntfy topic URL, webhook URL)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where e-mail goes (email channels)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender (email channels; default: the --to address)')
            [CompletionResult]::new('--smtp', '--smtp', [CompletionResultType]::ParameterName, 'The SMTP server: smtp://USER@HOST:587 (STARTTLS) or smtps://USER@HOST:465')
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'The program to run (command channels), given the alerts on stdin')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'The environment variable holding its token or secret, named SUBS_<NAME>_TOKEN, _SECRET or _PASSWORD (default SUBS_NTFY_TOKEN, SUBS_WEBHOOK_SECRET ...); the secret itself is never stored')
            [CompletionResult]::new('--min-severity', '--min-severity', [CompletionResultType]::ParameterName, 'Only alerts this pressing or more')
            [CompletionResult]::new('--types', '--types', [CompletionResultType]::ParameterName, 'Only these alert types (comma-separated)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--insecure-tls', '--insecure-tls', [CompletionResultType]::ParameterName, 'Accept the SMTP server''s certificate even when it is self-signed')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'One message per run listing the alerts, instead of one per alert')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;test' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;log' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, newest first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only deliveries that failed for good')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;notify;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a channel')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The channels, their settings (secrets never shown) and filters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a channel and its queued deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test notification through one channel or all of them')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a command or apprise channel that came by import or sync run on this device')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Deliveries, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;notify;help;add' {
            break
        }
        'subs;notify;help;list' {
            break
        }
        'subs;notify;help;remove' {
            break
        }
        'subs;notify;help;test' {
            break
        }
        'subs;notify;help;enable' {
            break
        }
        'subs;notify;help;log' {
            break
        }
        'subs;notify;help;help' {
            break
        }
        'subs;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install an hourly `alerts generate` for this database')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what install wrote')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The last run, the schedule, and failed deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;schedule;install' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--systemd', '--systemd', [CompletionResultType]::ParameterName, 'A systemd user timer (Persistent: a run missed while asleep happens at wake-up); the default on Linux')
            [CompletionResult]::new('--cron', '--cron', [CompletionResultType]::ParameterName, 'A crontab line, printed alone on stdout (installed only with --write)')
            [CompletionResult]::new('--launchd', '--launchd', [CompletionResultType]::ParameterName, 'A LaunchAgent (the default on macOS)')
            [CompletionResult]::new('--write', '--write', [CompletionResultType]::ParameterName, 'With --cron: add the line to your crontab')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the units (or the LaunchAgent) on stdout; write and enable nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;schedule;uninstall' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;schedule;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;schedule;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install an hourly `alerts generate` for this database')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what install wrote')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The last run, the schedule, and failed deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;schedule;help;install' {
            break
        }
        'subs;schedule;help;uninstall' {
            break
        }
        'subs;schedule;help;status' {
            break
        }
        'subs;schedule;help;help' {
            break
        }
        'subs;budget' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the monthly budget for all subscriptions, or one category''s')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with what they cover now')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List budgets with what they cover now')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the overall budget, or one category''s')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove the overall budget, or one category''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;budget;set' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Its currency (default: the base currency)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category''s subscriptions (default: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;budget;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;budget;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;budget;remove' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category''s subscriptions (default: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;budget;rm' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category''s subscriptions (default: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;budget;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the monthly budget for all subscriptions, or one category''s')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with what they cover now')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the overall budget, or one category''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;budget;help;set' {
            break
        }
        'subs;budget;help;list' {
            break
        }
        'subs;budget;help;remove' {
            break
        }
        'subs;budget;help;help' {
            break
        }
        'subs;card' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card (or another way to pay) with its expiry month')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cards with the subscriptions charged to each')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List cards with the subscriptions charged to each')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card; its subscriptions keep its kind as their payment method')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a card; its subscriptions keep its kind as their payment method')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;card;add' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The month it expires, YYYY-MM (or MM/YY as printed on the card)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What it is')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;card;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;card;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;card;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask when subscriptions are charged to it (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask when subscriptions are charged to it (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;card;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask when subscriptions are charged to it (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask when subscriptions are charged to it (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;card;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card (or another way to pay) with its expiry month')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cards with the subscriptions charged to each')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card; its subscriptions keep its kind as their payment method')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;card;help;add' {
            break
        }
        'subs;card;help;list' {
            break
        }
        'subs;card;help;remove' {
            break
        }
        'subs;card;help;help' {
            break
        }
        'subs;member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members with the plans each shares or pays')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List members with the plans each shares or pays')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member who shares and pays nothing')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a member who shares and pays nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;member;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;member;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;member;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;member;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;member;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;member;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members with the plans each shares or pays')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member who shares and pays nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;member;help;add' {
            break
        }
        'subs;member;help;list' {
            break
        }
        'subs;member;help;remove' {
            break
        }
        'subs;member;help;help' {
            break
        }
        'subs;split' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM (default: this month)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--reminders', '--reminders', [CompletionResultType]::ParameterName, 'Make this device the one that sends reminders (notifications) for every device')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Sync another device with the remote a first device started')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;sync;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--reminders', '--reminders', [CompletionResultType]::ParameterName, 'Make this device the one that sends reminders (default for `init`)')
            [CompletionResult]::new('--remember', '--remember', [CompletionResultType]::ParameterName, 'Keep the secret in a file only your user can read (mode 0600) in your configuration folder, so later syncs need no prompt')
            [CompletionResult]::new('--force-new-remote', '--force-new-remote', [CompletionResultType]::ParameterName, 'Start a remote that holds data over from this device''s data (after a wrong secret reached it); the other devices then leave and join')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before starting the remote over (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before starting the remote over (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;sync;join' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--reminders', '--reminders', [CompletionResultType]::ParameterName, 'Make this device the one that sends reminders (default for `init`)')
            [CompletionResult]::new('--remember', '--remember', [CompletionResultType]::ParameterName, 'Keep the secret in a file only your user can read (mode 0600) in your configuration folder, so later syncs need no prompt')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;sync;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;sync;resolve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;sync;leave' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;sync;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Sync another device with the remote a first device started')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;sync;help;init' {
            break
        }
        'subs;sync;help;join' {
            break
        }
        'subs;sync;help;status' {
            break
        }
        'subs;sync;help;resolve' {
            break
        }
        'subs;sync;help;leave' {
            break
        }
        'subs;sync;help;help' {
            break
        }
        'subs;category' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List categories with how many subscriptions each holds')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List categories with how many subscriptions each holds')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename or restyle a category')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a category; its subscriptions become uncategorised')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a category; its subscriptions become uncategorised')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;category;add' {
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Its colour, e.g. ''#E50914''')
            [CompletionResult]::new('--icon', '--icon', [CompletionResultType]::ParameterName, 'Icon name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;category;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;category;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;category;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'New colour, e.g. ''#E50914''')
            [CompletionResult]::new('--icon', '--icon', [CompletionResultType]::ParameterName, 'Icon name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;category;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;category;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;category;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List categories with how many subscriptions each holds')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename or restyle a category')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a category; its subscriptions become uncategorised')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;category;help;add' {
            break
        }
        'subs;category;help;list' {
            break
        }
        'subs;category;help;edit' {
            break
        }
        'subs;category;help;delete' {
            break
        }
        'subs;category;help;help' {
            break
        }
        'subs;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting with its value and where the value comes from')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Every setting with its value and where the value comes from')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a setting in the database')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a stored setting, returning it to its default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;config;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;config;ls' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;config;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting with its value and where the value comes from')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a setting in the database')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a stored setting, returning it to its default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;config;help;list' {
            break
        }
        'subs;config;help;get' {
            break
        }
        'subs;config;help;set' {
            break
        }
        'subs;config;help;unset' {
            break
        }
        'subs;config;help;help' {
            break
        }
        'subs;mcp' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file (default: subs.db in your data directory) [env: SUBS_DB]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use NAME.db beside the default database [env: SUBS_PROFILE]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'Also offer the tools that change data: add, edit, pay, log usage, pause, resume, cancel, mark alerts read (each one `subs undo` step)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout instead of text')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what was asked for: no confirmations or notes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr (the database in use, what was decided)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'subs;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a subscription (prompts for missing values on a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions with their monthly cost and next billing date')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a subscription''s details')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause billing and reminders')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused subscription')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now, or at the end of a period with --at')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subscription and all its history')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment; paying the due occurrence moves the next billing date on')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'List payments, or correct one (payments edit|delete ID)')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Check a bank statement against your subscriptions: paid, late, missed, doubled, a new price, charges nobody declared')
            [CompletionResult]::new('log-usage', 'log-usage', [CompletionResultType]::ParameterValue, 'Record that you used a subscription')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Per subscription: uses, time, last use, cost per use; with a name, its logs')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Process renewals: record auto-renewal payments, expire ended subscriptions')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Revert the last writing command exactly; again: the one before it; --list shows the journal')
            [CompletionResult]::new('redo', 'redo', [CompletionResultType]::ParameterValue, 'Re-apply the command undone last')
            [CompletionResult]::new('upcoming', 'upcoming', [CompletionResultType]::ParameterValue, 'Every charge coming up in the next days, overdue ones first')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'The charges of the months ahead, per month, and what to set aside each month to cover them')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The portfolio at a glance: counts, costs, categories, upcoming renewals')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Trends and breakdowns over recent months, with bar charts')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'Exchange rates into the base currency')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Fill the separate `demo` profile with a sample portfolio and show it')
            [CompletionResult]::new('insights', 'insights', [CompletionResultType]::ParameterValue, 'Where to save: Gemini (or a local model) when enabled, else the rule engine')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a backup, a CSV of subscriptions or a Wallos export')
            [CompletionResult]::new('detect', 'detect', [CompletionResultType]::ParameterValue, 'Find subscriptions in a bank statement (offline); --add tracks them')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Raise reminders (cron-safe) and manage alerts')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Notification channels: where new alerts are delivered (ntfy, a webhook, a command), with a delivery outbox')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Run `alerts generate` every hour: a systemd timer, cron or launchd')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Monthly budgets, overall or per category')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'Payment cards: which subscriptions to move when one expires')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'People you share plans with ("me" is always there)')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Who owes whom for a month''s charges of shared plans')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Sync with your other devices through a git remote you own, end-to-end encrypted (`sync init` on the first, `sync join` on the others)')
            [CompletionResult]::new('category', 'category', [CompletionResultType]::ParameterValue, 'Manage categories')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve your subscriptions to an AI assistant: a Model Context Protocol server on stdin/stdout (reads only, unless --allow-writes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'subs;help;add' {
            break
        }
        'subs;help;list' {
            break
        }
        'subs;help;show' {
            break
        }
        'subs;help;edit' {
            break
        }
        'subs;help;pause' {
            break
        }
        'subs;help;resume' {
            break
        }
        'subs;help;cancel' {
            break
        }
        'subs;help;delete' {
            break
        }
        'subs;help;pay' {
            break
        }
        'subs;help;payments' {
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a payment (its id is in `subs payments`)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record money coming back for a payment (all of it, or --amount)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a payment; the charge it settled is due again')
            break
        }
        'subs;help;payments;edit' {
            break
        }
        'subs;help;payments;refund' {
            break
        }
        'subs;help;payments;delete' {
            break
        }
        'subs;help;reconcile' {
            break
        }
        'subs;help;log-usage' {
            break
        }
        'subs;help;usage' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a usage log (its id is in `subs usage`)')
            break
        }
        'subs;help;usage;delete' {
            break
        }
        'subs;help;renew' {
            break
        }
        'subs;help;undo' {
            break
        }
        'subs;help;redo' {
            break
        }
        'subs;help;upcoming' {
            break
        }
        'subs;help;forecast' {
            break
        }
        'subs;help;dashboard' {
            break
        }
        'subs;help;analytics' {
            break
        }
        'subs;help;rates' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a rate: 1 CURRENCY = RATE in the base currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The rates, when they were set, and which are stale')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rate')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Fetch the European Central Bank''s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency')
            break
        }
        'subs;help;rates;set' {
            break
        }
        'subs;help;rates;list' {
            break
        }
        'subs;help;rates;remove' {
            break
        }
        'subs;help;rates;update' {
            break
        }
        'subs;help;demo' {
            break
        }
        'subs;help;insights' {
            break
        }
        'subs;help;export' {
            break
        }
        'subs;help;import' {
            break
        }
        'subs;help;detect' {
            break
        }
        'subs;help;alerts' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Process renewals, then raise every alert that is due; prints only new ones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Unread, undismissed alerts, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark an alert (or all) as read')
            [CompletionResult]::new('dismiss', 'dismiss', [CompletionResultType]::ParameterValue, 'Dismiss an alert (or all)')
            [CompletionResult]::new('cleanup', 'cleanup', [CompletionResultType]::ParameterValue, 'Delete dismissed alerts older than a given age')
            break
        }
        'subs;help;alerts;generate' {
            break
        }
        'subs;help;alerts;list' {
            break
        }
        'subs;help;alerts;read' {
            break
        }
        'subs;help;alerts;dismiss' {
            break
        }
        'subs;help;alerts;cleanup' {
            break
        }
        'subs;help;notify' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a channel')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The channels, their settings (secrets never shown) and filters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a channel and its queued deliveries')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test notification through one channel or all of them')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let a command or apprise channel that came by import or sync run on this device')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Deliveries, newest first')
            break
        }
        'subs;help;notify;add' {
            break
        }
        'subs;help;notify;list' {
            break
        }
        'subs;help;notify;remove' {
            break
        }
        'subs;help;notify;test' {
            break
        }
        'subs;help;notify;enable' {
            break
        }
        'subs;help;notify;log' {
            break
        }
        'subs;help;schedule' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install an hourly `alerts generate` for this database')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what install wrote')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The last run, the schedule, and failed deliveries')
            break
        }
        'subs;help;schedule;install' {
            break
        }
        'subs;help;schedule;uninstall' {
            break
        }
        'subs;help;schedule;status' {
            break
        }
        'subs;help;budget' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the monthly budget for all subscriptions, or one category''s')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with what they cover now')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the overall budget, or one category''s')
            break
        }
        'subs;help;budget;set' {
            break
        }
        'subs;help;budget;list' {
            break
        }
        'subs;help;budget;remove' {
            break
        }
        'subs;help;card' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card (or another way to pay) with its expiry month')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cards with the subscriptions charged to each')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a card; its subscriptions keep its kind as their payment method')
            break
        }
        'subs;help;card;add' {
            break
        }
        'subs;help;card;list' {
            break
        }
        'subs;help;card;remove' {
            break
        }
        'subs;help;member' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List members with the plans each shares or pays')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member who shares and pays nothing')
            break
        }
        'subs;help;member;add' {
            break
        }
        'subs;help;member;list' {
            break
        }
        'subs;help;member;remove' {
            break
        }
        'subs;help;split' {
            break
        }
        'subs;help;sync' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Sync another device with the remote a first device started')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)')
            break
        }
        'subs;help;sync;init' {
            break
        }
        'subs;help;sync;join' {
            break
        }
        'subs;help;sync;status' {
            break
        }
        'subs;help;sync;resolve' {
            break
        }
        'subs;help;sync;leave' {
            break
        }
        'subs;help;category' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a category')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List categories with how many subscriptions each holds')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename or restyle a category')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a category; its subscriptions become uncategorised')
            break
        }
        'subs;help;category;add' {
            break
        }
        'subs;help;category;list' {
            break
        }
        'subs;help;category;edit' {
            break
        }
        'subs;help;category;delete' {
            break
        }
        'subs;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting with its value and where the value comes from')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a setting in the database')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a stored setting, returning it to its default')
            break
        }
        'subs;help;config;list' {
            break
        }
        'subs;help;config;get' {
            break
        }
        'subs;help;config;set' {
            break
        }
        'subs;help;config;unset' {
            break
        }
        'subs;help;mcp' {
            break
        }
        'subs;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
