package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/store"
	"github.com/spf13/cobra"
)

func newConfigCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change study settings (retention, limits, steps, day start, scheduler)",
		Long: `Show or change the study settings kept in the collection.

Settings: retention (0.70-0.99), max-interval, learning-steps, relearning-steps,
new-limit, review-limit, day-start (local hour), scheduler (fsrs or sm2),
two-button, leech-threshold, short-term, fuzz, weights.
Values are checked before they are stored; a refused value names what is allowed.`,
		Example: `  recall config list
  recall config get retention
  recall config set retention 0.85
  recall config set learning-steps "1m 10m 1h"
  recall config set scheduler sm2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	var jsonOut bool
	get := &cobra.Command{
		Use:     "get KEY",
		Short:   "Print one setting",
		Example: "  recall config get new-limit",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd.Context(), app)
			if err != nil {
				return err
			}
			v, err := cfg.Get(args[0])
			if err != nil {
				return exitCodeError{code: exitUsage, err: fmt.Errorf("config get: %w", err)}
			}
			if jsonOut {
				return storeJSON(app, map[string]string{"key": args[0], "value": v})
			}
			fmt.Fprintln(app.Out, v)
			return nil
		},
	}
	get.Flags().BoolVar(&jsonOut, "json", false, "print JSON")
	set := &cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Change one setting (checked against its allowed values)",
		Example: `  recall config set retention 0.9
  recall config set day-start 5`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return configSet(cmd.Context(), app, args[0], args[1])
		},
	}
	var listJSON bool
	list := &cobra.Command{
		Use:     "list",
		Short:   "Print every setting with its value and what it means",
		Example: "  recall config list --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return configList(cmd.Context(), app, listJSON)
		},
	}
	list.Flags().BoolVar(&listJSON, "json", false, "print JSON")
	cmd.AddCommand(get, set, list)
	return cmd
}

// loadConfig reads the settings; without a collection the defaults apply
// (reading settings never creates a file).
func loadConfig(ctx context.Context, app *App) (scheduler.Config, error) {
	db, err := store.OpenExisting(ctx, app.DBPath)
	if errors.Is(err, store.ErrNoCollection) {
		return scheduler.DefaultConfig(), nil
	}
	if err != nil {
		return scheduler.Config{}, err
	}
	defer db.Close()
	return db.Config(ctx)
}

func configSet(ctx context.Context, app *App, key, value string) error {
	// Validate before touching the file, so a refused value writes nothing.
	check := scheduler.DefaultConfig()
	if err := check.Set(key, value); err != nil {
		return exitCodeError{code: exitUsage, err: fmt.Errorf("config set: %w", err)}
	}
	db, cfg, err := openWithConfig(ctx, app, true)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := cfg.Set(key, value); err != nil {
		return exitCodeError{code: exitUsage, err: fmt.Errorf("config set: %w", err)}
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("config set %s: %w", key, err)
	}
	canonical, _ := cfg.Get(key)
	k := normalKey(key)
	if err := db.SetSetting(ctx, k, canonical); err != nil {
		return fmt.Errorf("config set %s: %w", key, err)
	}
	fmt.Fprintf(app.Out, "%s = %s\n", k, canonical)
	return nil
}

// normalKey is the key as scheduler.Keys spells it.
func normalKey(key string) string {
	for _, k := range scheduler.Keys() {
		if strings.EqualFold(k, strings.TrimSpace(key)) {
			return k
		}
	}
	return key
}

type configEntry struct {
	Key     string `json:"key"`
	Value   string `json:"value"`
	Default string `json:"default"`
	Help    string `json:"help"`
}

func configList(ctx context.Context, app *App, jsonOut bool) error {
	cfg, err := loadConfig(ctx, app)
	if err != nil {
		return err
	}
	def := scheduler.DefaultConfig()
	var entries []configEntry
	for _, k := range scheduler.Keys() {
		v, _ := cfg.Get(k)
		d, _ := def.Get(k)
		entries = append(entries, configEntry{Key: k, Value: v, Default: d, Help: scheduler.Help(k)})
	}
	if jsonOut {
		return storeJSON(app, entries)
	}
	tw := tabwriter.NewWriter(app.Out, 0, 4, 2, ' ', 0)
	for _, e := range entries {
		v := e.Value
		if len(v) > 30 {
			v = v[:27] + "..." // the weights; 'config get weights' prints them all
		}
		if e.Value == e.Default {
			v += " (default)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", e.Key, v, e.Help)
	}
	return tw.Flush()
}

// writeJSON prints v indented, for --json.
func storeJSON(app *App, v any) error {
	enc := json.NewEncoder(app.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
