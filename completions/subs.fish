# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_subs_global_optspecs
    string join \n db= profile= json color= today= q/quiet v/verbose h/help V/version
end

function __fish_subs_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_subs_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_subs_using_subcommand
    set -l cmd (__fish_subs_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c subs -n "__fish_subs_needs_command" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_needs_command" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_needs_command" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_needs_command" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_needs_command" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_needs_command" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_needs_command" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_needs_command" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_needs_command" -f -a "add" -d 'Add a subscription (prompts for missing values on a terminal)'
complete -c subs -n "__fish_subs_needs_command" -f -a "list" -d 'List subscriptions with their monthly cost and next billing date'
complete -c subs -n "__fish_subs_needs_command" -f -a "ls" -d 'List subscriptions with their monthly cost and next billing date'
complete -c subs -n "__fish_subs_needs_command" -f -a "show" -d 'Show one subscription in full'
complete -c subs -n "__fish_subs_needs_command" -f -a "edit" -d 'Change a subscription\'s details'
complete -c subs -n "__fish_subs_needs_command" -f -a "pause" -d 'Pause billing and reminders'
complete -c subs -n "__fish_subs_needs_command" -f -a "resume" -d 'Resume a paused subscription'
complete -c subs -n "__fish_subs_needs_command" -f -a "cancel" -d 'Cancel now, or at the end of a period with --at'
complete -c subs -n "__fish_subs_needs_command" -f -a "delete" -d 'Delete a subscription and all its history'
complete -c subs -n "__fish_subs_needs_command" -f -a "rm" -d 'Delete a subscription and all its history'
complete -c subs -n "__fish_subs_needs_command" -f -a "pay" -d 'Record a payment; paying the due occurrence moves the next billing date on'
complete -c subs -n "__fish_subs_needs_command" -f -a "payments" -d 'List payments, or correct one (payments edit|delete ID)'
complete -c subs -n "__fish_subs_needs_command" -f -a "reconcile" -d 'Check a bank statement against your subscriptions: paid, late, missed, doubled, a new price, charges nobody declared'
complete -c subs -n "__fish_subs_needs_command" -f -a "log-usage" -d 'Record that you used a subscription'
complete -c subs -n "__fish_subs_needs_command" -f -a "usage" -d 'Per subscription: uses, time, last use, cost per use; with a name, its logs'
complete -c subs -n "__fish_subs_needs_command" -f -a "renew" -d 'Process renewals: record auto-renewal payments, expire ended subscriptions'
complete -c subs -n "__fish_subs_needs_command" -f -a "undo" -d 'Revert the last writing command exactly; again: the one before it; --list shows the journal'
complete -c subs -n "__fish_subs_needs_command" -f -a "redo" -d 'Re-apply the command undone last'
complete -c subs -n "__fish_subs_needs_command" -f -a "upcoming" -d 'Every charge coming up in the next days, overdue ones first'
complete -c subs -n "__fish_subs_needs_command" -f -a "forecast" -d 'The charges of the months ahead, per month, and what to set aside each month to cover them'
complete -c subs -n "__fish_subs_needs_command" -f -a "dashboard" -d 'The portfolio at a glance: counts, costs, categories, upcoming renewals'
complete -c subs -n "__fish_subs_needs_command" -f -a "analytics" -d 'Trends and breakdowns over recent months, with bar charts'
complete -c subs -n "__fish_subs_needs_command" -f -a "rates" -d 'Exchange rates into the base currency'
complete -c subs -n "__fish_subs_needs_command" -f -a "demo" -d 'Fill the separate `demo` profile with a sample portfolio and show it'
complete -c subs -n "__fish_subs_needs_command" -f -a "insights" -d 'Where to save: Gemini (or a local model) when enabled, else the rule engine'
complete -c subs -n "__fish_subs_needs_command" -f -a "export" -d 'Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)'
complete -c subs -n "__fish_subs_needs_command" -f -a "import" -d 'Read a backup, a CSV of subscriptions or a Wallos export'
complete -c subs -n "__fish_subs_needs_command" -f -a "detect" -d 'Find subscriptions in a bank statement (offline); --add tracks them'
complete -c subs -n "__fish_subs_needs_command" -f -a "alerts" -d 'Raise reminders (cron-safe) and manage alerts'
complete -c subs -n "__fish_subs_needs_command" -f -a "alert" -d 'Raise reminders (cron-safe) and manage alerts'
complete -c subs -n "__fish_subs_needs_command" -f -a "notify" -d 'Notification channels: where new alerts are delivered (ntfy, a webhook, a command), with a delivery outbox'
complete -c subs -n "__fish_subs_needs_command" -f -a "schedule" -d 'Run `alerts generate` every hour: a systemd timer, cron or launchd'
complete -c subs -n "__fish_subs_needs_command" -f -a "budget" -d 'Monthly budgets, overall or per category'
complete -c subs -n "__fish_subs_needs_command" -f -a "card" -d 'Payment cards: which subscriptions to move when one expires'
complete -c subs -n "__fish_subs_needs_command" -f -a "member" -d 'People you share plans with ("me" is always there)'
complete -c subs -n "__fish_subs_needs_command" -f -a "split" -d 'Who owes whom for a month\'s charges of shared plans'
complete -c subs -n "__fish_subs_needs_command" -f -a "sync" -d 'Sync with your other devices through a git remote you own, end-to-end encrypted (`sync init` on the first, `sync join` on the others)'
complete -c subs -n "__fish_subs_needs_command" -f -a "category" -d 'Manage categories'
complete -c subs -n "__fish_subs_needs_command" -f -a "config" -d 'Read and change settings'
complete -c subs -n "__fish_subs_needs_command" -f -a "mcp" -d 'Serve your subscriptions to an AI assistant: a Model Context Protocol server on stdin/stdout (reads only, unless --allow-writes)'
complete -c subs -n "__fish_subs_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand add" -l amount -d 'Amount per billing cycle, e.g. 15.99' -r -f
complete -c subs -n "__fish_subs_using_subcommand add" -l cycle -d 'Billing cycle (any letter case)' -r -f -a "weekly\t''
monthly\t''
quarterly\t''
yearly\t''
custom\t''"
complete -c subs -n "__fish_subs_using_subcommand add" -l every-days -d 'Days per cycle, for --cycle custom (1 to 365)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l every-months -d 'Months per cycle, for --cycle custom (1 to 120): every 2 months, twice a year (6)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l start -d 'First billing date (default: today)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l next -d 'Next billing date (default: computed from the start date)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l description -d 'Longer description' -r -f
complete -c subs -n "__fish_subs_using_subcommand add" -l provider -d 'Who bills you (default: the name)' -r -f
complete -c subs -n "__fish_subs_using_subcommand add" -l category -d 'Category name; created if it does not exist yet' -r -f
complete -c subs -n "__fish_subs_using_subcommand add" -l currency -d 'ISO 4217 code (default: the base_currency setting, USD until set)' -r -f
complete -c subs -n "__fish_subs_using_subcommand add" -l payment-method -d 'How you pay' -r -f -a "card\t''
bank_transfer\t''
paypal\t''
other\t''"
complete -c subs -n "__fish_subs_using_subcommand add" -l card -d 'The card it is charged to (`subs card add`); "none" to unset' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l shared-with -d 'A shared plan\'s members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l shares -d 'Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l paid-by -d 'Who pays the provider (default: me)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l auto-renew -d 'Whether it renews by itself (true/false)' -r -f -a "true\t''
false\t''"
complete -c subs -n "__fish_subs_using_subcommand add" -l reminder-days -d 'Days before a charge to remind you (0 to 365; default 3)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l remind -d 'Several reminders: days before each charge, e.g. 30,7,1 (0 = on the day); each fires once. An empty value goes back to --reminder-days' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l mute -d 'Alert types not to raise for it, e.g. usage_limit,renewal_reminder' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand add" -l unmute -d 'Alert types to raise again' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand add" -l email-notifications -d 'Whether reminders are printed by `alerts generate` (true/false)' -r -f -a "true\t''
false\t''"
complete -c subs -n "__fish_subs_using_subcommand add" -l url -d 'Web address (http or https)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l notes -d 'Free-form notes, kept verbatim' -r -f
complete -c subs -n "__fish_subs_using_subcommand add" -l match -d 'What its charges say on a bank statement, for `detect` and `reconcile`: descriptors separated by |, matched case-insensitively (e.g. \'CLAUDE.AI|ANTHROPIC\' keeps a renamed merchant one subscription); "none" to match by its name again' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l end -d 'Last day of the subscription' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l trial-until -d 'Last free day of a trial; the first charge is the day after' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l trial -d 'A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l term -d 'A contract\'s minimum term from the start date: 12m, 24m, 1y ("none" removes it)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l notice -d 'Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l extends-by -d 'Each automatic extension of the contract (default: the term again), e.g. 1m' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand add" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand add" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand add" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand add" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand list" -l status -d 'Which statuses to show' -r -f -a "active\t''
paused\t''
cancelled\t''
expired\t''
all\t''"
complete -c subs -n "__fish_subs_using_subcommand list" -l category -d 'Only this category (any letter case)' -r -f
complete -c subs -n "__fish_subs_using_subcommand list" -l sort -d 'Order of the rows; by default the next billing date, soonest first (ties by name)' -r -f -a "next\t'Next billing date, soonest first'
name\t'Name, A to Z'
amount\t'Amount, largest first (within each currency)'
monthly\t'Monthly cost, largest first'
created\t'Newest first'"
complete -c subs -n "__fish_subs_using_subcommand list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand list" -l mine -d 'Count only my share of shared plans (default: the `totals` setting)'
complete -c subs -n "__fish_subs_using_subcommand list" -l full -d 'Count shared plans in full'
complete -c subs -n "__fish_subs_using_subcommand list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand ls" -l status -d 'Which statuses to show' -r -f -a "active\t''
paused\t''
cancelled\t''
expired\t''
all\t''"
complete -c subs -n "__fish_subs_using_subcommand ls" -l category -d 'Only this category (any letter case)' -r -f
complete -c subs -n "__fish_subs_using_subcommand ls" -l sort -d 'Order of the rows; by default the next billing date, soonest first (ties by name)' -r -f -a "next\t'Next billing date, soonest first'
name\t'Name, A to Z'
amount\t'Amount, largest first (within each currency)'
monthly\t'Monthly cost, largest first'
created\t'Newest first'"
complete -c subs -n "__fish_subs_using_subcommand ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand ls" -l mine -d 'Count only my share of shared plans (default: the `totals` setting)'
complete -c subs -n "__fish_subs_using_subcommand ls" -l full -d 'Count shared plans in full'
complete -c subs -n "__fish_subs_using_subcommand ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand show" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand show" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand show" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand show" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand show" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand show" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand show" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand show" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand edit" -l name -d 'New name' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l amount -d 'New amount per cycle; a change is recorded in the price history' -r -f
complete -c subs -n "__fish_subs_using_subcommand edit" -l cycle -d 'New billing cycle (re-anchors the schedule at the next billing date)' -r -f -a "weekly\t''
monthly\t''
quarterly\t''
yearly\t''
custom\t''"
complete -c subs -n "__fish_subs_using_subcommand edit" -l every-days -d 'Days per cycle, for a custom cycle' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l every-months -d 'Months per cycle, for a custom cycle' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l start -d 'New start date' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l next -d 'New next billing date (re-anchors the schedule there)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l description -d 'Longer description' -r -f
complete -c subs -n "__fish_subs_using_subcommand edit" -l provider -d 'Who bills you (default: the name)' -r -f
complete -c subs -n "__fish_subs_using_subcommand edit" -l category -d 'Category name; created if it does not exist yet' -r -f
complete -c subs -n "__fish_subs_using_subcommand edit" -l currency -d 'ISO 4217 code (default: the base_currency setting, USD until set)' -r -f
complete -c subs -n "__fish_subs_using_subcommand edit" -l payment-method -d 'How you pay' -r -f -a "card\t''
bank_transfer\t''
paypal\t''
other\t''"
complete -c subs -n "__fish_subs_using_subcommand edit" -l card -d 'The card it is charged to (`subs card add`); "none" to unset' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l shared-with -d 'A shared plan\'s members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l shares -d 'Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l paid-by -d 'Who pays the provider (default: me)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l auto-renew -d 'Whether it renews by itself (true/false)' -r -f -a "true\t''
false\t''"
complete -c subs -n "__fish_subs_using_subcommand edit" -l reminder-days -d 'Days before a charge to remind you (0 to 365; default 3)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l remind -d 'Several reminders: days before each charge, e.g. 30,7,1 (0 = on the day); each fires once. An empty value goes back to --reminder-days' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l mute -d 'Alert types not to raise for it, e.g. usage_limit,renewal_reminder' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand edit" -l unmute -d 'Alert types to raise again' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand edit" -l email-notifications -d 'Whether reminders are printed by `alerts generate` (true/false)' -r -f -a "true\t''
false\t''"
complete -c subs -n "__fish_subs_using_subcommand edit" -l url -d 'Web address (http or https)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l notes -d 'Free-form notes, kept verbatim' -r -f
complete -c subs -n "__fish_subs_using_subcommand edit" -l match -d 'What its charges say on a bank statement, for `detect` and `reconcile`: descriptors separated by |, matched case-insensitively (e.g. \'CLAUDE.AI|ANTHROPIC\' keeps a renamed merchant one subscription); "none" to match by its name again' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l end -d 'Last day of the subscription' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l trial-until -d 'Last free day of a trial; the first charge is the day after' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l trial -d 'A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l term -d 'A contract\'s minimum term from the start date: 12m, 24m, 1y ("none" removes it)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l notice -d 'Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l extends-by -d 'Each automatic extension of the contract (default: the term again), e.g. 1m' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand edit" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand edit" -l no-category -d 'Remove the category'
complete -c subs -n "__fish_subs_using_subcommand edit" -l no-end -d 'Remove the end date'
complete -c subs -n "__fish_subs_using_subcommand edit" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand edit" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand edit" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand pause" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand pause" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand pause" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand pause" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand pause" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand pause" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand pause" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand pause" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand resume" -l next -d 'Next billing date (default: the first scheduled date from today)' -r
complete -c subs -n "__fish_subs_using_subcommand resume" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand resume" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand resume" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand resume" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand resume" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand resume" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand resume" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand resume" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand cancel" -l at -d 'Last day of service (default: today); a future date keeps it active until then' -r
complete -c subs -n "__fish_subs_using_subcommand cancel" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand cancel" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand cancel" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand cancel" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand cancel" -l at-period-end -d 'End with the period already paid: the last day is the day before the next billing date'
complete -c subs -n "__fish_subs_using_subcommand cancel" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand cancel" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand delete" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand delete" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand delete" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand delete" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand delete" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand delete" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand delete" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand delete" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rm" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand pay" -l amount -d 'Amount paid (default: the subscription\'s current amount)' -r -f
complete -c subs -n "__fish_subs_using_subcommand pay" -l date -d 'Day the payment was made (default: today)' -r
complete -c subs -n "__fish_subs_using_subcommand pay" -l due -d 'Billing date this payment is for, one the schedule charges (default: the next billing date); the day the bank posted it goes in --date' -r
complete -c subs -n "__fish_subs_using_subcommand pay" -l status -d 'Payment status; failed never moves the schedule; refunded records money coming back for the charge --due names (default: the latest one paid)' -r -f -a "paid\t''
pending\t''
failed\t''
refunded\t''"
complete -c subs -n "__fish_subs_using_subcommand pay" -l transaction-id -d 'The provider\'s transaction reference' -r -f
complete -c subs -n "__fish_subs_using_subcommand pay" -l notes -d 'Free-form notes' -r -f
complete -c subs -n "__fish_subs_using_subcommand pay" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand pay" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand pay" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand pay" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand pay" -l force -d 'Record it even if the subscription is paused, cancelled or expired'
complete -c subs -n "__fish_subs_using_subcommand pay" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand pay" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand pay" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand pay" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l since -d 'From this day on' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l until -d 'Up to and including this day' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l status -d 'Only payments with this status' -r -f -a "paid\t''
pending\t''
failed\t''
refunded\t''"
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -a "edit" -d 'Correct a payment (its id is in `subs payments`)'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -a "refund" -d 'Record money coming back for a payment (all of it, or --amount)'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -a "delete" -d 'Delete a payment; the charge it settled is due again'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -a "rm" -d 'Delete a payment; the charge it settled is due again'
complete -c subs -n "__fish_subs_using_subcommand payments; and not __fish_seen_subcommand_from edit refund delete rm help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l amount -d 'Amount paid' -r -f
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l date -d 'Day the payment was made' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l status -d 'Status; failed re-opens the charge it settled; refunded records the refund of the whole payment (as `subs payments refund ID`)' -r -f -a "paid\t''
pending\t''
failed\t''
refunded\t''"
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l transaction-id -d 'The provider\'s transaction reference (empty to remove)' -r -f
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l notes -d 'Free-form notes (empty to remove)' -r -f
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l amount -d 'Part of it (default: all of it that is not refunded yet)' -r -f
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l date -d 'Day the money came back (default: today)' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from refund" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a payment (its id is in `subs payments`)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "refund" -d 'Record money coming back for a payment (all of it, or --amount)'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a payment; the charge it settled is due again'
complete -c subs -n "__fish_subs_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l format -d 'The files\' format, when finding it from the content is not wanted' -r -f -a "auto\t'Found from the content'
ofx\t'OFX 1.x (SGML) or 2.x (XML), QFX'
camt\t'ISO 20022 camt.052, camt.053 or camt.054'
mt940\t'SWIFT MT940'
csv\t'Comma-, semicolon- or tab-separated values'"
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l encoding -d 'The text encoding (default: found from the content)' -r -f -a "utf-8\t''
utf-16le\t''
utf-16be\t''
windows-1252\t''
latin1\t''"
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l columns -d 'Which CSV header holds which field, for headers subs does not know, e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date, amount, debit, credit, payee, memo, currency, id)' -r
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l date-format -d 'The order of day and month in a CSV\'s dates, when its values leave it open (03/04/2025)' -r -f -a "dmy\t'Day, month, year (31.01.2026, 31/01/2026)'
mdy\t'Month, day, year (01/31/2026)'
ymd\t'Year, month, day (2026-01-31)'"
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l account -d 'Read only this account of a file that holds several (its IBAN or account number)' -r
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l currency -d 'The currency of rows whose statement names none (a CSV without a currency column)' -r -f
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l apply -d 'Record the charges paid as payments, take on a new price two charges agree on, and raise missed_charge and duplicate_charge alerts (one undo step; nothing is deleted or cancelled)'
complete -c subs -n "__fish_subs_using_subcommand reconcile" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand reconcile" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand reconcile" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand reconcile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand reconcile" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l count -d 'How many times (default 1)' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l duration -d 'How long: 90m, 1h30m, 2h, 45s (at most 24h)' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l value -d 'A measured value, e.g. GB stored or pages read (2 decimals)' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l date -d 'Day of use (default: today; not in the future)' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l notes -d 'Free-form notes' -r -f
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand log-usage" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand log-usage" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand log-usage" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand log-usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand log-usage" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l since -d 'Window start (default: 29 days before --until, a 30-day window)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l until -d 'Window end (default: today)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -a "delete" -d 'Delete a usage log (its id is in `subs usage`)'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -a "rm" -d 'Delete a usage log (its id is in `subs usage`)'
complete -c subs -n "__fish_subs_using_subcommand usage; and not __fish_seen_subcommand_from delete rm help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a usage log (its id is in `subs usage`)'
complete -c subs -n "__fish_subs_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand renew" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand renew" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand renew" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand renew" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand renew" -l dry-run -d 'Show what would happen; write nothing'
complete -c subs -n "__fish_subs_using_subcommand renew" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand renew" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand renew" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand renew" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand undo" -l list -d 'Show the last N journalled commands instead (newest first; marks what undo reverts and what redo re-applies)' -r
complete -c subs -n "__fish_subs_using_subcommand undo" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand undo" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand undo" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand undo" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand undo" -s y -l yes -d 'Undo a background run (alerts generate, renew) without asking'
complete -c subs -n "__fish_subs_using_subcommand undo" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand undo" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand undo" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand undo" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand redo" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand redo" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand redo" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand redo" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand redo" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand redo" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand redo" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand redo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand redo" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand upcoming" -l days -d 'How many days ahead, today included (1 to 36525)' -r
complete -c subs -n "__fish_subs_using_subcommand upcoming" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand upcoming" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand upcoming" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand upcoming" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand upcoming" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand upcoming" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand upcoming" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand upcoming" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand upcoming" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand forecast" -l months -d 'How many months, the first included (1 to 120)' -r
complete -c subs -n "__fish_subs_using_subcommand forecast" -l from -d 'The first month, YYYY-MM (default: this month)' -r
complete -c subs -n "__fish_subs_using_subcommand forecast" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand forecast" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand forecast" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand forecast" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand forecast" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand forecast" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand forecast" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand forecast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand forecast" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l days -d 'Count renewals in this many days, today included' -r
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l mine -d 'Count only my share of shared plans (default: the `totals` setting)'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l full -d 'Count shared plans in full'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand analytics" -l months -d 'How many months, this one included (1 to 120)' -r
complete -c subs -n "__fish_subs_using_subcommand analytics" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand analytics" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand analytics" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand analytics" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand analytics" -l mine -d 'Count only my share of shared plans (default: the `totals` setting)'
complete -c subs -n "__fish_subs_using_subcommand analytics" -l full -d 'Count shared plans in full'
complete -c subs -n "__fish_subs_using_subcommand analytics" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand analytics" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand analytics" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand analytics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand analytics" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "set" -d 'Set a rate: 1 CURRENCY = RATE in the base currency'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "list" -d 'The rates, when they were set, and which are stale'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "ls" -d 'The rates, when they were set, and which are stale'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "remove" -d 'Remove a rate'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "rm" -d 'Remove a rate'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "update" -d 'Fetch the European Central Bank\'s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency'
complete -c subs -n "__fish_subs_using_subcommand rates; and not __fish_seen_subcommand_from set list ls remove rm update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l history -d 'Also keep the ECB\'s daily rates from this day on, so analytics converts each past payment at the rate of its date' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l dry-run -d 'Show what would change; write nothing'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l replace-manual -d 'Replace rates you set by hand too (they are kept otherwise)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a rate: 1 CURRENCY = RATE in the base currency'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from help" -f -a "list" -d 'The rates, when they were set, and which are stale'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a rate'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from help" -f -a "update" -d 'Fetch the European Central Bank\'s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency'
complete -c subs -n "__fish_subs_using_subcommand rates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand demo" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand demo" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand demo" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand demo" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand demo" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand demo" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand demo" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand demo" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand insights" -l provider -d 'AI provider (default: the ai_provider setting)' -r -f -a "gemini\t''
ollama\t''
openai\t''"
complete -c subs -n "__fish_subs_using_subcommand insights" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand insights" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand insights" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand insights" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand insights" -l offline -d 'Use the rule engine only; no network'
complete -c subs -n "__fish_subs_using_subcommand insights" -l refresh -d 'Ignore the cached answer'
complete -c subs -n "__fish_subs_using_subcommand insights" -l dry-run -d 'Print the exact request body that would be sent; send nothing'
complete -c subs -n "__fish_subs_using_subcommand insights" -l include-notes -d 'Also send notes and website addresses to the AI provider'
complete -c subs -n "__fish_subs_using_subcommand insights" -l mine -d 'Count only my share of shared plans (default: the `totals` setting)'
complete -c subs -n "__fish_subs_using_subcommand insights" -l full -d 'Count shared plans in full'
complete -c subs -n "__fish_subs_using_subcommand insights" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand insights" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand insights" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand insights" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand insights" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand export" -l format -d 'What to write' -r -f -a "json\t'Everything, losslessly (subs import reads it back)'
csv\t'One table as a spreadsheet'
ics\t'An iCalendar feed of renewals'
ledger\t'An hledger/ledger journal: payments and a periodic rule per subscription'
beancount\t'A beancount file of the payments'"
complete -c subs -n "__fish_subs_using_subcommand export" -l what -d 'Which table, for CSV' -r -f -a "subscriptions\t''
payments\t''
usage\t''"
complete -c subs -n "__fish_subs_using_subcommand export" -s o -l output -d 'Write to this file (created 0600) instead of stdout' -r -F
complete -c subs -n "__fish_subs_using_subcommand export" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand export" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand export" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand export" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand export" -l force -d 'Let --output replace an existing SQLite file'
complete -c subs -n "__fish_subs_using_subcommand export" -l raw -d 'CSV: write text exactly as stored, without the leading \' that keeps spreadsheets from running cells such as =HYPERLINK(...) as formulas'
complete -c subs -n "__fish_subs_using_subcommand export" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand export" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand export" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand export" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand import" -l format -d 'Its format (default: csv for .csv files, else json)' -r -f -a "json\t'A subs backup (`subs export`)'
csv\t'Subscriptions, with the JSON object\'s field names as headers'
wallos\t'A Wallos subscriptions export'"
complete -c subs -n "__fish_subs_using_subcommand import" -l currency-map -d 'Wallos currency ids or price symbols and their codes, e.g. 1=USD,2=EUR (an API response without its currencies section) or \'kr=SEK,$=CAD\' (symbols several currencies share)' -r
complete -c subs -n "__fish_subs_using_subcommand import" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand import" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand import" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand import" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand import" -l dry-run -d 'Validate everything and report; write nothing'
complete -c subs -n "__fish_subs_using_subcommand import" -l strict -d 'All or nothing: a row that cannot be imported fails the whole file (without it, valid rows are imported and each skipped row is named with its reason)'
complete -c subs -n "__fish_subs_using_subcommand import" -l with-config -d 'From a backup, take also the settings that decide where requests and keys go (ai_base_url, ai_model, ai_provider); without it they are listed and left out'
complete -c subs -n "__fish_subs_using_subcommand import" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand import" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand import" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand import" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand detect" -l format -d 'The files\' format, when finding it from the content is not wanted' -r -f -a "auto\t'Found from the content'
ofx\t'OFX 1.x (SGML) or 2.x (XML), QFX'
camt\t'ISO 20022 camt.052, camt.053 or camt.054'
mt940\t'SWIFT MT940'
csv\t'Comma-, semicolon- or tab-separated values'"
complete -c subs -n "__fish_subs_using_subcommand detect" -l encoding -d 'The text encoding (default: found from the content)' -r -f -a "utf-8\t''
utf-16le\t''
utf-16be\t''
windows-1252\t''
latin1\t''"
complete -c subs -n "__fish_subs_using_subcommand detect" -l columns -d 'Which CSV header holds which field, for headers subs does not know, e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date, amount, debit, credit, payee, memo, currency, id)' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l date-format -d 'The order of day and month in a CSV\'s dates, when its values leave it open (03/04/2025)' -r -f -a "dmy\t'Day, month, year (31.01.2026, 31/01/2026)'
mdy\t'Month, day, year (01/31/2026)'
ymd\t'Year, month, day (2026-01-31)'"
complete -c subs -n "__fish_subs_using_subcommand detect" -l account -d 'Read only this account of a file that holds several (its IBAN or account number)' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l currency -d 'The currency of rows whose statement names none (a CSV without a currency column)' -r -f
complete -c subs -n "__fish_subs_using_subcommand detect" -l since -d 'Look only at debits from this day on' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l min-confidence -d 'Leave out series less certain than this (0 to 1)' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l add -d 'Track what was found: the series named (by name, any letter case), else a picker on a terminal (--yes: all of them)' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand detect" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand detect" -l all -d 'Show every series found, however uncertain'
complete -c subs -n "__fish_subs_using_subcommand detect" -l yes -d 'With --add: track every series found without asking'
complete -c subs -n "__fish_subs_using_subcommand detect" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand detect" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand detect" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand detect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand detect" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "generate" -d 'Process renewals, then raise every alert that is due; prints only new ones'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "list" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "ls" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "read" -d 'Mark an alert (or all) as read'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "dismiss" -d 'Dismiss an alert (or all)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "cleanup" -d 'Delete dismissed alerts older than a given age'
complete -c subs -n "__fish_subs_using_subcommand alerts; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l dry-run -d 'Show what would be raised; write nothing'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l strict -d 'Exit 1 when a notification could not be delivered (it is retried on the next run either way)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l type -d 'Only this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l subscription -d 'Only this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l all -d 'Include read and dismissed alerts'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l type -d 'Only this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l subscription -d 'Only this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l all -d 'Include read and dismissed alerts'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l type -d 'Every alert of this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l subscription -d 'Every alert of this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l all -d 'Every alert'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from read" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l type -d 'Every alert of this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l subscription -d 'Every alert of this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l all -d 'Every alert'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from dismiss" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -l older-than -d 'Age of dismissed alerts to delete: 30d, 2w (default 30d)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from cleanup" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Process renewals, then raise every alert that is due; prints only new ones'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "list" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "read" -d 'Mark an alert (or all) as read'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "dismiss" -d 'Dismiss an alert (or all)'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "cleanup" -d 'Delete dismissed alerts older than a given age'
complete -c subs -n "__fish_subs_using_subcommand alerts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "generate" -d 'Process renewals, then raise every alert that is due; prints only new ones'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "list" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "ls" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "read" -d 'Mark an alert (or all) as read'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "dismiss" -d 'Dismiss an alert (or all)'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "cleanup" -d 'Delete dismissed alerts older than a given age'
complete -c subs -n "__fish_subs_using_subcommand alert; and not __fish_seen_subcommand_from generate list ls read dismiss cleanup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l dry-run -d 'Show what would be raised; write nothing'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l strict -d 'Exit 1 when a notification could not be delivered (it is retried on the next run either way)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l type -d 'Only this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l subscription -d 'Only this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l all -d 'Include read and dismissed alerts'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l type -d 'Only this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l subscription -d 'Only this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l all -d 'Include read and dismissed alerts'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l type -d 'Every alert of this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l subscription -d 'Every alert of this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l all -d 'Every alert'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from read" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l type -d 'Every alert of this type' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l subscription -d 'Every alert of this subscription' -r -f
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l all -d 'Every alert'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from dismiss" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -l older-than -d 'Age of dismissed alerts to delete: 30d, 2w (default 30d)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from cleanup" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Process renewals, then raise every alert that is due; prints only new ones'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "list" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "read" -d 'Mark an alert (or all) as read'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "dismiss" -d 'Dismiss an alert (or all)'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "cleanup" -d 'Delete dismissed alerts older than a given age'
complete -c subs -n "__fish_subs_using_subcommand alert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "add" -d 'Add a channel'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "list" -d 'The channels, their settings (secrets never shown) and filters'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "ls" -d 'The channels, their settings (secrets never shown) and filters'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "remove" -d 'Remove a channel and its queued deliveries'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "rm" -d 'Remove a channel and its queued deliveries'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "test" -d 'Send a test notification through one channel or all of them'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "enable" -d 'Let a command or apprise channel that came by import or sync run on this device'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "log" -d 'Deliveries, newest first'
complete -c subs -n "__fish_subs_using_subcommand notify; and not __fish_seen_subcommand_from add list ls remove rm test enable log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l url -d 'Where to (ntfy topic URL, webhook URL)' -r -f
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l to -d 'Where e-mail goes (email channels)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l from -d 'The sender (email channels; default: the --to address)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l smtp -d 'The SMTP server: smtp://USER@HOST:587 (STARTTLS) or smtps://USER@HOST:465' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l run -d 'The program to run (command channels), given the alerts on stdin' -r -f -a "(__fish_complete_command)"
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l secret-env -d 'The environment variable holding its token or secret, named SUBS_<NAME>_TOKEN, _SECRET or _PASSWORD (default SUBS_NTFY_TOKEN, SUBS_WEBHOOK_SECRET ...); the secret itself is never stored' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l min-severity -d 'Only alerts this pressing or more' -r -f -a "info\t''
warning\t''
urgent\t''"
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l types -d 'Only these alert types (comma-separated)' -r -f -a "payment_due\t''
price_increase\t''
renewal_reminder\t''
usage_limit\t''
cancellation_reminder\t''
status_change\t''
trial_ending\t''
cancellation_deadline\t''
over_budget\t''
card_expiring\t''
missed_charge\t''
duplicate_charge\t''"
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l insecure-tls -d 'Accept the SMTP server\'s certificate even when it is self-signed'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l digest -d 'One message per run listing the alerts, instead of one per alert'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l limit -d 'How many, newest first' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l failed -d 'Only deliveries that failed for good'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a channel'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "list" -d 'The channels, their settings (secrets never shown) and filters'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a channel and its queued deliveries'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a test notification through one channel or all of them'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Let a command or apprise channel that came by import or sync run on this device'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "log" -d 'Deliveries, newest first'
complete -c subs -n "__fish_subs_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -f -a "install" -d 'Install an hourly `alerts generate` for this database'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -f -a "uninstall" -d 'Remove what install wrote'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -f -a "status" -d 'The last run, the schedule, and failed deliveries'
complete -c subs -n "__fish_subs_using_subcommand schedule; and not __fish_seen_subcommand_from install uninstall status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l systemd -d 'A systemd user timer (Persistent: a run missed while asleep happens at wake-up); the default on Linux'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l cron -d 'A crontab line, printed alone on stdout (installed only with --write)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l launchd -d 'A LaunchAgent (the default on macOS)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l write -d 'With --cron: add the line to your crontab'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l print -d 'Print the units (or the LaunchAgent) on stdout; write and enable nothing'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from install" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from uninstall" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install an hourly `alerts generate` for this database'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "uninstall" -d 'Remove what install wrote'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "status" -d 'The last run, the schedule, and failed deliveries'
complete -c subs -n "__fish_subs_using_subcommand schedule; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -f -a "set" -d 'Set the monthly budget for all subscriptions, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -f -a "list" -d 'List budgets with what they cover now'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -f -a "ls" -d 'List budgets with what they cover now'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -f -a "remove" -d 'Remove the overall budget, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -f -a "rm" -d 'Remove the overall budget, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand budget; and not __fish_seen_subcommand_from set list ls remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l currency -d 'Its currency (default: the base currency)' -r -f
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l category -d 'Only this category\'s subscriptions (default: all)' -r -f
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -l category -d 'Only this category\'s subscriptions (default: all)' -r -f
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -l category -d 'Only this category\'s subscriptions (default: all)' -r -f
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the monthly budget for all subscriptions, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "list" -d 'List budgets with what they cover now'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove the overall budget, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand budget; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "add" -d 'Add a card (or another way to pay) with its expiry month'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "list" -d 'List cards with the subscriptions charged to each'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "ls" -d 'List cards with the subscriptions charged to each'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "remove" -d 'Remove a card; its subscriptions keep its kind as their payment method'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "rm" -d 'Remove a card; its subscriptions keep its kind as their payment method'
complete -c subs -n "__fish_subs_using_subcommand card; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l expires -d 'The month it expires, YYYY-MM (or MM/YY as printed on the card)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l kind -d 'What it is' -r -f -a "card\t''
bank_transfer\t''
paypal\t''
other\t''"
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask when subscriptions are charged to it (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask when subscriptions are charged to it (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a card (or another way to pay) with its expiry month'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cards with the subscriptions charged to each'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a card; its subscriptions keep its kind as their payment method'
complete -c subs -n "__fish_subs_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "add" -d 'Add a member'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "list" -d 'List members with the plans each shares or pays'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "ls" -d 'List members with the plans each shares or pays'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "remove" -d 'Remove a member who shares and pays nothing'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "rm" -d 'Remove a member who shares and pays nothing'
complete -c subs -n "__fish_subs_using_subcommand member; and not __fish_seen_subcommand_from add list ls remove rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List members with the plans each shares or pays'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member who shares and pays nothing'
complete -c subs -n "__fish_subs_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand split" -l month -d 'The month, YYYY-MM (default: this month)' -r
complete -c subs -n "__fish_subs_using_subcommand split" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand split" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand split" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand split" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand split" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand split" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand split" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand split" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -l reminders -d 'Make this device the one that sends reminders (notifications) for every device'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -f -a "init" -d 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -f -a "join" -d 'Sync another device with the remote a first device started'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -f -a "status" -d 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -f -a "resolve" -d 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -f -a "leave" -d 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)'
complete -c subs -n "__fish_subs_using_subcommand sync; and not __fish_seen_subcommand_from init join status resolve leave help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l reminders -d 'Make this device the one that sends reminders (default for `init`)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l remember -d 'Keep the secret in a file only your user can read (mode 0600) in your configuration folder, so later syncs need no prompt'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l force-new-remote -d 'Start a remote that holds data over from this device\'s data (after a wrong secret reached it); the other devices then leave and join'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -s y -l yes -d 'Do not ask before starting the remote over (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l reminders -d 'Make this device the one that sends reminders (default for `init`)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l remember -d 'Keep the secret in a file only your user can read (mode 0600) in your configuration folder, so later syncs need no prompt'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "init" -d 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "join" -d 'Sync another device with the remote a first device started'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "status" -d 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)'
complete -c subs -n "__fish_subs_using_subcommand sync; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "add" -d 'Add a category'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "list" -d 'List categories with how many subscriptions each holds'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "ls" -d 'List categories with how many subscriptions each holds'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "edit" -d 'Rename or restyle a category'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "delete" -d 'Delete a category; its subscriptions become uncategorised'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "rm" -d 'Delete a category; its subscriptions become uncategorised'
complete -c subs -n "__fish_subs_using_subcommand category; and not __fish_seen_subcommand_from add list ls edit delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l hex -d 'Its colour, e.g. \'#E50914\'' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l icon -d 'Icon name' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l name -d 'New name' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l hex -d 'New colour, e.g. \'#E50914\'' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l icon -d 'Icon name' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a category'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "list" -d 'List categories with how many subscriptions each holds'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename or restyle a category'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a category; its subscriptions become uncategorised'
complete -c subs -n "__fish_subs_using_subcommand category; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -f -a "list" -d 'Every setting with its value and where the value comes from'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -f -a "ls" -d 'Every setting with its value and where the value comes from'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -f -a "get" -d 'One setting\'s value'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -f -a "set" -d 'Store a setting in the database'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -f -a "unset" -d 'Remove a stored setting, returning it to its default'
complete -c subs -n "__fish_subs_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every setting with its value and where the value comes from'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'One setting\'s value'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a setting in the database'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a stored setting, returning it to its default'
complete -c subs -n "__fish_subs_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand mcp" -l db -d 'Database file (default: subs.db in your data directory) [env: SUBS_DB]' -r -F
complete -c subs -n "__fish_subs_using_subcommand mcp" -l profile -d 'Use NAME.db beside the default database [env: SUBS_PROFILE]' -r
complete -c subs -n "__fish_subs_using_subcommand mcp" -l color -d 'When to colour output: auto, always or never (NO_COLOR is honoured by auto)' -r
complete -c subs -n "__fish_subs_using_subcommand mcp" -l today -d 'Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]' -r
complete -c subs -n "__fish_subs_using_subcommand mcp" -l allow-writes -d 'Also offer the tools that change data: add, edit, pay, log usage, pause, resume, cancel, mark alerts read (each one `subs undo` step)'
complete -c subs -n "__fish_subs_using_subcommand mcp" -l json -d 'Print one JSON document on stdout instead of text'
complete -c subs -n "__fish_subs_using_subcommand mcp" -s q -l quiet -d 'Print only what was asked for: no confirmations or notes'
complete -c subs -n "__fish_subs_using_subcommand mcp" -s v -l verbose -d 'Say more on stderr (the database in use, what was decided)'
complete -c subs -n "__fish_subs_using_subcommand mcp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c subs -n "__fish_subs_using_subcommand mcp" -s V -l version -d 'Print version'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "add" -d 'Add a subscription (prompts for missing values on a terminal)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "list" -d 'List subscriptions with their monthly cost and next billing date'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "show" -d 'Show one subscription in full'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "edit" -d 'Change a subscription\'s details'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "pause" -d 'Pause billing and reminders'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "resume" -d 'Resume a paused subscription'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "cancel" -d 'Cancel now, or at the end of a period with --at'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "delete" -d 'Delete a subscription and all its history'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "pay" -d 'Record a payment; paying the due occurrence moves the next billing date on'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "payments" -d 'List payments, or correct one (payments edit|delete ID)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "reconcile" -d 'Check a bank statement against your subscriptions: paid, late, missed, doubled, a new price, charges nobody declared'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "log-usage" -d 'Record that you used a subscription'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "usage" -d 'Per subscription: uses, time, last use, cost per use; with a name, its logs'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "renew" -d 'Process renewals: record auto-renewal payments, expire ended subscriptions'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "undo" -d 'Revert the last writing command exactly; again: the one before it; --list shows the journal'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "redo" -d 'Re-apply the command undone last'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "upcoming" -d 'Every charge coming up in the next days, overdue ones first'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "forecast" -d 'The charges of the months ahead, per month, and what to set aside each month to cover them'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "dashboard" -d 'The portfolio at a glance: counts, costs, categories, upcoming renewals'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "analytics" -d 'Trends and breakdowns over recent months, with bar charts'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "rates" -d 'Exchange rates into the base currency'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "demo" -d 'Fill the separate `demo` profile with a sample portfolio and show it'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "insights" -d 'Where to save: Gemini (or a local model) when enabled, else the rule engine'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "export" -d 'Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "import" -d 'Read a backup, a CSV of subscriptions or a Wallos export'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "detect" -d 'Find subscriptions in a bank statement (offline); --add tracks them'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "alerts" -d 'Raise reminders (cron-safe) and manage alerts'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "notify" -d 'Notification channels: where new alerts are delivered (ntfy, a webhook, a command), with a delivery outbox'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "schedule" -d 'Run `alerts generate` every hour: a systemd timer, cron or launchd'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "budget" -d 'Monthly budgets, overall or per category'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "card" -d 'Payment cards: which subscriptions to move when one expires'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "member" -d 'People you share plans with ("me" is always there)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "split" -d 'Who owes whom for a month\'s charges of shared plans'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "sync" -d 'Sync with your other devices through a git remote you own, end-to-end encrypted (`sync init` on the first, `sync join` on the others)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "category" -d 'Manage categories'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "config" -d 'Read and change settings'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "mcp" -d 'Serve your subscriptions to an AI assistant: a Model Context Protocol server on stdin/stdout (reads only, unless --allow-writes)'
complete -c subs -n "__fish_subs_using_subcommand help; and not __fish_seen_subcommand_from add list show edit pause resume cancel delete pay payments reconcile log-usage usage renew undo redo upcoming forecast dashboard analytics rates demo insights export import detect alerts notify schedule budget card member split sync category config mcp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payments" -f -a "edit" -d 'Correct a payment (its id is in `subs payments`)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payments" -f -a "refund" -d 'Record money coming back for a payment (all of it, or --amount)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from payments" -f -a "delete" -d 'Delete a payment; the charge it settled is due again'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "delete" -d 'Delete a usage log (its id is in `subs usage`)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from rates" -f -a "set" -d 'Set a rate: 1 CURRENCY = RATE in the base currency'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from rates" -f -a "list" -d 'The rates, when they were set, and which are stale'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from rates" -f -a "remove" -d 'Remove a rate'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from rates" -f -a "update" -d 'Fetch the European Central Bank\'s reference rates (no key needed) and set, for every currency you hold, its rate into the base currency'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "generate" -d 'Process renewals, then raise every alert that is due; prints only new ones'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "list" -d 'Unread, undismissed alerts, newest first'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "read" -d 'Mark an alert (or all) as read'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "dismiss" -d 'Dismiss an alert (or all)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from alerts" -f -a "cleanup" -d 'Delete dismissed alerts older than a given age'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "add" -d 'Add a channel'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "list" -d 'The channels, their settings (secrets never shown) and filters'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "remove" -d 'Remove a channel and its queued deliveries'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "test" -d 'Send a test notification through one channel or all of them'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "enable" -d 'Let a command or apprise channel that came by import or sync run on this device'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "log" -d 'Deliveries, newest first'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "install" -d 'Install an hourly `alerts generate` for this database'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "uninstall" -d 'Remove what install wrote'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from schedule" -f -a "status" -d 'The last run, the schedule, and failed deliveries'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "set" -d 'Set the monthly budget for all subscriptions, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "list" -d 'List budgets with what they cover now'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from budget" -f -a "remove" -d 'Remove the overall budget, or one category\'s'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "add" -d 'Add a card (or another way to pay) with its expiry month'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "list" -d 'List cards with the subscriptions charged to each'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "remove" -d 'Remove a card; its subscriptions keep its kind as their payment method'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List members with the plans each shares or pays'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member who shares and pays nothing'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "init" -d 'Start syncing on your first device: sends this database to an empty git remote (secret from SUBS_SYNC_SECRET or a prompt)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "join" -d 'Sync another device with the remote a first device started'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "status" -d 'The remote, the last sync, changes not sent yet, conflicts, and which device sends reminders'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "resolve" -d 'Accept how subs settled the conflicts `sync status` lists: records left out are deleted, repairs and merges written down (every device follows at its next sync)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from sync" -f -a "leave" -d 'Stop syncing on this device: its data stays, its replica, clone and remembered secret go (`sync join` later starts again)'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "add" -d 'Add a category'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "list" -d 'List categories with how many subscriptions each holds'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "edit" -d 'Rename or restyle a category'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from category" -f -a "delete" -d 'Delete a category; its subscriptions become uncategorised'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every setting with its value and where the value comes from'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'One setting\'s value'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Store a setting in the database'
complete -c subs -n "__fish_subs_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a stored setting, returning it to its default'
