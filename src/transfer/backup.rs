//! The lossless backup: one JSON document holding every table, one row per
//! line, keys sorted, so the same data always gives the same bytes; and
//! its streamed import, which validates and writes rows as they are read,
//! so a file of any size needs little memory. Ids, timestamps and raw JSON
//! columns are kept; a row whose id exists is "unchanged" when equal and a
//! conflict (the stored row kept) when not.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{Read, Write};
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::validate::Validate;
use super::{Exporter, ImportReport, Importer};
use crate::error::{Error, Result};
use crate::store::Db;
use crate::store::backup::{
    self, AlertRow, AlertTallyRow, BudgetRow, CardRow, CategoryRow, ChannelRow, ConfigRow,
    MemberRow, PaymentRow, PriceRow, RateRow, ShareRow, SubscriptionRow, Table, UsageRow,
};

/// The backup format this subs writes and reads.
/// Version 2 added a global id (`uid`) to categories, payments, usage
/// logs, alerts and price changes; version 1 files are still read.
pub const FORMAT_VERSION: u64 = 3;

/// A table of the backup: stored rows that check themselves.
pub trait BackupTable: Table + Validate {}
impl<T: Table + Validate> BackupTable for T {}

/// Something done once per backup table.
pub trait EachTable {
    type Error;
    fn table<T: BackupTable>(&mut self) -> std::result::Result<(), Self::Error>;
}

/// Every table of a backup, in the order rows must be restored (parents
/// before children). The one place the list is written: export, import and
/// the emptiness check all walk it.
pub fn each_table<V: EachTable>(v: &mut V) -> std::result::Result<(), V::Error> {
    v.table::<ConfigRow>()?;
    v.table::<ChannelRow>()?;
    v.table::<RateRow>()?;
    v.table::<CategoryRow>()?;
    v.table::<CardRow>()?;
    v.table::<MemberRow>()?;
    v.table::<SubscriptionRow>()?;
    v.table::<ShareRow>()?;
    v.table::<PaymentRow>()?;
    v.table::<UsageRow>()?;
    v.table::<AlertRow>()?;
    v.table::<AlertTallyRow>()?;
    v.table::<PriceRow>()?;
    v.table::<BudgetRow>()
}

/// Whether the database holds no row of any backup table.
pub fn is_empty(db: &Db) -> Result<bool> {
    struct Empty<'a> {
        db: &'a Db,
        empty: bool,
    }
    impl EachTable for Empty<'_> {
        type Error = Error;
        fn table<T: BackupTable>(&mut self) -> Result<()> {
            self.empty = self.empty && !backup::has_rows::<T>(self.db)?;
            Ok(())
        }
    }
    let mut check = Empty { db, empty: true };
    each_table(&mut check)?;
    Ok(check.empty)
}

/// `subs export` and `subs import` (JSON).
#[derive(Default)]
pub struct Backup {
    /// Import also the settings that decide where subs sends requests
    /// (and keys): without it they are listed and left out.
    pub with_config: bool,
}

/// Settings that steer network traffic: a backup from elsewhere must not
/// redirect your AI key without your say.
const NETWORK_SETTINGS: [&str; 3] = ["ai_base_url", "ai_model", "ai_provider"];

impl Exporter for Backup {
    fn export(&self, db: &Db, out: &mut dyn Write) -> Result<()> {
        struct Sections<'a> {
            db: &'a Db,
            out: &'a mut dyn Write,
            first: bool,
        }
        impl EachTable for Sections<'_> {
            type Error = Error;
            fn table<T: BackupTable>(&mut self) -> Result<()> {
                if !self.first {
                    self.out.write_all(b",\n")?;
                }
                self.first = false;
                write_section::<T>(self.db, self.out)
            }
        }
        writeln!(out, "{{\"format_version\": {FORMAT_VERSION},")?;
        each_table(&mut Sections {
            db,
            out: &mut *out,
            first: true,
        })?;
        writeln!(out, "\n}}")?;
        Ok(())
    }
}

/// `"name": [` one row per line `]`.
fn write_section<T: Table>(db: &Db, out: &mut dyn Write) -> Result<()> {
    write!(out, "\"{}\": [", T::NAME)?;
    let mut first = true;
    backup::for_each::<T>(db, |row| {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        serde_json::to_writer(&mut *out, &row)?;
        Ok(())
    })?;
    out.write_all(if first { b"]" } else { b"\n]" })?;
    Ok(())
}

impl Importer for Backup {
    const FORMAT: &'static str = "json";

    fn import(&self, tx: &Db, reader: &mut dyn Read, report: &mut ImportReport) -> Result<()> {
        report.format = Self::FORMAT;
        // Rows may refer to rows later in the file; check references at the end.
        // A larger page cache keeps index updates of big files in memory
        // instead of spilling to the WAL (about a third faster for 2M rows).
        backup::prepare_restore(tx)?;
        let state = RefCell::new(State {
            tx,
            report,
            with_config: self.with_config,
            seen: HashMap::new(),
            named: HashMap::new(),
            version: None,
            fresh: is_empty(tx)?,
            failure: None,
        });
        let mut de = serde_json::Deserializer::from_reader(reader);
        let parsed = Top(&state).deserialize(&mut de).and_then(|()| de.end());
        let state = state.into_inner();
        if let Err(e) = parsed {
            let position = if e.line() > 0 {
                format!(" (line {})", e.line())
            } else {
                String::new()
            };
            return Err(Error::invalid(match state.failure {
                Some(reason) => format!("invalid backup: {reason}{position}; nothing was imported"),
                None if e.is_io() => format!("cannot read the file: {e}"),
                None => format!("invalid backup: {e}; nothing was imported"),
            }));
        }
        match state.version {
            None => {
                return Err(Error::invalid(
                    "invalid backup: format_version is missing; is this a subs export?",
                ));
            }
            Some(v) if !supported(v) => {
                return Err(Error::invalid(format!(
                    "invalid backup: {}",
                    unsupported(v)
                )));
            }
            _ => {}
        }
        if let Some((table, rowid, parent)) = backup::first_fk_violation(tx)? {
            return Err(Error::invalid(format!(
                "invalid backup: a {table} row (id {rowid}) refers to a {parent} that is neither in the file nor in the database; nothing was imported"
            )));
        }
        Ok(())
    }
}

struct State<'a> {
    tx: &'a Db,
    report: &'a mut ImportReport,
    with_config: bool,
    seen: HashMap<&'static str, HashSet<String>>,
    /// Category and card ids in the file → ids in the database (a
    /// same-named one that already exists is reused).
    named: backup::IdMap,
    version: Option<u64>,
    /// The database was empty when the import began: nothing can clash
    /// with a row except another row of the file, which `seen` catches.
    fresh: bool,
    /// The real reason when the parser stops us.
    failure: Option<String>,
}

impl State<'_> {
    fn accept<T: BackupTable>(
        &mut self,
        mut row: T,
        index: usize,
    ) -> std::result::Result<(), String> {
        let at = format!("{}[{index}]", T::NAME);
        if let Some(v) = self.version
            && !supported(v)
        {
            return Err(unsupported(v));
        }
        if let Err((name, problem)) = row.validate() {
            return Err(format!("{at}: field {name}: {problem}"));
        }
        if !self.seen.entry(T::NAME).or_default().insert(row.key()) {
            return Err(format!("{at}: duplicate id {} in the file", row.key()));
        }
        if let Some(warning) = self.left_out(&row, &at) {
            self.report.warnings.push(warning);
            return Ok(());
        }
        row.remap_refs(&self.named);
        let at_err = |e: Error| format!("{at}: {e}");
        // The same row is the one with the same global id; a category (or
        // card) is also the same as one of the same name; a row of a format 1 file
        // (no global id) is the one with the same key.
        let has_uid = row.uid().is_some_and(|u| !u.is_empty());
        let mut stored = None;
        if has_uid && !self.fresh {
            stored = backup::existing(self.tx, &row).map_err(at_err)?;
        }
        if stored.is_none()
            && let Some((file_id, local_id)) = self.map_named(&row).map_err(at_err)?
        {
            self.named.insert((T::TABLE, file_id), local_id);
            *self.report.unchanged.entry(T::NAME).or_default() += 1;
            return Ok(());
        }
        if !has_uid && !self.fresh {
            stored = backup::existing(self.tx, &row).map_err(at_err)?;
        }
        self.store(row, stored, &at)
    }

    /// Why a row that decides where subs sends requests, keys or alerts is
    /// not taken without `--with-config`.
    fn left_out<T: BackupTable>(&self, row: &T, at: &str) -> Option<String> {
        if self.with_config {
            return None;
        }
        if let Some((key, value)) = row.as_setting()
            && NETWORK_SETTINGS.contains(&key)
        {
            return Some(format!(
                "{at}: setting {key} = \"{value}\" was not taken: it decides where subs sends requests and keys; pass --with-config to take it"
            ));
        }
        row.steers_traffic().map(|what| {
            format!(
                "{at}: {what} was not taken: it decides where subs sends alerts; pass --with-config to take it"
            )
        })
    }

    /// Stores a row of the file: the same as `stored` (unchanged), in
    /// conflict with it, or new (inserted, or a clash with a unique row).
    fn store<T: BackupTable>(
        &mut self,
        mut row: T,
        stored: Option<T>,
        at: &str,
    ) -> std::result::Result<(), String> {
        let at_err = |e: Error| format!("{at}: {e}");
        match stored {
            Some(stored) => {
                self.remember_named(&row, stored.id());
                if same(stored, &row) {
                    *self.report.unchanged.entry(T::NAME).or_default() += 1
                } else {
                    self.report
                        .conflict(T::NAME, row.key(), "exists with different content".into())
                }
            }
            None => match backup::restore(self.tx, &mut row).map_err(at_err)? {
                backup::Restored::Inserted(local_id) => {
                    self.remember_named(&row, local_id);
                    *self.report.inserted.entry(T::NAME).or_default() += 1;
                }
                backup::Restored::Duplicate => {
                    let reason = match row.occurrence() {
                        Some((subscription, what)) => {
                            let name = crate::store::subscriptions::name_of(self.tx, subscription)
                                .map_err(at_err)?
                                .unwrap_or_else(|| subscription.to_string());
                            format!(
                                "{name} already has its {what} here (recorded on both copies); the one here is kept"
                            )
                        }
                        None => "clashes with a row here that must be unique; the one here is kept"
                            .to_string(),
                    };
                    self.report.conflict(T::NAME, row.key(), reason);
                }
            },
        }
        Ok(())
    }

    /// For a named row (category, card) stored under another local id: the
    /// file's rows refer to it by the file's id.
    fn remember_named<T: Table>(&mut self, row: &T, local_id: Option<i64>) {
        if let (Some((file_id, _)), Some(local_id)) = (row.as_named(), local_id)
            && file_id != local_id
        {
            self.named.insert((T::TABLE, file_id), local_id);
        }
    }

    /// For a named row: a different-id row of the same name in the
    /// database is the same one.
    fn map_named<T: Table>(&self, row: &T) -> Result<Option<(i64, i64)>> {
        let Some((id, name)) = row.as_named() else {
            return Ok(None);
        };
        Ok(backup::find_named(self.tx, T::TABLE, name)?
            .filter(|local| *local != id)
            .map(|local| (id, local)))
    }
}

/// Whether a stored row holds what the file's row holds. Local ids may
/// differ (they are per database), and a format 1 row has no global id.
fn same<T: Table>(mut stored: T, row: &T) -> bool {
    if let Some(id) = row.id() {
        stored.set_id(id);
    }
    if row.uid().is_some_and(str::is_empty) {
        stored.set_uid(String::new());
    }
    &stored == row
}

fn supported(v: u64) -> bool {
    (1..=FORMAT_VERSION).contains(&v)
}

fn unsupported(v: u64) -> String {
    format!("unsupported format_version {v}: this subs reads versions 1 to {FORMAT_VERSION}")
}

struct Top<'s, 'a>(&'s RefCell<State<'a>>);

impl<'de> DeserializeSeed<'de> for Top<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Top<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a subs backup: an object with format_version and tables")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format_version" => {
                    let v: u64 = map.next_value()?;
                    self.0.borrow_mut().version = Some(v);
                    if !supported(v) {
                        return Err(self.fail(unsupported(v)));
                    }
                }
                name => {
                    let mut section = Section {
                        name,
                        map: &mut map,
                        state: self.0,
                        found: false,
                        de: PhantomData,
                    };
                    each_table(&mut section)?;
                    if !section.found {
                        let _: IgnoredAny = map.next_value()?;
                        return Err(self.fail(format!(
                            "unknown section \"{name}\" (is this a subs backup?)"
                        )));
                    }
                }
            }
        }
        Ok(())
    }
}
impl Top<'_, '_> {
    fn fail<E: de::Error>(&self, message: String) -> E {
        let mut state = self.0.borrow_mut();
        if state.failure.is_none() {
            state.failure = Some(message.clone());
        }
        E::custom(message)
    }
}

struct Rows<'s, 'a, T>(&'s RefCell<State<'a>>, PhantomData<T>);

impl<'de, T: BackupTable> DeserializeSeed<'de> for Rows<'_, '_, T> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: BackupTable> Visitor<'de> for Rows<'_, '_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of {} rows", T::NAME)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut index = 0;
        loop {
            let row = seq.next_element::<T>().map_err(|e| {
                let message = format!("{}[{index}]: {e}", T::NAME);
                self.0.borrow_mut().failure.get_or_insert(message.clone());
                de::Error::custom(message)
            })?;
            let Some(row) = row else { return Ok(()) };
            let accepted = self.0.borrow_mut().accept(row, index);
            if let Err(message) = accepted {
                self.0.borrow_mut().failure.get_or_insert(message.clone());
                return Err(de::Error::custom(message));
            }
            index += 1;
        }
    }
}

/// Reads the section named `name` as rows of the table of that name.
struct Section<'m, 's, 'a, 'de, A> {
    name: &'m str,
    map: &'m mut A,
    state: &'s RefCell<State<'a>>,
    found: bool,
    de: PhantomData<&'de ()>,
}

impl<'de, A: MapAccess<'de>> EachTable for Section<'_, '_, '_, 'de, A> {
    type Error = A::Error;
    fn table<T: BackupTable>(&mut self) -> std::result::Result<(), A::Error> {
        if self.found || T::NAME != self.name {
            return Ok(());
        }
        self.found = true;
        self.map.next_value_seed(Rows::<T>(self.state, PhantomData))
    }
}
