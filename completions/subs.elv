
use builtin;
use str;

set edit:completion:arg-completer[subs] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'subs'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'subs'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a subscription (prompts for missing values on a terminal)'
            cand list 'List subscriptions with their monthly cost and next billing date'
            cand ls 'List subscriptions with their monthly cost and next billing date'
            cand show 'Show one subscription in full'
            cand edit 'Change a subscription''s details'
            cand pause 'Pause billing and reminders'
            cand resume 'Resume a paused subscription'
            cand cancel 'Cancel now, or at the end of a period with --at'
            cand delete 'Delete a subscription and all its history'
            cand rm 'Delete a subscription and all its history'
            cand pay 'Record a payment; paying the due occurrence moves the next billing date on'
            cand payments 'List payments, or correct one (payments edit|delete ID)'
            cand reconcile 'Check a bank statement against your subscriptions: paid, late, missed, doubled, a new price, charges nobody declared'
            cand log-usage 'Record that you used a subscription'
            cand usage 'Per subscription: uses, time, last use, cost per use; with a name, its logs'
            cand renew 'Process renewals: record auto-renewal payments, expire ended subscriptions'
            cand undo 'Revert the last writing command exactly; again: the one before it; --list shows the journal'
            cand redo 'Re-apply the command undone last'
            cand upcoming 'Every charge coming up in the next days, overdue ones first'
            cand forecast 'The charges of the months ahead, per month, and what to set aside each month to cover them'
            cand dashboard 'The portfolio at a glance: counts, costs, categories, upcoming renewals'
            cand analytics 'Trends and breakdowns over recent months, with bar charts'
            cand rates 'Exchange rates into the base currency'
            cand demo 'Fill the separate `demo` profile with a sample portfolio and show it'
            cand insights 'Where to save: Gemini (or a local model) when enabled, else the rule engine'
            cand export 'Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)'
            cand import 'Read a backup, a CSV of subscriptions or a Wallos export'
            cand detect 'Find subscriptions in a bank statement (offline); --add tracks them'
            cand alerts 'Raise reminders (cron-safe) and manage alerts'
            cand alert 'Raise reminders (cron-safe) and manage alerts'
            cand notify 'Notification channels: where new alerts are delivered (ntfy, a webhook, a command), with a delivery outbox'
            cand schedule 'Run `alerts generate` every hour: a systemd timer, cron or launchd'
            cand budget 'Monthly budgets, overall or per category'
            cand card 'Payment cards: which subscriptions to move when one expires'
            cand member 'People you share plans with ("me" is always there)'
            cand split 'Who owes whom for a month''s charges of shared plans'
            cand sync 'Sync with your other devices through a git remote you own, end-to-end encrypted (`sync init` on the first, `sync join` on the others)'
            cand category 'Manage categories'
            cand config 'Read and change settings'
            cand mcp 'Serve your subscriptions to an AI assistant: a Model Context Protocol server on stdin/stdout (reads only, unless --allow-writes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;add'= {
            cand --amount 'Amount per billing cycle, e.g. 15.99'
            cand --cycle 'Billing cycle (any letter case)'
            cand --every-days 'Days per cycle, for --cycle custom (1 to 365)'
            cand --every-months 'Months per cycle, for --cycle custom (1 to 120): every 2 months, twice a year (6)'
            cand --start 'First billing date (default: today)'
            cand --next 'Next billing date (default: computed from the start date)'
            cand --description 'Longer description'
            cand --provider 'Who bills you (default: the name)'
            cand --category 'Category name; created if it does not exist yet'
            cand --currency 'ISO 4217 code (default: the base_currency setting, USD until set)'
            cand --payment-method 'How you pay'
            cand --card 'The card it is charged to (`subs card add`); "none" to unset'
            cand --shared-with 'A shared plan''s members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare'
            cand --shares 'Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)'
            cand --paid-by 'Who pays the provider (default: me)'
            cand --auto-renew 'Whether it renews by itself (true/false)'
            cand --reminder-days 'Days before a charge to remind you (0 to 365; default 3)'
            cand --remind 'Several reminders: days before each charge, e.g. 30,7,1 (0 = on the day); each fires once. An empty value goes back to --reminder-days'
            cand --mute 'Alert types not to raise for it, e.g. usage_limit,renewal_reminder'
            cand --unmute 'Alert types to raise again'
            cand --email-notifications 'Whether reminders are printed by `alerts generate` (true/false)'
            cand --url 'Web address (http or https)'
            cand --notes 'Free-form notes, kept verbatim'
            cand --match 'What its charges say on a bank statement, for `detect` and `reconcile`: descriptors separated by |, matched case-insensitively (e.g. ''CLAUDE.AI|ANTHROPIC'' keeps a renamed merchant one subscription); "none" to match by its name again'
            cand --end 'Last day of the subscription'
            cand --trial-until 'Last free day of a trial; the first charge is the day after'
            cand --trial 'A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)'
            cand --term 'A contract''s minimum term from the start date: 12m, 24m, 1y ("none" removes it)'
            cand --notice 'Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)'
            cand --extends-by 'Each automatic extension of the contract (default: the term again), e.g. 1m'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;list'= {
            cand --status 'Which statuses to show'
            cand --category 'Only this category (any letter case)'
            cand --sort 'Order of the rows; by default the next billing date, soonest first (ties by name)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --mine 'Count only my share of shared plans (default: the `totals` setting)'
            cand --full 'Count shared plans in full'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;ls'= {
            cand --status 'Which statuses to show'
            cand --category 'Only this category (any letter case)'
            cand --sort 'Order of the rows; by default the next billing date, soonest first (ties by name)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --mine 'Count only my share of shared plans (default: the `totals` setting)'
            cand --full 'Count shared plans in full'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;show'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;edit'= {
            cand --name 'New name'
            cand --amount 'New amount per cycle; a change is recorded in the price history'
            cand --cycle 'New billing cycle (re-anchors the schedule at the next billing date)'
            cand --every-days 'Days per cycle, for a custom cycle'
            cand --every-months 'Months per cycle, for a custom cycle'
            cand --start 'New start date'
            cand --next 'New next billing date (re-anchors the schedule there)'
            cand --description 'Longer description'
            cand --provider 'Who bills you (default: the name)'
            cand --category 'Category name; created if it does not exist yet'
            cand --currency 'ISO 4217 code (default: the base_currency setting, USD until set)'
            cand --payment-method 'How you pay'
            cand --card 'The card it is charged to (`subs card add`); "none" to unset'
            cand --shared-with 'A shared plan''s members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare'
            cand --shares 'Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)'
            cand --paid-by 'Who pays the provider (default: me)'
            cand --auto-renew 'Whether it renews by itself (true/false)'
            cand --reminder-days 'Days before a charge to remind you (0 to 365; default 3)'
            cand --remind 'Several reminders: days before each charge, e.g. 30,7,1 (0 = on the day); each fires once. An empty value goes back to --reminder-days'
            cand --mute 'Alert types not to raise for it, e.g. usage_limit,renewal_reminder'
            cand --unmute 'Alert types to raise again'
            cand --email-notifications 'Whether reminders are printed by `alerts generate` (true/false)'
            cand --url 'Web address (http or https)'
            cand --notes 'Free-form notes, kept verbatim'
            cand --match 'What its charges say on a bank statement, for `detect` and `reconcile`: descriptors separated by |, matched case-insensitively (e.g. ''CLAUDE.AI|ANTHROPIC'' keeps a renamed merchant one subscription); "none" to match by its name again'
            cand --end 'Last day of the subscription'
            cand --trial-until 'Last free day of a trial; the first charge is the day after'
            cand --trial 'A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)'
            cand --term 'A contract''s minimum term from the start date: 12m, 24m, 1y ("none" removes it)'
            cand --notice 'Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)'
            cand --extends-by 'Each automatic extension of the contract (default: the term again), e.g. 1m'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --no-category 'Remove the category'
            cand --no-end 'Remove the end date'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;pause'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;resume'= {
            cand --next 'Next billing date (default: the first scheduled date from today)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;cancel'= {
            cand --at 'Last day of service (default: today); a future date keeps it active until then'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --at-period-end 'End with the period already paid: the last day is the day before the next billing date'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;delete'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;pay'= {
            cand --amount 'Amount paid (default: the subscription''s current amount)'
            cand --date 'Day the payment was made (default: today)'
            cand --due 'Billing date this payment is for, one the schedule charges (default: the next billing date); the day the bank posted it goes in --date'
            cand --status 'Payment status; failed never moves the schedule; refunded records money coming back for the charge --due names (default: the latest one paid)'
            cand --transaction-id 'The provider''s transaction reference'
            cand --notes 'Free-form notes'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --force 'Record it even if the subscription is paused, cancelled or expired'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;payments'= {
            cand --since 'From this day on'
            cand --until 'Up to and including this day'
            cand --status 'Only payments with this status'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand edit 'Correct a payment (its id is in `subs payments`)'
            cand refund 'Record money coming back for a payment (all of it, or --amount)'
            cand delete 'Delete a payment; the charge it settled is due again'
            cand rm 'Delete a payment; the charge it settled is due again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;payments;edit'= {
            cand --amount 'Amount paid'
            cand --date 'Day the payment was made'
            cand --status 'Status; failed re-opens the charge it settled; refunded records the refund of the whole payment (as `subs payments refund ID`)'
            cand --transaction-id 'The provider''s transaction reference (empty to remove)'
            cand --notes 'Free-form notes (empty to remove)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;payments;refund'= {
            cand --amount 'Part of it (default: all of it that is not refunded yet)'
            cand --date 'Day the money came back (default: today)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;payments;delete'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;payments;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;payments;help'= {
            cand edit 'Correct a payment (its id is in `subs payments`)'
            cand refund 'Record money coming back for a payment (all of it, or --amount)'
            cand delete 'Delete a payment; the charge it settled is due again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;payments;help;edit'= {
        }
        &'subs;payments;help;refund'= {
        }
        &'subs;payments;help;delete'= {
        }
        &'subs;payments;help;help'= {
        }
        &'subs;reconcile'= {
            cand --format 'The files'' format, when finding it from the content is not wanted'
            cand --encoding 'The text encoding (default: found from the content)'
            cand --columns 'Which CSV header holds which field, for headers subs does not know, e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date, amount, debit, credit, payee, memo, currency, id)'
            cand --date-format 'The order of day and month in a CSV''s dates, when its values leave it open (03/04/2025)'
            cand --account 'Read only this account of a file that holds several (its IBAN or account number)'
            cand --currency 'The currency of rows whose statement names none (a CSV without a currency column)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --apply 'Record the charges paid as payments, take on a new price two charges agree on, and raise missed_charge and duplicate_charge alerts (one undo step; nothing is deleted or cancelled)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;log-usage'= {
            cand --count 'How many times (default 1)'
            cand --duration 'How long: 90m, 1h30m, 2h, 45s (at most 24h)'
            cand --value 'A measured value, e.g. GB stored or pages read (2 decimals)'
            cand --date 'Day of use (default: today; not in the future)'
            cand --notes 'Free-form notes'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;usage'= {
            cand --since 'Window start (default: 29 days before --until, a 30-day window)'
            cand --until 'Window end (default: today)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand delete 'Delete a usage log (its id is in `subs usage`)'
            cand rm 'Delete a usage log (its id is in `subs usage`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;usage;delete'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;usage;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;usage;help'= {
            cand delete 'Delete a usage log (its id is in `subs usage`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;usage;help;delete'= {
        }
        &'subs;usage;help;help'= {
        }
        &'subs;renew'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --dry-run 'Show what would happen; write nothing'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;undo'= {
            cand --list 'Show the last N journalled commands instead (newest first; marks what undo reverts and what redo re-applies)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Undo a background run (alerts generate, renew) without asking'
            cand --yes 'Undo a background run (alerts generate, renew) without asking'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;redo'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;upcoming'= {
            cand --days 'How many days ahead, today included (1 to 36525)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;forecast'= {
            cand --months 'How many months, the first included (1 to 120)'
            cand --from 'The first month, YYYY-MM (default: this month)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;dashboard'= {
            cand --days 'Count renewals in this many days, today included'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --mine 'Count only my share of shared plans (default: the `totals` setting)'
            cand --full 'Count shared plans in full'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;analytics'= {
            cand --months 'How many months, this one included (1 to 120)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --mine 'Count only my share of shared plans (default: the `totals` setting)'
            cand --full 'Count shared plans in full'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a rate: 1 CURRENCY = RATE in the base currency'
            cand list 'The rates, when they were set, and which are stale'
            cand ls 'The rates, when they were set, and which are stale'
            cand remove 'Remove a rate'
            cand rm 'Remove a rate'
            cand update 'Fetch the European Central Bank''s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;rates;set'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates;remove'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates;update'= {
            cand --history 'Also keep the ECB''s daily rates from this day on, so analytics converts each past payment at the rate of its date'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --dry-run 'Show what would change; write nothing'
            cand --replace-manual 'Replace rates you set by hand too (they are kept otherwise)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;rates;help'= {
            cand set 'Set a rate: 1 CURRENCY = RATE in the base currency'
            cand list 'The rates, when they were set, and which are stale'
            cand remove 'Remove a rate'
            cand update 'Fetch the European Central Bank''s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;rates;help;set'= {
        }
        &'subs;rates;help;list'= {
        }
        &'subs;rates;help;remove'= {
        }
        &'subs;rates;help;update'= {
        }
        &'subs;rates;help;help'= {
        }
        &'subs;demo'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;insights'= {
            cand --provider 'AI provider (default: the ai_provider setting)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --offline 'Use the rule engine only; no network'
            cand --refresh 'Ignore the cached answer'
            cand --dry-run 'Print the exact request body that would be sent; send nothing'
            cand --include-notes 'Also send notes and website addresses to the AI provider'
            cand --mine 'Count only my share of shared plans (default: the `totals` setting)'
            cand --full 'Count shared plans in full'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;export'= {
            cand --format 'What to write'
            cand --what 'Which table, for CSV'
            cand -o 'Write to this file (created 0600) instead of stdout'
            cand --output 'Write to this file (created 0600) instead of stdout'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --force 'Let --output replace an existing SQLite file'
            cand --raw 'CSV: write text exactly as stored, without the leading '' that keeps spreadsheets from running cells such as =HYPERLINK(...) as formulas'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;import'= {
            cand --format 'Its format (default: csv for .csv files, else json)'
            cand --currency-map 'Wallos currency ids or price symbols and their codes, e.g. 1=USD,2=EUR (an API response without its currencies section) or ''kr=SEK,$=CAD'' (symbols several currencies share)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --dry-run 'Validate everything and report; write nothing'
            cand --strict 'All or nothing: a row that cannot be imported fails the whole file (without it, valid rows are imported and each skipped row is named with its reason)'
            cand --with-config 'From a backup, take also the settings that decide where requests and keys go (ai_base_url, ai_model, ai_provider); without it they are listed and left out'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;detect'= {
            cand --format 'The files'' format, when finding it from the content is not wanted'
            cand --encoding 'The text encoding (default: found from the content)'
            cand --columns 'Which CSV header holds which field, for headers subs does not know, e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date, amount, debit, credit, payee, memo, currency, id)'
            cand --date-format 'The order of day and month in a CSV''s dates, when its values leave it open (03/04/2025)'
            cand --account 'Read only this account of a file that holds several (its IBAN or account number)'
            cand --currency 'The currency of rows whose statement names none (a CSV without a currency column)'
            cand --since 'Look only at debits from this day on'
            cand --min-confidence 'Leave out series less certain than this (0 to 1)'
            cand --add 'Track what was found: the series named (by name, any letter case), else a picker on a terminal (--yes: all of them)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Show every series found, however uncertain'
            cand --yes 'With --add: track every series found without asking'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Process renewals, then raise every alert that is due; prints only new ones'
            cand list 'Unread, undismissed alerts, newest first'
            cand ls 'Unread, undismissed alerts, newest first'
            cand read 'Mark an alert (or all) as read'
            cand dismiss 'Dismiss an alert (or all)'
            cand cleanup 'Delete dismissed alerts older than a given age'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;alert'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Process renewals, then raise every alert that is due; prints only new ones'
            cand list 'Unread, undismissed alerts, newest first'
            cand ls 'Unread, undismissed alerts, newest first'
            cand read 'Mark an alert (or all) as read'
            cand dismiss 'Dismiss an alert (or all)'
            cand cleanup 'Delete dismissed alerts older than a given age'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;alerts;generate'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --dry-run 'Show what would be raised; write nothing'
            cand --strict 'Exit 1 when a notification could not be delivered (it is retried on the next run either way)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alert;generate'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --dry-run 'Show what would be raised; write nothing'
            cand --strict 'Exit 1 when a notification could not be delivered (it is retried on the next run either way)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts;list'= {
            cand --type 'Only this type'
            cand --subscription 'Only this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Include read and dismissed alerts'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts;ls'= {
            cand --type 'Only this type'
            cand --subscription 'Only this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Include read and dismissed alerts'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alert;list'= {
            cand --type 'Only this type'
            cand --subscription 'Only this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Include read and dismissed alerts'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alert;ls'= {
            cand --type 'Only this type'
            cand --subscription 'Only this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Include read and dismissed alerts'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts;read'= {
            cand --type 'Every alert of this type'
            cand --subscription 'Every alert of this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Every alert'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alert;read'= {
            cand --type 'Every alert of this type'
            cand --subscription 'Every alert of this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Every alert'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts;dismiss'= {
            cand --type 'Every alert of this type'
            cand --subscription 'Every alert of this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Every alert'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alert;dismiss'= {
            cand --type 'Every alert of this type'
            cand --subscription 'Every alert of this subscription'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --all 'Every alert'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts;cleanup'= {
            cand --older-than 'Age of dismissed alerts to delete: 30d, 2w (default 30d)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alert;cleanup'= {
            cand --older-than 'Age of dismissed alerts to delete: 30d, 2w (default 30d)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;alerts;help'= {
            cand generate 'Process renewals, then raise every alert that is due; prints only new ones'
            cand list 'Unread, undismissed alerts, newest first'
            cand read 'Mark an alert (or all) as read'
            cand dismiss 'Dismiss an alert (or all)'
            cand cleanup 'Delete dismissed alerts older than a given age'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;alerts;help;generate'= {
        }
        &'subs;alerts;help;list'= {
        }
        &'subs;alerts;help;read'= {
        }
        &'subs;alerts;help;dismiss'= {
        }
        &'subs;alerts;help;cleanup'= {
        }
        &'subs;alerts;help;help'= {
        }
        &'subs;alert;help'= {
            cand generate 'Process renewals, then raise every alert that is due; prints only new ones'
            cand list 'Unread, undismissed alerts, newest first'
            cand read 'Mark an alert (or all) as read'
            cand dismiss 'Dismiss an alert (or all)'
            cand cleanup 'Delete dismissed alerts older than a given age'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;alert;help;generate'= {
        }
        &'subs;alert;help;list'= {
        }
        &'subs;alert;help;read'= {
        }
        &'subs;alert;help;dismiss'= {
        }
        &'subs;alert;help;cleanup'= {
        }
        &'subs;alert;help;help'= {
        }
        &'subs;notify'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a channel'
            cand list 'The channels, their settings (secrets never shown) and filters'
            cand ls 'The channels, their settings (secrets never shown) and filters'
            cand remove 'Remove a channel and its queued deliveries'
            cand rm 'Remove a channel and its queued deliveries'
            cand test 'Send a test notification through one channel or all of them'
            cand enable 'Let a command or apprise channel that came by import or sync run on this device'
            cand log 'Deliveries, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;notify;add'= {
            cand --url 'Where to (ntfy topic URL, webhook URL)'
            cand --to 'Where e-mail goes (email channels)'
            cand --from 'The sender (email channels; default: the --to address)'
            cand --smtp 'The SMTP server: smtp://USER@HOST:587 (STARTTLS) or smtps://USER@HOST:465'
            cand --run 'The program to run (command channels), given the alerts on stdin'
            cand --secret-env 'The environment variable holding its token or secret, named SUBS_<NAME>_TOKEN, _SECRET or _PASSWORD (default SUBS_NTFY_TOKEN, SUBS_WEBHOOK_SECRET ...); the secret itself is never stored'
            cand --min-severity 'Only alerts this pressing or more'
            cand --types 'Only these alert types (comma-separated)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --insecure-tls 'Accept the SMTP server''s certificate even when it is self-signed'
            cand --digest 'One message per run listing the alerts, instead of one per alert'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;remove'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;test'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;enable'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;log'= {
            cand --limit 'How many, newest first'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --failed 'Only deliveries that failed for good'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;notify;help'= {
            cand add 'Add a channel'
            cand list 'The channels, their settings (secrets never shown) and filters'
            cand remove 'Remove a channel and its queued deliveries'
            cand test 'Send a test notification through one channel or all of them'
            cand enable 'Let a command or apprise channel that came by import or sync run on this device'
            cand log 'Deliveries, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;notify;help;add'= {
        }
        &'subs;notify;help;list'= {
        }
        &'subs;notify;help;remove'= {
        }
        &'subs;notify;help;test'= {
        }
        &'subs;notify;help;enable'= {
        }
        &'subs;notify;help;log'= {
        }
        &'subs;notify;help;help'= {
        }
        &'subs;schedule'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand install 'Install an hourly `alerts generate` for this database'
            cand uninstall 'Remove what install wrote'
            cand status 'The last run, the schedule, and failed deliveries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;schedule;install'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --systemd 'A systemd user timer (Persistent: a run missed while asleep happens at wake-up); the default on Linux'
            cand --cron 'A crontab line, printed alone on stdout (installed only with --write)'
            cand --launchd 'A LaunchAgent (the default on macOS)'
            cand --write 'With --cron: add the line to your crontab'
            cand --print 'Print the units (or the LaunchAgent) on stdout; write and enable nothing'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;schedule;uninstall'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;schedule;status'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;schedule;help'= {
            cand install 'Install an hourly `alerts generate` for this database'
            cand uninstall 'Remove what install wrote'
            cand status 'The last run, the schedule, and failed deliveries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;schedule;help;install'= {
        }
        &'subs;schedule;help;uninstall'= {
        }
        &'subs;schedule;help;status'= {
        }
        &'subs;schedule;help;help'= {
        }
        &'subs;budget'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the monthly budget for all subscriptions, or one category''s'
            cand list 'List budgets with what they cover now'
            cand ls 'List budgets with what they cover now'
            cand remove 'Remove the overall budget, or one category''s'
            cand rm 'Remove the overall budget, or one category''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;budget;set'= {
            cand --currency 'Its currency (default: the base currency)'
            cand --category 'Only this category''s subscriptions (default: all)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;budget;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;budget;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;budget;remove'= {
            cand --category 'Only this category''s subscriptions (default: all)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;budget;rm'= {
            cand --category 'Only this category''s subscriptions (default: all)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;budget;help'= {
            cand set 'Set the monthly budget for all subscriptions, or one category''s'
            cand list 'List budgets with what they cover now'
            cand remove 'Remove the overall budget, or one category''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;budget;help;set'= {
        }
        &'subs;budget;help;list'= {
        }
        &'subs;budget;help;remove'= {
        }
        &'subs;budget;help;help'= {
        }
        &'subs;card'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a card (or another way to pay) with its expiry month'
            cand list 'List cards with the subscriptions charged to each'
            cand ls 'List cards with the subscriptions charged to each'
            cand remove 'Remove a card; its subscriptions keep its kind as their payment method'
            cand rm 'Remove a card; its subscriptions keep its kind as their payment method'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;card;add'= {
            cand --expires 'The month it expires, YYYY-MM (or MM/YY as printed on the card)'
            cand --kind 'What it is'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;card;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;card;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;card;remove'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask when subscriptions are charged to it (required when not on a terminal)'
            cand --yes 'Do not ask when subscriptions are charged to it (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;card;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask when subscriptions are charged to it (required when not on a terminal)'
            cand --yes 'Do not ask when subscriptions are charged to it (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;card;help'= {
            cand add 'Add a card (or another way to pay) with its expiry month'
            cand list 'List cards with the subscriptions charged to each'
            cand remove 'Remove a card; its subscriptions keep its kind as their payment method'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;card;help;add'= {
        }
        &'subs;card;help;list'= {
        }
        &'subs;card;help;remove'= {
        }
        &'subs;card;help;help'= {
        }
        &'subs;member'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a member'
            cand list 'List members with the plans each shares or pays'
            cand ls 'List members with the plans each shares or pays'
            cand remove 'Remove a member who shares and pays nothing'
            cand rm 'Remove a member who shares and pays nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;member;add'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;member;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;member;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;member;remove'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;member;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;member;help'= {
            cand add 'Add a member'
            cand list 'List members with the plans each shares or pays'
            cand remove 'Remove a member who shares and pays nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;member;help;add'= {
        }
        &'subs;member;help;list'= {
        }
        &'subs;member;help;remove'= {
        }
        &'subs;member;help;help'= {
        }
        &'subs;split'= {
            cand --month 'The month, YYYY-MM (default: this month)'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;sync'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --reminders 'Make this device the one that sends reminders (notifications) for every device'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)'
            cand join 'Sync another device with the remote a first device started'
            cand status 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders'
            cand resolve 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)'
            cand leave 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;sync;init'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --reminders 'Make this device the one that sends reminders (default for `init`)'
            cand --remember 'Keep the secret in a file only your user can read (mode 0600) in your configuration folder, so later syncs need no prompt'
            cand --force-new-remote 'Start a remote that holds data over from this device''s data (after a wrong secret reached it); the other devices then leave and join'
            cand -y 'Do not ask before starting the remote over (required when not on a terminal)'
            cand --yes 'Do not ask before starting the remote over (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;sync;join'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --reminders 'Make this device the one that sends reminders (default for `init`)'
            cand --remember 'Keep the secret in a file only your user can read (mode 0600) in your configuration folder, so later syncs need no prompt'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;sync;status'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;sync;resolve'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;sync;leave'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;sync;help'= {
            cand init 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)'
            cand join 'Sync another device with the remote a first device started'
            cand status 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders'
            cand resolve 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)'
            cand leave 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;sync;help;init'= {
        }
        &'subs;sync;help;join'= {
        }
        &'subs;sync;help;status'= {
        }
        &'subs;sync;help;resolve'= {
        }
        &'subs;sync;help;leave'= {
        }
        &'subs;sync;help;help'= {
        }
        &'subs;category'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a category'
            cand list 'List categories with how many subscriptions each holds'
            cand ls 'List categories with how many subscriptions each holds'
            cand edit 'Rename or restyle a category'
            cand delete 'Delete a category; its subscriptions become uncategorised'
            cand rm 'Delete a category; its subscriptions become uncategorised'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;category;add'= {
            cand --hex 'Its colour, e.g. ''#E50914'''
            cand --icon 'Icon name'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;category;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;category;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;category;edit'= {
            cand --name 'New name'
            cand --hex 'New colour, e.g. ''#E50914'''
            cand --icon 'Icon name'
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;category;delete'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;category;rm'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;category;help'= {
            cand add 'Add a category'
            cand list 'List categories with how many subscriptions each holds'
            cand edit 'Rename or restyle a category'
            cand delete 'Delete a category; its subscriptions become uncategorised'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;category;help;add'= {
        }
        &'subs;category;help;list'= {
        }
        &'subs;category;help;edit'= {
        }
        &'subs;category;help;delete'= {
        }
        &'subs;category;help;help'= {
        }
        &'subs;config'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every setting with its value and where the value comes from'
            cand ls 'Every setting with its value and where the value comes from'
            cand get 'One setting''s value'
            cand set 'Store a setting in the database'
            cand unset 'Remove a stored setting, returning it to its default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;config;list'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;config;ls'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;config;get'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;config;set'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;config;unset'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;config;help'= {
            cand list 'Every setting with its value and where the value comes from'
            cand get 'One setting''s value'
            cand set 'Store a setting in the database'
            cand unset 'Remove a stored setting, returning it to its default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;config;help;list'= {
        }
        &'subs;config;help;get'= {
        }
        &'subs;config;help;set'= {
        }
        &'subs;config;help;unset'= {
        }
        &'subs;config;help;help'= {
        }
        &'subs;mcp'= {
            cand --db 'Database file (default: subs.db in your data directory) [env: SUBS_DB]'
            cand --profile 'Use NAME.db beside the default database [env: SUBS_PROFILE]'
            cand --color 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)'
            cand --today 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]'
            cand --allow-writes 'Also offer the tools that change data: add, edit, pay, log usage, pause, resume, cancel, mark alerts read (each one `subs undo` step)'
            cand --json 'Print one JSON document on stdout instead of text'
            cand -q 'Print only what was asked for: no confirmations or notes'
            cand --quiet 'Print only what was asked for: no confirmations or notes'
            cand -v 'Say more on stderr (the database in use, what was decided)'
            cand --verbose 'Say more on stderr (the database in use, what was decided)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'subs;help'= {
            cand add 'Add a subscription (prompts for missing values on a terminal)'
            cand list 'List subscriptions with their monthly cost and next billing date'
            cand show 'Show one subscription in full'
            cand edit 'Change a subscription''s details'
            cand pause 'Pause billing and reminders'
            cand resume 'Resume a paused subscription'
            cand cancel 'Cancel now, or at the end of a period with --at'
            cand delete 'Delete a subscription and all its history'
            cand pay 'Record a payment; paying the due occurrence moves the next billing date on'
            cand payments 'List payments, or correct one (payments edit|delete ID)'
            cand reconcile 'Check a bank statement against your subscriptions: paid, late, missed, doubled, a new price, charges nobody declared'
            cand log-usage 'Record that you used a subscription'
            cand usage 'Per subscription: uses, time, last use, cost per use; with a name, its logs'
            cand renew 'Process renewals: record auto-renewal payments, expire ended subscriptions'
            cand undo 'Revert the last writing command exactly; again: the one before it; --list shows the journal'
            cand redo 'Re-apply the command undone last'
            cand upcoming 'Every charge coming up in the next days, overdue ones first'
            cand forecast 'The charges of the months ahead, per month, and what to set aside each month to cover them'
            cand dashboard 'The portfolio at a glance: counts, costs, categories, upcoming renewals'
            cand analytics 'Trends and breakdowns over recent months, with bar charts'
            cand rates 'Exchange rates into the base currency'
            cand demo 'Fill the separate `demo` profile with a sample portfolio and show it'
            cand insights 'Where to save: Gemini (or a local model) when enabled, else the rule engine'
            cand export 'Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)'
            cand import 'Read a backup, a CSV of subscriptions or a Wallos export'
            cand detect 'Find subscriptions in a bank statement (offline); --add tracks them'
            cand alerts 'Raise reminders (cron-safe) and manage alerts'
            cand notify 'Notification channels: where new alerts are delivered (ntfy, a webhook, a command), with a delivery outbox'
            cand schedule 'Run `alerts generate` every hour: a systemd timer, cron or launchd'
            cand budget 'Monthly budgets, overall or per category'
            cand card 'Payment cards: which subscriptions to move when one expires'
            cand member 'People you share plans with ("me" is always there)'
            cand split 'Who owes whom for a month''s charges of shared plans'
            cand sync 'Sync with your other devices through a git remote you own, end-to-end encrypted (`sync init` on the first, `sync join` on the others)'
            cand category 'Manage categories'
            cand config 'Read and change settings'
            cand mcp 'Serve your subscriptions to an AI assistant: a Model Context Protocol server on stdin/stdout (reads only, unless --allow-writes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'subs;help;add'= {
        }
        &'subs;help;list'= {
        }
        &'subs;help;show'= {
        }
        &'subs;help;edit'= {
        }
        &'subs;help;pause'= {
        }
        &'subs;help;resume'= {
        }
        &'subs;help;cancel'= {
        }
        &'subs;help;delete'= {
        }
        &'subs;help;pay'= {
        }
        &'subs;help;payments'= {
            cand edit 'Correct a payment (its id is in `subs payments`)'
            cand refund 'Record money coming back for a payment (all of it, or --amount)'
            cand delete 'Delete a payment; the charge it settled is due again'
        }
        &'subs;help;payments;edit'= {
        }
        &'subs;help;payments;refund'= {
        }
        &'subs;help;payments;delete'= {
        }
        &'subs;help;reconcile'= {
        }
        &'subs;help;log-usage'= {
        }
        &'subs;help;usage'= {
            cand delete 'Delete a usage log (its id is in `subs usage`)'
        }
        &'subs;help;usage;delete'= {
        }
        &'subs;help;renew'= {
        }
        &'subs;help;undo'= {
        }
        &'subs;help;redo'= {
        }
        &'subs;help;upcoming'= {
        }
        &'subs;help;forecast'= {
        }
        &'subs;help;dashboard'= {
        }
        &'subs;help;analytics'= {
        }
        &'subs;help;rates'= {
            cand set 'Set a rate: 1 CURRENCY = RATE in the base currency'
            cand list 'The rates, when they were set, and which are stale'
            cand remove 'Remove a rate'
            cand update 'Fetch the European Central Bank''s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency'
        }
        &'subs;help;rates;set'= {
        }
        &'subs;help;rates;list'= {
        }
        &'subs;help;rates;remove'= {
        }
        &'subs;help;rates;update'= {
        }
        &'subs;help;demo'= {
        }
        &'subs;help;insights'= {
        }
        &'subs;help;export'= {
        }
        &'subs;help;import'= {
        }
        &'subs;help;detect'= {
        }
        &'subs;help;alerts'= {
            cand generate 'Process renewals, then raise every alert that is due; prints only new ones'
            cand list 'Unread, undismissed alerts, newest first'
            cand read 'Mark an alert (or all) as read'
            cand dismiss 'Dismiss an alert (or all)'
            cand cleanup 'Delete dismissed alerts older than a given age'
        }
        &'subs;help;alerts;generate'= {
        }
        &'subs;help;alerts;list'= {
        }
        &'subs;help;alerts;read'= {
        }
        &'subs;help;alerts;dismiss'= {
        }
        &'subs;help;alerts;cleanup'= {
        }
        &'subs;help;notify'= {
            cand add 'Add a channel'
            cand list 'The channels, their settings (secrets never shown) and filters'
            cand remove 'Remove a channel and its queued deliveries'
            cand test 'Send a test notification through one channel or all of them'
            cand enable 'Let a command or apprise channel that came by import or sync run on this device'
            cand log 'Deliveries, newest first'
        }
        &'subs;help;notify;add'= {
        }
        &'subs;help;notify;list'= {
        }
        &'subs;help;notify;remove'= {
        }
        &'subs;help;notify;test'= {
        }
        &'subs;help;notify;enable'= {
        }
        &'subs;help;notify;log'= {
        }
        &'subs;help;schedule'= {
            cand install 'Install an hourly `alerts generate` for this database'
            cand uninstall 'Remove what install wrote'
            cand status 'The last run, the schedule, and failed deliveries'
        }
        &'subs;help;schedule;install'= {
        }
        &'subs;help;schedule;uninstall'= {
        }
        &'subs;help;schedule;status'= {
        }
        &'subs;help;budget'= {
            cand set 'Set the monthly budget for all subscriptions, or one category''s'
            cand list 'List budgets with what they cover now'
            cand remove 'Remove the overall budget, or one category''s'
        }
        &'subs;help;budget;set'= {
        }
        &'subs;help;budget;list'= {
        }
        &'subs;help;budget;remove'= {
        }
        &'subs;help;card'= {
            cand add 'Add a card (or another way to pay) with its expiry month'
            cand list 'List cards with the subscriptions charged to each'
            cand remove 'Remove a card; its subscriptions keep its kind as their payment method'
        }
        &'subs;help;card;add'= {
        }
        &'subs;help;card;list'= {
        }
        &'subs;help;card;remove'= {
        }
        &'subs;help;member'= {
            cand add 'Add a member'
            cand list 'List members with the plans each shares or pays'
            cand remove 'Remove a member who shares and pays nothing'
        }
        &'subs;help;member;add'= {
        }
        &'subs;help;member;list'= {
        }
        &'subs;help;member;remove'= {
        }
        &'subs;help;split'= {
        }
        &'subs;help;sync'= {
            cand init 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)'
            cand join 'Sync another device with the remote a first device started'
            cand status 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders'
            cand resolve 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)'
            cand leave 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)'
        }
        &'subs;help;sync;init'= {
        }
        &'subs;help;sync;join'= {
        }
        &'subs;help;sync;status'= {
        }
        &'subs;help;sync;resolve'= {
        }
        &'subs;help;sync;leave'= {
        }
        &'subs;help;category'= {
            cand add 'Add a category'
            cand list 'List categories with how many subscriptions each holds'
            cand edit 'Rename or restyle a category'
            cand delete 'Delete a category; its subscriptions become uncategorised'
        }
        &'subs;help;category;add'= {
        }
        &'subs;help;category;list'= {
        }
        &'subs;help;category;edit'= {
        }
        &'subs;help;category;delete'= {
        }
        &'subs;help;config'= {
            cand list 'Every setting with its value and where the value comes from'
            cand get 'One setting''s value'
            cand set 'Store a setting in the database'
            cand unset 'Remove a stored setting, returning it to its default'
        }
        &'subs;help;config;list'= {
        }
        &'subs;help;config;get'= {
        }
        &'subs;help;config;set'= {
        }
        &'subs;help;config;unset'= {
        }
        &'subs;help;mcp'= {
        }
        &'subs;help;help'= {
        }
    ]
    $completions[$command]
}
