//! The replica sync works on (TaskChampion's `Storage`), kept in subs' own
//! file: `tc_*` tables on the command's connection. Each TaskChampion
//! transaction is a SAVEPOINT, so inside a command's `BEGIN IMMEDIATE` the
//! command's rows and its replica operations commit (or roll back)
//! together; a transaction dropped without `commit` is rolled back.

use async_trait::async_trait;
use rusqlite::{OptionalExtension, params};
use taskchampion::storage::{Storage, StorageTxn, TaskMap};
use taskchampion::{Error as TcError, Operation};
use uuid::Uuid;

use super::Db;

type TcResult<T> = std::result::Result<T, TcError>;

fn db_error(e: impl std::fmt::Display) -> TcError {
    TcError::Database(e.to_string())
}

/// TaskChampion's storage over a subs database.
pub struct ReplicaStorage<'d> {
    db: &'d mut Db,
}

impl<'d> ReplicaStorage<'d> {
    pub fn new(db: &'d mut Db) -> ReplicaStorage<'d> {
        ReplicaStorage { db }
    }
}

#[async_trait]
impl Storage for ReplicaStorage<'_> {
    async fn txn<'a>(&'a mut self) -> TcResult<Box<dyn StorageTxn + Send + 'a>> {
        self.db
            .conn
            .execute_batch("SAVEPOINT tc")
            .map_err(db_error)?;
        Ok(Box::new(Txn {
            db: self.db,
            open: true,
        }))
    }
}

struct Txn<'t> {
    db: &'t mut Db,
    /// The savepoint is still to be released or rolled back.
    open: bool,
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if self.open {
            // Dropped without commit: nothing it did stays. (An error here
            // leaves the outer transaction to roll back.)
            let _ = self.db.conn.execute_batch("ROLLBACK TO tc; RELEASE tc");
        }
    }
}

fn parse_uuid(text: &str) -> TcResult<Uuid> {
    Uuid::parse_str(text).map_err(db_error)
}

fn task_map(text: &str) -> TcResult<TaskMap> {
    serde_json::from_str(text).map_err(db_error)
}

impl Txn<'_> {
    fn conn(&self) -> &rusqlite::Connection {
        &self.db.conn
    }

    fn working_set(&self) -> TcResult<Vec<Option<Uuid>>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, uuid FROM tc_working_set ORDER BY id")
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?))
            })
            .map_err(db_error)?;
        let mut set = vec![None];
        for row in rows {
            let (id, uuid) = row.map_err(db_error)?;
            let index = usize::try_from(id).map_err(db_error)?;
            if set.len() <= index {
                set.resize(index + 1, None);
            }
            set[index] = uuid.as_deref().map(parse_uuid).transpose()?;
        }
        Ok(set)
    }

    fn operations(&self, sql: &str, param: impl rusqlite::Params) -> TcResult<Vec<Operation>> {
        let mut stmt = self.conn().prepare_cached(sql).map_err(db_error)?;
        let rows = stmt
            .query_map(param, |r| r.get::<_, String>(0))
            .map_err(db_error)?;
        rows.map(|r| {
            let text = r.map_err(db_error)?;
            serde_json::from_str(&text).map_err(db_error)
        })
        .collect()
    }
}

#[async_trait]
impl StorageTxn for Txn<'_> {
    async fn get_task(&mut self, uuid: Uuid) -> TcResult<Option<TaskMap>> {
        let data: Option<String> = self
            .conn()
            .prepare_cached("SELECT data FROM tc_task WHERE uuid = ?1")
            .map_err(db_error)?
            .query_row([uuid.to_string()], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        data.as_deref().map(task_map).transpose()
    }

    async fn get_pending_tasks(&mut self) -> TcResult<Vec<(Uuid, TaskMap)>> {
        let mut out = Vec::new();
        for uuid in self.working_set()?.into_iter().flatten() {
            if let Some(task) = self.get_task(uuid).await? {
                out.push((uuid, task));
            }
        }
        Ok(out)
    }

    async fn create_task(&mut self, uuid: Uuid) -> TcResult<bool> {
        let n = self
            .conn()
            .prepare_cached("INSERT OR IGNORE INTO tc_task (uuid, data) VALUES (?1, '{}')")
            .map_err(db_error)?
            .execute([uuid.to_string()])
            .map_err(db_error)?;
        Ok(n > 0)
    }

    async fn set_task(&mut self, uuid: Uuid, task: TaskMap) -> TcResult<()> {
        let data = serde_json::to_string(&task).map_err(db_error)?;
        self.conn()
            .prepare_cached(
                "INSERT INTO tc_task (uuid, data) VALUES (?1, ?2)
                 ON CONFLICT (uuid) DO UPDATE SET data = excluded.data",
            )
            .map_err(db_error)?
            .execute(params![uuid.to_string(), data])
            .map_err(db_error)?;
        Ok(())
    }

    async fn delete_task(&mut self, uuid: Uuid) -> TcResult<bool> {
        let n = self
            .conn()
            .prepare_cached("DELETE FROM tc_task WHERE uuid = ?1")
            .map_err(db_error)?
            .execute([uuid.to_string()])
            .map_err(db_error)?;
        Ok(n > 0)
    }

    async fn all_tasks(&mut self) -> TcResult<Vec<(Uuid, TaskMap)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT uuid, data FROM tc_task ORDER BY uuid")
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(db_error)?;
        rows.map(|r| {
            let (uuid, data) = r.map_err(db_error)?;
            Ok((parse_uuid(&uuid)?, task_map(&data)?))
        })
        .collect()
    }

    async fn all_task_uuids(&mut self) -> TcResult<Vec<Uuid>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT uuid FROM tc_task ORDER BY uuid")
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(db_error)?;
        rows.map(|r| parse_uuid(&r.map_err(db_error)?)).collect()
    }

    async fn base_version(&mut self) -> TcResult<Uuid> {
        let value: Option<String> = self
            .conn()
            .prepare_cached("SELECT value FROM tc_meta WHERE key = 'base_version'")
            .map_err(db_error)?
            .query_row([], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        match value {
            Some(v) => parse_uuid(&v),
            None => Ok(Uuid::nil()),
        }
    }

    async fn set_base_version(&mut self, version: Uuid) -> TcResult<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO tc_meta (key, value) VALUES ('base_version', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .map_err(db_error)?
            .execute([version.to_string()])
            .map_err(db_error)?;
        Ok(())
    }

    async fn get_task_operations(&mut self, uuid: Uuid) -> TcResult<Vec<Operation>> {
        self.operations(
            "SELECT data FROM tc_operation WHERE uuid = ?1 ORDER BY id",
            [uuid.to_string()],
        )
    }

    async fn unsynced_operations(&mut self) -> TcResult<Vec<Operation>> {
        self.operations(
            "SELECT data FROM tc_operation WHERE synced = 0 ORDER BY id",
            [],
        )
    }

    async fn num_unsynced_operations(&mut self) -> TcResult<usize> {
        let n: i64 = self
            .conn()
            .prepare_cached("SELECT count(*) FROM tc_operation WHERE synced = 0")
            .map_err(db_error)?
            .query_row([], |r| r.get(0))
            .map_err(db_error)?;
        usize::try_from(n).map_err(db_error)
    }

    async fn add_operation(&mut self, op: Operation) -> TcResult<()> {
        let data = serde_json::to_string(&op).map_err(db_error)?;
        self.conn()
            .prepare_cached("INSERT INTO tc_operation (data, uuid) VALUES (?1, ?2)")
            .map_err(db_error)?
            .execute(params![data, op.get_uuid().map(|u| u.to_string())])
            .map_err(db_error)?;
        Ok(())
    }

    async fn remove_operation(&mut self, op: Operation) -> TcResult<()> {
        let last: Option<(i64, String, bool)> = self
            .conn()
            .prepare_cached("SELECT id, data, synced FROM tc_operation ORDER BY id DESC LIMIT 1")
            .map_err(db_error)?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()
            .map_err(db_error)?;
        let Some((id, data, synced)) = last else {
            return Err(TcError::Database(
                "Last operation does not match -- cannot remove".into(),
            ));
        };
        if synced {
            return Err(TcError::Database(
                "Last operation has been synced -- cannot remove".into(),
            ));
        }
        let stored: Operation = serde_json::from_str(&data).map_err(db_error)?;
        if stored != op {
            return Err(TcError::Database(
                "Last operation does not match -- cannot remove".into(),
            ));
        }
        self.conn()
            .prepare_cached("DELETE FROM tc_operation WHERE id = ?1")
            .map_err(db_error)?
            .execute([id])
            .map_err(db_error)?;
        Ok(())
    }

    async fn sync_complete(&mut self) -> TcResult<()> {
        // Every operation is synced now; those about records that no
        // longer exist are not needed any more.
        self.conn()
            .execute_batch(
                "UPDATE tc_operation SET synced = 1 WHERE synced = 0;
                 DELETE FROM tc_operation WHERE uuid IS NOT NULL
                     AND uuid NOT IN (SELECT uuid FROM tc_task);",
            )
            .map_err(db_error)
    }

    async fn get_working_set(&mut self) -> TcResult<Vec<Option<Uuid>>> {
        self.working_set()
    }

    async fn add_to_working_set(&mut self, uuid: Uuid) -> TcResult<usize> {
        let next = self.working_set()?.len();
        self.conn()
            .prepare_cached("INSERT INTO tc_working_set (id, uuid) VALUES (?1, ?2)")
            .map_err(db_error)?
            .execute(params![next as i64, uuid.to_string()])
            .map_err(db_error)?;
        Ok(next)
    }

    async fn set_working_set_item(&mut self, index: usize, uuid: Option<Uuid>) -> TcResult<()> {
        let len = self.working_set()?.len();
        if index == 0 || index >= len {
            return Err(TcError::Database(format!(
                "Index {index} is not in the working set"
            )));
        }
        self.conn()
            .prepare_cached(
                "INSERT INTO tc_working_set (id, uuid) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET uuid = excluded.uuid",
            )
            .map_err(db_error)?
            .execute(params![index as i64, uuid.map(|u| u.to_string())])
            .map_err(db_error)?;
        // No empty slots at the end.
        self.conn()
            .execute_batch(
                "DELETE FROM tc_working_set WHERE uuid IS NULL AND id > coalesce(
                     (SELECT max(id) FROM tc_working_set WHERE uuid IS NOT NULL), 0)",
            )
            .map_err(db_error)
    }

    async fn clear_working_set(&mut self) -> TcResult<()> {
        self.conn()
            .execute_batch("DELETE FROM tc_working_set")
            .map_err(db_error)
    }

    async fn commit(&mut self) -> TcResult<()> {
        self.conn().execute_batch("RELEASE tc").map_err(db_error)?;
        self.open = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use super::*;
    use crate::clock::Clock;
    use crate::error::Error;
    use crate::store::Store;
    use taskchampion::{Operations, Replica, ServerConfig};

    fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
        tokio::runtime::Builder::new_current_thread().build()
    }

    fn count(store: &Store, table: &str) -> rusqlite::Result<i64> {
        store
            .db()
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
    }

    /// Records a replica record with one property inside a command's
    /// transaction.
    fn record(db: &mut Db, uuid: Uuid, name: &str) -> crate::error::Result<()> {
        runtime()?
            .block_on(async {
                let mut replica = Replica::new(ReplicaStorage::new(db));
                let mut ops = Operations::new();
                let mut task = replica.create_task(uuid, &mut ops).await?;
                task.set_value("name", Some(name.into()), &mut ops)?;
                replica.commit_operations(ops).await
            })
            .map_err(|e| Error::runtime(e.to_string()))
    }

    /// The replica's records and operations commit with the command, and
    /// roll back with it.
    #[test]
    fn replica_changes_share_the_commands_transaction() -> TestResult {
        let dir = tempfile::tempdir()?;
        let mut store = Store::open(&dir.path().join("subs.db"), Clock::system())?;
        let kept = Uuid::new_v4();
        store.write_exclusive(|db| record(db, kept, "Netflix"))?;
        assert_eq!(count(&store, "tc_task")?, 1);
        assert!(count(&store, "tc_operation")? >= 2);
        let before = count(&store, "tc_operation")?;
        let failed: crate::error::Result<()> = store.write_exclusive(|db| {
            record(db, Uuid::new_v4(), "Spotify")?;
            Err(Error::invalid(
                "the command failed after its replica change",
            ))
        });
        assert!(failed.is_err());
        assert_eq!(count(&store, "tc_task")?, 1, "rolled back with the command");
        assert_eq!(count(&store, "tc_operation")?, before);
        let name = store.write_exclusive(|db| {
            runtime()?
                .block_on(async {
                    let mut replica = Replica::new(ReplicaStorage::new(db));
                    let task = replica.get_task(kept).await?;
                    Ok::<_, TcError>(task.and_then(|t| t.get_value("name").map(String::from)))
                })
                .map_err(|e| Error::runtime(e.to_string()))
        })?;
        assert_eq!(name.as_deref(), Some("Netflix"));
        Ok(())
    }

    /// Two subs files exchange records through a bare git repository, and
    /// the repository holds nothing readable.
    #[test]
    fn two_files_sync_through_a_bare_git_repository() -> TestResult {
        let git = std::process::Command::new("git").arg("--version").output();
        if !git.is_ok_and(|o| o.status.success()) {
            assert_ne!(std::env::var("CI").as_deref(), Ok("true"), "git is needed");
            eprintln!("skipped: git is not installed");
            return Ok(());
        }
        let dir = tempfile::tempdir()?;
        let remote = dir.path().join("remote.git");
        let made = std::process::Command::new("git")
            .args(["init", "-q", "--bare", "-b", "main"])
            .arg(&remote)
            .output()?;
        assert!(made.status.success());
        let server = |name: &str| ServerConfig::Git {
            local_path: dir.path().join(name),
            branch: "main".into(),
            remote: Some(remote.to_string_lossy().into_owned()),
            local_only: false,
            encryption_secret: b"correct horse battery staple".to_vec(),
            git_path: None,
        };
        let sync = |store: &mut Store, name: &str| -> crate::error::Result<()> {
            let config = server(name);
            store.write_exclusive(|db| {
                runtime()?
                    .block_on(async {
                        let mut server = config.into_server().await?;
                        let mut replica = Replica::new(ReplicaStorage::new(db));
                        replica.sync(&mut server, false).await
                    })
                    .map_err(|e| Error::runtime(e.to_string()))
            })
        };
        let mut laptop = Store::open(&dir.path().join("laptop.db"), Clock::system())?;
        let mut desktop = Store::open(&dir.path().join("desktop.db"), Clock::system())?;
        let uuid = Uuid::new_v4();
        laptop.write_exclusive(|db| record(db, uuid, "Secret Service Name"))?;
        sync(&mut laptop, "laptop-clone")?;
        sync(&mut desktop, "desktop-clone")?;
        let seen: Option<String> = desktop
            .db()
            .conn
            .query_row("SELECT data FROM tc_task", [], |r| r.get(0))
            .optional()?;
        assert!(
            seen.is_some_and(|d| d.contains("Secret Service Name")),
            "the desktop has the laptop's record"
        );
        let objects = std::process::Command::new("git")
            .arg("-C")
            .arg(&remote)
            .args(["cat-file", "--batch-all-objects", "--batch"])
            .output()?;
        assert!(objects.status.success());
        assert!(!objects.stdout.is_empty());
        let text = String::from_utf8_lossy(&objects.stdout);
        assert!(
            !text.contains("Secret Service Name"),
            "encrypted on the remote"
        );
        Ok(())
    }
}
