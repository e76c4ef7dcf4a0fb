package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// unchanged fails the test when the file's bytes differ from before.
func unchanged(t *testing.T, path string, before []byte) {
	t.Helper()
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatalf("%s was modified", path)
	}
}

func TestOpenRefusesBadFiles(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		make    func(t *testing.T, path string)
		want    error
		message string
	}{
		{"junk", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("these are my study notes, not a database\n"), 0o644)
		}, ErrNotSQLite, "not an SQLite database"},
		{"short", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("SQLite"), 0o644)
		}, ErrNotSQLite, "not an SQLite database"},
		{"directory", func(t *testing.T, path string) {
			os.Mkdir(path, 0o755)
		}, ErrNotSQLite, "directory"},
		{"other program", func(t *testing.T, path string) {
			raw, err := sql.Open("sqlite3", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if _, err := raw.Exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"); err != nil {
				t.Fatal(err)
			}
		}, ErrNotSQLite, "another program"},
		{"newer", func(t *testing.T, path string) {
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			db.SQL().Exec("PRAGMA user_version = 99")
			db.SQL().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
			db.Close()
		}, ErrNewer, "upgrade recall"},
		{"read-only", func(t *testing.T, path string) {
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			os.Chmod(path, 0o444)
		}, ErrReadOnly, "read-only"},
		{"corrupt schema", func(t *testing.T, path string) {
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			seed(t, db)
			db.SQL().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
			db.Close()
			b, _ := os.ReadFile(path)
			// Keep the 100-byte header, scramble the schema on page 1.
			for i := 100; i < 4096 && i < len(b); i++ {
				b[i] = byte(i * 7)
			}
			os.WriteFile(path, b, 0o644)
		}, ErrCorrupt, "corrupt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "recall.db")
			tt.make(t, path)
			var before []byte
			if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
				before, _ = os.ReadFile(path)
			}
			for _, open := range []func(context.Context, string) (*DB, error){Open, OpenExisting} {
				db, err := open(ctx, path)
				if err == nil {
					db.Close()
					t.Fatalf("opened %s", tt.name)
				}
				if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.message) || !strings.Contains(err.Error(), path) {
					t.Fatalf("error = %q, want %v mentioning %q and the path", err, tt.want, tt.message)
				}
				if before != nil {
					unchanged(t, path, before)
				}
			}
		})
	}
}

func TestLockedCollectionWaitsThenFails(t *testing.T) {
	ctx := context.Background()
	old := BusyTimeout
	BusyTimeout = 200 * time.Millisecond
	defer func() { BusyTimeout = old }()
	path := filepath.Join(t.TempDir(), "recall.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seed(t, db)

	// A second process writing: hold the write lock from another handle.
	other, err := sql.Open("sqlite3", "file:"+path+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec("UPDATE settings SET value = value"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = db.SetSetting(ctx, "new-limit", "5")
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("write while locked: %v, want ErrLocked", err)
	}
	if waited := time.Since(start); waited < BusyTimeout/2 {
		t.Fatalf("gave up after %v, before the busy timeout %v", waited, BusyTimeout)
	}
	if err := db.Suspend(ctx, "a1"); !errors.Is(err, ErrLocked) {
		t.Fatalf("suspend while locked: %v, want ErrLocked", err)
	}
	// Reading still works under WAL, and nothing was written.
	if c, err := db.Card(ctx, "a1"); err != nil || c.Suspended {
		t.Fatalf("card while locked: %+v, %v", c, err)
	}
	tx.Rollback()
	// Once released, the write goes through: waiting, not failing, is the norm.
	if err := db.SetSetting(ctx, "new-limit", "5"); err != nil {
		t.Fatal(err)
	}
}

func TestCorruptPagesGiveClearError(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "recall.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, db)
	// Enough rows to span several pages.
	for i := 0; i < 200; i++ {
		db.SQL().Exec("INSERT INTO settings (key, value) VALUES (?, ?)", "k"+strings.Repeat("x", i), strings.Repeat("v", 200))
	}
	db.SQL().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	db.Close()
	b, _ := os.ReadFile(path)
	for i := 4096; i < len(b); i++ {
		b[i] = 0xA5
	}
	os.WriteFile(path, b, 0o644)
	db, err = OpenExisting(ctx, path)
	if err != nil {
		if !errors.Is(err, ErrCorrupt) {
			t.Fatalf("open corrupt: %v, want ErrCorrupt", err)
		}
		return
	}
	defer db.Close()
	_, err = db.Settings(ctx)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
		t.Fatalf("read corrupt: %v, want ErrCorrupt naming the file", err)
	}
}

func TestMigrationBacksUpAndIsAtomic(t *testing.T) {
	ctx := context.Background()
	init1, err := migrationFS.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { migrationSource = migrationFS }()
	v1 := fstest.MapFS{"migrations/0001_init.sql": {Data: init1}}
	path := filepath.Join(t.TempDir(), "recall.db")

	migrationSource = v1
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, db)
	db.Close()

	// A broken second migration: its first statement must not survive.
	migrationSource = fstest.MapFS{
		"migrations/0001_init.sql":  {Data: init1},
		"migrations/0002_extra.sql": {Data: []byte("CREATE TABLE extra (x INTEGER); INSERT INTO nowhere VALUES (1);")},
	}
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "0002_extra.sql") {
		t.Fatalf("broken migration: %v", err)
	}
	migrationSource = v1
	db, err = OpenExisting(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	db.SQL().QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").Scan(&n)
	db.Close()
	if n != 0 {
		t.Fatal("table of a failed migration was kept")
	}
	os.Remove(path + ".bak-v1")

	migrationSource = fstest.MapFS{
		"migrations/0001_init.sql":  {Data: init1},
		"migrations/0002_extra.sql": {Data: []byte("CREATE TABLE extra (x INTEGER); INSERT INTO extra VALUES (1);")},
	}
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	db.SQL().QueryRow("PRAGMA user_version").Scan(&v)
	db.SQL().QueryRow("SELECT count(*) FROM extra").Scan(&n)
	if c, err := db.Card(ctx, "a1"); err != nil || c.Question != "Q a1" {
		t.Fatalf("card after migration: %v", err)
	}
	db.Close()
	if v != 2 || n != 1 {
		t.Fatalf("after migration: version %d, extra rows %d; want 2, 1", v, n)
	}
	bak := path + ".bak-v1"
	raw, err := sql.Open("sqlite3", "file:"+bak+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	raw.QueryRow("PRAGMA user_version").Scan(&v)
	raw.QueryRow("SELECT count(*) FROM cards").Scan(&n)
	if v != 1 || n != 4 {
		t.Fatalf("backup %s: version %d with %d cards; want 1 with 4", bak, v, n)
	}
}

func TestSecondWriterWaitsForTheFirst(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "recall.db")
	first, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	seed(t, first)
	second, err := OpenExisting(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()

	// The first process holds the write lock for a moment.
	tx, err := first.SQL().Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec("UPDATE cards SET suspended = 1 WHERE id = 'a1'"); err != nil {
		t.Fatal(err)
	}
	released := make(chan struct{})
	go func() {
		time.Sleep(300 * time.Millisecond)
		tx.Commit()
		close(released)
	}()
	start := time.Now()
	if err := second.Suspend(ctx, "a3"); err != nil {
		t.Fatalf("second writer failed instead of waiting: %v", err)
	}
	<-released
	if time.Since(start) < 250*time.Millisecond {
		t.Fatalf("second writer did not wait for the lock")
	}
	for _, id := range []string{"a1", "a3"} {
		if c, _ := second.Card(ctx, id); !c.Suspended {
			t.Fatalf("%s not suspended: a write was lost", id)
		}
	}
}
