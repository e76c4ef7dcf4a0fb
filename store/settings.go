package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/recall-srs/recall/scheduler"
)

// Setting returns the stored value of key and whether it is set.
func (db *DB) Setting(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := db.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, describe(db.path, err)
	}
	return v, true, nil
}

// SetSetting stores value under key. Validation is the caller's: the
// scheduler's Config knows which values are allowed.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	return db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
}

// SetSettings stores several settings in one transaction.
func (db *DB) SetSettings(ctx context.Context, kv map[string]string) error {
	return db.tx(ctx, func(tx *sql.Tx) error {
		for k, v := range kv {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteSetting removes key, so its default applies again.
func (db *DB) DeleteSetting(ctx context.Context, key string) error {
	return db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, key)
		return err
	})
}

// Settings returns every stored setting.
func (db *DB) Settings(ctx context.Context) (map[string]string, error) {
	m, err := readSettings(ctx, db.db)
	if err != nil {
		return nil, describe(db.path, err)
	}
	return m, nil
}

func readSettings(ctx context.Context, q querier) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		m[k] = v
	}
	return m, rows.Err()
}

// Config returns the study settings: the stored ones over the defaults.
func (db *DB) Config(ctx context.Context) (scheduler.Config, error) {
	cfg, err := configTx(ctx, db.db)
	if err != nil {
		return cfg, describe(db.path, err)
	}
	return cfg, nil
}

func configTx(ctx context.Context, q querier) (scheduler.Config, error) {
	m, err := readSettings(ctx, q)
	if err != nil {
		return scheduler.DefaultConfig(), err
	}
	return scheduler.ParseConfig(m)
}
