//! `subs add` on a terminal prompts for what is missing. The terminal is a
//! pseudo-terminal from util-linux `script`; answers are typed into it.

use crate::common::{TestEnv, has};

/// Runs `subs ARGS` on a pseudo-terminal, typing each answer after a pause.
fn on_terminal(env: &TestEnv, args: &str, answers: &[&str]) -> String {
    env.typing(args, answers).1
}

#[test]
fn ctrl_c_or_esc_in_a_prompt_cancels_and_shows_the_cursor_again() {
    const HIDE: &str = "\x1b[?25l";
    const SHOW: &str = "\x1b[?25h";
    for key in ["\x03", "\x1b"] {
        let env = TestEnv::new();
        // The cycle list hides the cursor while it waits for a choice.
        let (code, screen) = env.typing("add Netflix --amount 9", &[key]);
        let hidden = screen.rfind(HIDE);
        assert!(
            hidden.is_some(),
            "{key:?}: the list hides the cursor: {screen:?}"
        );
        assert!(
            screen.rfind(SHOW) > hidden,
            "{key:?}: the cursor is shown again: {screen:?}"
        );
        assert!(
            screen.contains("cancelled at the prompt"),
            "{key:?}: {screen:?}"
        );
        assert_eq!(code, Some(2), "{key:?}: {screen:?}");
        assert!(!env.db.exists(), "{key:?}: nothing was written");
    }
    // Esc at a confirmation declines it: nothing deleted, exit 0.
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "1", "--cycle", "monthly"]);
    let (code, screen) = env.typing("delete netflix", &["\x1b"]);
    assert!(screen.contains("Nothing deleted."), "{screen:?}");
    assert_eq!(code, Some(0), "{screen:?}");
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 1);
}

#[test]
fn add_prompts_for_everything_missing() {
    let env = TestEnv::new();
    // name, a bad amount then a good one, cycle (Enter keeps "monthly"),
    // start date (Enter keeps today), category.
    let screen = on_terminal(
        &env,
        "add",
        &["Netflix\r", "12,5\r", "15.99\r", "\r", "\r", "Video\r"],
    );
    assert!(screen.contains("Name"), "{screen}");
    assert!(
        screen.contains("use a dot"),
        "the bad amount is explained and asked again: {screen}"
    );
    assert!(screen.contains("Added Netflix"), "{screen}");
    let v = env.json(&["show", "netflix"]);
    assert_eq!(v["amount"].to_string(), "15.99");
    assert_eq!(v["billing_cycle"], "monthly");
    assert_eq!(v["start_date"], "2026-11-26");
    assert_eq!(v["category"], "Video");
}

#[test]
fn prompts_only_ask_for_what_is_missing() {
    let env = TestEnv::new();
    let screen = on_terminal(
        &env,
        "add Gym --amount 40 --category Fitness",
        &["\x1b[B\x1b[B\r", "2026-01-15\r"],
    );
    assert!(!screen.contains("Name"), "{screen}");
    let v = env.json(&["show", "gym"]);
    assert_eq!(v["billing_cycle"], "yearly", "two steps down from monthly");
    assert_eq!(v["start_date"], "2026-01-15");
    assert_eq!(v["category"], "Fitness");
}

#[test]
fn delete_asks_on_a_terminal() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "1", "--cycle", "monthly"]);
    on_terminal(&env, "delete netflix", &["n\r"]);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM subscription"),
        1,
        "declined"
    );
    on_terminal(&env, "delete netflix", &["y\r"]);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM subscription"),
        0,
        "confirmed"
    );
}

#[test]
fn paying_ahead_on_a_terminal_asks_first() {
    let env = TestEnv::new();
    env.monthly("Later", "9").start("2026-12-20").add();
    let declined = on_terminal(&env, "pay later", &["n"]);
    has(&declined, "Pay that charge now, ahead of time?");
    assert_eq!(
        env.sql_count("SELECT count(*) FROM payment"),
        0,
        "{declined}"
    );
    let screen = on_terminal(&env, "pay later", &["y"]);
    has(&screen, "Recorded 9.00 USD paid for Later (due 2026-12-20)");
    assert_eq!(env.sql_count("SELECT count(*) FROM payment"), 1);
}

#[test]
fn declining_a_deletion_is_not_an_error() {
    let env = TestEnv::new();
    env.monthly("Gym", "30").add();
    let screen = on_terminal(&env, "delete gym; echo exit=$?", &["n"]);
    assert!(screen.contains("Nothing deleted."), "{screen}");
    assert!(screen.contains("exit=0"), "{screen}");
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 1);
}

/// With channels and no `alerts generate` for more than twice the interval,
/// a command at a terminal says once a day that reminders are not running;
/// never with -q or --json.
#[test]
fn a_heartbeat_warns_once_a_day_when_reminders_stopped() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "1", "--cycle", "monthly"]);
    // No channel: nothing to warn about.
    let screen = on_terminal(&env, "list", &[]);
    assert!(!screen.contains("reminders are not running"), "{screen}");
    env.alerts_file_channel(&[]);
    let quiet = on_terminal(&env, "-q list", &[]);
    assert!(!quiet.contains("reminders are not running"), "{quiet}");
    let json = on_terminal(&env, "--json list", &[]);
    assert!(!json.contains("reminders are not running"), "{json}");
    let screen = on_terminal(&env, "list", &[]);
    assert!(screen.contains("reminders are not running yet"), "{screen}");
    assert!(screen.contains("subs schedule install"), "{screen}");
    let again = on_terminal(&env, "list", &[]);
    assert!(
        !again.contains("reminders are not running"),
        "once a day: {again}"
    );
    // A run today: nothing to say, even on another day soon after.
    env.ok(&["alerts", "generate", "-q"]);
    let status = env.json(&["schedule", "status"]);
    assert_eq!(status["late"], false, "{status}");
    assert!(
        status["last_run"]["last_run_at"]
            .as_str()
            .unwrap()
            .starts_with("2026-11-26")
    );
}

/// On a terminal, without `--yes`, a one-letter reference still works:
/// the question names what it matched before anything is deleted.
#[test]
fn a_short_reference_deletes_after_the_question_names_what_matched() {
    let env = TestEnv::new();
    env.add(&["example.dev domain", "--amount", "12", "--cycle", "yearly"]);
    let screen = on_terminal(&env, "delete e", &["y\r"]);
    assert!(screen.contains("Delete example.dev domain"), "{screen}");
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 0);
}
