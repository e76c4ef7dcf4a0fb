// Package store keeps a recall collection in one SQLite file: notes, cards with
// their provenance and memory state, the append-only review log, settings and
// saved quizzes. It maps the domain types of notes, cards and scheduler to SQL;
// every exported method is one use case in one transaction.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-sqlite3"
	"golang.org/x/sys/unix"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrationSource is where migrations are read from; tests swap it to build
// collections of older and newer versions.
var migrationSource fs.FS = migrationFS

// driverName is go-sqlite3 with recall's per-connection settings.
const driverName = "sqlite3-recall"

func init() {
	sql.Register(driverName, &sqlite3.SQLiteDriver{
		ConnectHook: func(c *sqlite3.SQLiteConn) error {
			// Checkpoint the WAL every ~40 MB instead of every 4 MB: answers
			// stay fast (a checkpoint syncs the file), and SQLite still
			// checkpoints when the last connection closes.
			_, err := c.Exec("PRAGMA wal_autocheckpoint = 10000", nil)
			return err
		},
	})
}

// BusyTimeout is how long a recall process waits for another one holding the
// collection before giving up.
var BusyTimeout = 5 * time.Second

// Errors callers may test with errors.Is. Their messages are complete
// sentences for the user; wrapping adds the path.
var (
	ErrNoCollection = errors.New("no collection")
	ErrNotSQLite    = errors.New("not a recall collection")
	ErrNewer        = errors.New("collection is from a newer recall")
	ErrLocked       = errors.New("collection is locked by another process")
	ErrReadOnly     = errors.New("collection is read-only")
	ErrCorrupt      = errors.New("collection is corrupt")
	ErrNotFound     = errors.New("not found")
)

// DB is an open collection.
type DB struct {
	db    *sql.DB
	path  string
	stmts sync.Map // query text -> *sql.Stmt, for the hot read paths
}

// stmt returns a prepared statement for query, prepared once per DB.
func (db *DB) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := db.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := db.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := db.stmts.LoadOrStore(query, st); loaded {
		st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}

// Path is the collection file.
func (db *DB) Path() string { return db.path }

// SQL exposes the database handle for packages inside store's concern (stats
// queries, benchmarks). Callers must keep writes transactional.
func (db *DB) SQL() *sql.DB { return db.db }

// Open opens the collection at path, creating it (and its directory) when
// missing, and migrates it to the current schema. An older collection is
// copied to PATH.bak-vN before it is migrated.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, true)
}

// OpenExisting opens the collection at path and fails with ErrNoCollection
// when it does not exist; it never creates a file.
func OpenExisting(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, false)
}

func open(ctx context.Context, path string, create bool) (*DB, error) {
	if path == "" {
		return nil, errors.New("open collection: empty path")
	}
	if err := checkFile(path, create); err != nil {
		return nil, err
	}
	if create {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create collection directory: %w", err)
		}
	}
	sdb, err := sql.Open(driverName, dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open collection %s: %w", path, err)
	}
	db := &DB{db: sdb, path: path}
	if err := db.init(ctx); err != nil {
		sdb.Close()
		return nil, describe(path, err)
	}
	return db, nil
}

func dsn(path string) string {
	v := url.Values{}
	v.Set("_fk", "1")
	v.Set("_busy_timeout", strconv.Itoa(int(BusyTimeout/time.Millisecond)))
	v.Set("_txlock", "immediate")
	v.Set("_synchronous", "NORMAL")
	v.Set("_cache_size", "-65536") // 64 MB: imports touch indexes all over the file
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + v.Encode()
}

// checkFile rejects what SQLite would otherwise accept or turn into obscure
// errors, before anything is opened or written.
func checkFile(path string, create bool) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if create {
			return nil
		}
		return fmt.Errorf("%w at %s (run 'recall import NOTES' to create it)", ErrNoCollection, path)
	}
	if err != nil {
		return fmt.Errorf("open collection %s: %w", path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%s: %w (it is a directory)", path, ErrNotSQLite)
	}
	if fi.Size() > 0 {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("open collection %s: %w", path, err)
		}
		head := make([]byte, 16)
		_, err = io.ReadFull(f, head)
		f.Close()
		if err != nil || !bytes.Equal(head, []byte("SQLite format 3\x00")) {
			return fmt.Errorf("%s: %w (not an SQLite database)", path, ErrNotSQLite)
		}
	}
	// Root may write anything, so the mode bits count as the user's intent too.
	if fi.Mode().Perm()&0o222 == 0 || unix.Access(path, unix.W_OK) != nil {
		return fmt.Errorf("%s: %w (no write permission)", path, ErrReadOnly)
	}
	if unix.Access(filepath.Dir(path), unix.W_OK) != nil {
		return fmt.Errorf("%s: %w (its directory is not writable, SQLite needs it for the journal)", path, ErrReadOnly)
	}
	return nil
}

// describe turns SQLite's error codes into the store's sentinel errors.
func describe(path string, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return fmt.Errorf("%s: %w (waited %s): %v", path, ErrLocked, BusyTimeout, err)
		case sqlite3.ErrReadonly, sqlite3.ErrPerm, sqlite3.ErrCantOpen:
			return fmt.Errorf("%s: %w: %v", path, ErrReadOnly, err)
		case sqlite3.ErrCorrupt:
			return fmt.Errorf("%s: %w: %v", path, ErrCorrupt, err)
		case sqlite3.ErrNotADB:
			return fmt.Errorf("%s: %w (not an SQLite database): %v", path, ErrNotSQLite, err)
		}
	}
	if strings.Contains(err.Error(), path) {
		return err
	}
	return fmt.Errorf("collection %s: %w", path, err)
}

// Close closes the collection.
func (db *DB) Close() error {
	// Keep the planner's statistics current (cheap: SQLite analyses only
	// what changed a lot, with a row limit).
	db.db.Exec("PRAGMA optimize")
	db.stmts.Range(func(_, st any) bool {
		st.(*sql.Stmt).Close()
		return true
	})
	return db.db.Close()
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationSource, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var ms []migration
	for _, n := range names {
		base := filepath.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", base)
		}
		b, err := fs.ReadFile(migrationSource, n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema this recall writes.
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

func (db *DB) init(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var v int
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(ms) {
		return fmt.Errorf("%w: it has schema version %d, this recall knows up to %d; upgrade recall to open it", ErrNewer, v, len(ms))
	}
	if v == 0 {
		// A version-0 file with tables is some other program's database.
		var n int
		if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("%w (an SQLite database holding another program's tables: %d)", ErrNotSQLite, n)
		}
	}
	// WAL only now: switching the journal mode writes to the file, which a
	// refused file must never see.
	var mode string
	if err := db.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return err
	}
	if v == len(ms) {
		return nil
	}
	if v > 0 {
		if err := db.backup(ctx, v); err != nil {
			return err
		}
	}
	for _, m := range ms[v:] {
		if err := db.migrate(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// backup writes a compact copy beside the collection before a migration.
func (db *DB) backup(ctx context.Context, v int) error {
	dst := fmt.Sprintf("%s.bak-v%d", db.path, v)
	if _, err := os.Stat(dst); err == nil {
		dst = fmt.Sprintf("%s.bak-v%d-%d", db.path, v, time.Now().Unix())
	}
	if _, err := db.db.ExecContext(ctx, "VACUUM INTO ?", dst); err != nil {
		return fmt.Errorf("back up before migrating to %s: %w", dst, err)
	}
	return nil
}

// migrate applies one migration and its version bump in one transaction, so a
// failed migration leaves the collection at the previous version.
func (db *DB) migrate(ctx context.Context, m migration) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Another process may have migrated while we waited for the lock.
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return tx.Commit()
}

// tx runs fn in one immediate transaction.
func (db *DB) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return describe(db.path, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return describe(db.path, err)
	}
	return nil
}

// ms converts a time to unix milliseconds; the zero time is 0.
func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// fromMS is the inverse of ms.
func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v)
}
