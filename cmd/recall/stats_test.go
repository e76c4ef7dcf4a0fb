package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/recall-srs/recall/scheduler"
	"github.com/recall-srs/recall/scheduler/stats"
	"github.com/recall-srs/recall/store"
	"github.com/recall-srs/recall/store/simulate"
)

// The simulated collection: a year of study in a zone five hours behind UTC,
// with study days starting at 04:00 local time (the default).
const (
	statsNow    = "2026-11-25T12:00:00-05:00"
	statsToday  = "2026-11-25"
	statsOffset = -5*3600 - 4*3600 // seconds from UTC to "local time minus the day start"
)

// buildStatsCollection simulates a year of reviews through the store API
// and the FSRS scheduler into a real SQLite file.
func buildStatsCollection(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "stats.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now, _ := time.Parse(time.RFC3339, statsNow)
	start := now.AddDate(0, 0, -364)
	if err := simulate.Deck(ctx, db, start, 6, 20); err != nil {
		t.Fatal(err)
	}
	// Read once so that the triggers keep the aggregates from now on: the
	// report must then come from trigger-maintained aggregates.
	if _, _, err := db.StatsHistory(ctx); err != nil {
		t.Fatal(err)
	}
	fsrs, err := scheduler.NewFSRS(scheduler.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	sum, err := simulate.Run(ctx, db, fsrs, fsrs, simulate.Options{Seed: 7, Start: start, Days: 365, End: now,
		NewPerDay: 2, ReviewLimit: -1, DayStartHour: 4, Loc: now.Location(), SkipDays: 0.1, Undo: 0.03})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("simulated %+v", sum)
	// Cards in every state: suspended, buried, orphaned.
	if err := db.Suspend(ctx, "sim-00-001", "sim-01-002"); err != nil {
		t.Fatal(err)
	}
	if err := db.Bury(ctx, now.Add(20*time.Hour), "sim-02-003", "sim-03-004"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(`UPDATE cards SET orphaned = 1 WHERE id = 'sim-04-005'`); err != nil {
		t.Fatal(err)
	}
	return path
}

// runRecall runs the recall program in-process with the clock pinned.
func runRecall(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	t.Setenv("RECALL_NOW", statsNow)
	t.Setenv("NO_COLOR", "1")
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

func statsJSON(t *testing.T, args ...string) stats.Figures {
	t.Helper()
	out, errOut, code := runRecall(t, append([]string{"stats", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("recall stats --json: exit %d: %s", code, errOut)
	}
	var f stats.Figures
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("stats --json is not JSON: %v\n%s", err, out)
	}
	return f
}

// dayOf is the SQL study day of revlog.reviewed_at (or any ms column).
func dayOf(col string) string {
	return fmt.Sprintf("date(%s / 1000 + %d, 'unixepoch')", col, statsOffset)
}

func addDays(date string, n int) string {
	d, _ := time.Parse(time.DateOnly, date)
	return d.AddDate(0, 0, n).Format(time.DateOnly)
}

// TestStatsFigures checks every JSON figure of a simulated year against an
// independent SQL query over the same file or a hand computation.
func TestStatsFigures(t *testing.T) {
	path := buildStatsCollection(t)
	q, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	f := statsJSON(t, "--db", path)
	now, _ := time.Parse(time.RFC3339, statsNow)

	t.Run("today", func(t *testing.T) {
		var want stats.Today
		var ms int64
		err := q.QueryRow(`SELECT count(*), coalesce(sum(rating = 1), 0), coalesce(sum(state_before = 0), 0), coalesce(sum(duration_ms), 0)
			FROM revlog WHERE `+dayOf("reviewed_at")+` = ?`, statsToday).Scan(&want.Reviews, &want.Again, &want.New, &ms)
		if err != nil {
			t.Fatal(err)
		}
		want.Seconds = (ms + 500) / 1000
		if want.Reviews == 0 {
			t.Fatal("the simulation should study this morning")
		}
		if f.Today != want {
			t.Errorf("today = %+v, want %+v", f.Today, want)
		}
	})

	// Answers per study day, by SQL.
	perDay := map[string][2]int{}
	rows, err := q.Query(`SELECT ` + dayOf("reviewed_at") + `, count(*), sum(rating = 1) FROM revlog GROUP BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var d string
		var n, again int
		if err := rows.Scan(&d, &n, &again); err != nil {
			t.Fatal(err)
		}
		perDay[d] = [2]int{n, again}
	}
	rows.Close()

	t.Run("reviews_by_day", func(t *testing.T) {
		for name, days := range map[string][]stats.Day{"reviews_by_day": f.ReviewsByDay, "heatmap": f.Heatmap} {
			want := map[string]int{"reviews_by_day": 30, "heatmap": 365}[name]
			if len(days) != want || days[len(days)-1].Date != statsToday {
				t.Fatalf("%s: %d days ending %s, want %d ending %s", name, len(days), days[len(days)-1].Date, want, statsToday)
			}
			for i, d := range days {
				if d.Date != addDays(statsToday, i-len(days)+1) {
					t.Fatalf("%s[%d] is %s", name, i, d.Date)
				}
				if w := perDay[d.Date]; d.Reviews != w[0] || d.Again != w[1] {
					t.Errorf("%s %s = %d/%d, want %d/%d", name, d.Date, d.Reviews, d.Again, w[0], w[1])
				}
			}
		}
	})

	t.Run("streak", func(t *testing.T) {
		var want stats.Streak
		d := statsToday
		if perDay[d][0] == 0 {
			d = addDays(d, -1)
		}
		for ; perDay[d][0] > 0; d = addDays(d, -1) {
			want.Current++
		}
		var dates []string
		for d := range perDay {
			dates = append(dates, d)
		}
		slices.Sort(dates)
		run := 0
		for i, d := range dates {
			if i > 0 && addDays(dates[i-1], 1) == d {
				run++
			} else {
				run = 1
			}
			want.Longest = max(want.Longest, run)
		}
		if f.Streak != want {
			t.Errorf("streak = %+v, want %+v", f.Streak, want)
		}
		if want.Longest < 3 {
			t.Errorf("longest streak %d: the simulation should have runs", want.Longest)
		}
	})

	t.Run("true_retention", func(t *testing.T) {
		periods := map[string][2]string{
			"today": {statsToday, statsToday}, "yesterday": {addDays(statsToday, -1), addDays(statsToday, -1)},
			"week": {addDays(statsToday, -6), statsToday}, "month": {addDays(statsToday, -29), statsToday},
			"year": {addDays(statsToday, -364), statsToday},
		}
		for name, span := range periods {
			var want [2][2]int // [mature][fail]
			rows, err := q.Query(`WITH r AS (
					SELECT card_id, id, reviewed_at, rating, state_before, `+dayOf("reviewed_at")+` AS day,
						coalesce(json_extract(prev, '$.memory.scheduled_days'), 0) AS ivl FROM revlog),
				firsts AS (
					SELECT *, row_number() OVER (PARTITION BY card_id, day ORDER BY reviewed_at, id) AS k
					FROM r WHERE state_before = 2 OR (state_before <> 0 AND ivl >= 1))
				SELECT ivl >= 21, rating = 1, count(*) FROM firsts WHERE k = 1 AND day BETWEEN ? AND ? GROUP BY 1, 2`,
				span[0], span[1])
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var m, fail, n int
				if err := rows.Scan(&m, &fail, &n); err != nil {
					t.Fatal(err)
				}
				want[m][fail] = n
			}
			rows.Close()
			got := f.TrueRetention[name]
			for _, c := range []struct {
				what       string
				tally      stats.Tally
				pass, fail int
			}{
				{"young", got.Young, want[0][0], want[0][1]},
				{"mature", got.Mature, want[1][0], want[1][1]},
				{"all", got.All, want[0][0] + want[1][0], want[0][1] + want[1][1]},
			} {
				if c.tally.Pass != c.pass || c.tally.Fail != c.fail {
					t.Errorf("%s %s = %d pass %d fail, want %d/%d", name, c.what, c.tally.Pass, c.tally.Fail, c.pass, c.fail)
				}
				if c.pass+c.fail > 0 && (c.tally.Retention == nil || math.Abs(*c.tally.Retention-float64(c.pass)/float64(c.pass+c.fail)) > 1e-12) {
					t.Errorf("%s %s retention = %v", name, c.what, c.tally.Retention)
				}
			}
			if name == "year" && (want[0][0] == 0 || want[1][0] == 0 || want[0][1] == 0 || want[1][1] == 0) {
				t.Errorf("year should have young and mature passes and fails: %v", want)
			}
		}
		if f.DesiredRetention != 0.9 {
			t.Errorf("desired_retention = %v, want 0.9 (the default)", f.DesiredRetention)
		}
	})

	t.Run("forecast", func(t *testing.T) {
		want := map[string]int{}
		rows, err := q.Query(`SELECT max(`+dayOf("max(due, buried_until)")+`, ?), count(*) FROM cards
			WHERE state <> 0 AND suspended = 0 AND orphaned = 0 GROUP BY 1`, statsToday)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var d string
			var n int
			if err := rows.Scan(&d, &n); err != nil {
				t.Fatal(err)
			}
			want[d] = n
		}
		rows.Close()
		if len(f.Forecast) != 30 {
			t.Fatalf("forecast has %d days", len(f.Forecast))
		}
		total := 0
		for i, d := range f.Forecast {
			if d.Date != addDays(statsToday, i) || d.Due != want[d.Date] {
				t.Errorf("forecast %s = %d, want %s = %d", d.Date, d.Due, addDays(statsToday, i), want[d.Date])
			}
			total += d.Due
		}
		if total == 0 {
			t.Error("nothing due in 30 days")
		}
	})

	t.Run("cards", func(t *testing.T) {
		var want stats.Counts
		err := q.QueryRow(`SELECT count(*),
			sum(orphaned = 0 AND suspended = 0 AND buried_until <= ?1 AND state = 0),
			sum(orphaned = 0 AND suspended = 0 AND buried_until <= ?1 AND state = 1),
			sum(orphaned = 0 AND suspended = 0 AND buried_until <= ?1 AND state = 2),
			sum(orphaned = 0 AND suspended = 0 AND buried_until <= ?1 AND state = 2 AND scheduled_days < 21),
			sum(orphaned = 0 AND suspended = 0 AND buried_until <= ?1 AND state = 2 AND scheduled_days >= 21),
			sum(orphaned = 0 AND suspended = 0 AND buried_until <= ?1 AND state = 3),
			sum(orphaned = 0 AND suspended = 1),
			sum(orphaned = 0 AND suspended = 0 AND buried_until > ?1),
			sum(orphaned = 1), sum(leech = 1) FROM cards`, now.UnixMilli()).Scan(&want.Total, &want.New, &want.Learning,
			&want.Review, &want.Young, &want.Mature, &want.Relearning, &want.Suspended, &want.Buried, &want.Orphaned, &want.Leeches)
		if err != nil {
			t.Fatal(err)
		}
		if f.Cards != want {
			t.Errorf("cards = %+v, want %+v", f.Cards, want)
		}
		if want.Suspended < 2 || want.Buried != 2 || want.Orphaned != 1 || want.Review == 0 {
			t.Errorf("the collection should hold every kind of card: %+v", want)
		}
	})

	// Retrievability by hand: FSRS-6's curve R = (1 + F·t/S)^(−w20), F = 0.9^(−1/w20) − 1,
	// t in whole days since the last review.
	w20 := scheduler.DefaultWeights()[20]
	factor := math.Pow(0.9, -1/w20) - 1
	type cardRow struct {
		note, title, heading string
		state, sched, lapses int
		s, d                 float64
		last                 int64
		suspended, orphaned  bool
	}
	var cs []cardRow
	rows, err = q.Query(`SELECT n.path, n.title, c.heading, c.state, c.scheduled_days, c.lapses, c.stability, c.difficulty,
		c.last_review, c.suspended, c.orphaned FROM cards c JOIN notes n ON n.id = c.note_id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var c cardRow
		if err := rows.Scan(&c.note, &c.title, &c.heading, &c.state, &c.sched, &c.lapses, &c.s, &c.d, &c.last, &c.suspended, &c.orphaned); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	rows.Close()
	recall := func(c cardRow) float64 {
		if c.state == 0 {
			return 0
		}
		days := math.Floor(float64(now.UnixMilli()-c.last) / 86400000)
		return math.Pow(1+factor*days/c.s, -w20)
	}

	t.Run("knowledge", func(t *testing.T) {
		sum, seen := 0.0, 0
		for _, c := range cs {
			if c.state != 0 && !c.orphaned {
				sum += recall(c)
				seen++
			}
		}
		if math.Abs(f.Knowledge-sum) > 1e-5 || f.CardsSeen != seen {
			t.Errorf("knowledge = %v over %d cards, want %v over %d", f.Knowledge, f.CardsSeen, sum, seen)
		}
		if f.AverageRecall == nil || math.Abs(*f.AverageRecall-sum/float64(seen)) > 1e-7 {
			t.Errorf("average retrievability = %v, want %v", f.AverageRecall, sum/float64(seen))
		}
	})

	t.Run("notes", func(t *testing.T) {
		type agg struct {
			title         string
			n             int
			sum, matureN  float64
			headingsCount map[string]bool
		}
		want := map[string]*agg{}
		for _, c := range cs {
			if c.orphaned || c.suspended {
				continue
			}
			a := want[c.note]
			if a == nil {
				a = &agg{title: c.title, headingsCount: map[string]bool{}}
				want[c.note] = a
			}
			a.n++
			a.sum += recall(c)
			if c.state != 0 && c.sched >= 21 {
				a.matureN++
			}
			a.headingsCount[c.heading] = true
		}
		if len(f.Notes) != len(want) {
			t.Fatalf("%d notes, want %d", len(f.Notes), len(want))
		}
		headings := 0
		for i, m := range f.Notes {
			a := want[m.Note]
			if a == nil {
				t.Fatalf("unknown note %q", m.Note)
			}
			headings += len(a.headingsCount)
			if m.Title != a.title || m.Cards != a.n || math.Abs(m.Mastery-a.sum/float64(a.n)) > 1e-6 ||
				math.Abs(m.MatureShare-a.matureN/float64(a.n)) > 1e-12 {
				t.Errorf("note %s = %+v, want %d cards, mastery %v, mature %v", m.Note, m, a.n, a.sum/float64(a.n), a.matureN/float64(a.n))
			}
			if i > 0 && f.Notes[i-1].Mastery > m.Mastery {
				t.Errorf("notes not sorted weakest first at %d", i)
			}
		}
		if len(f.Headings) != headings {
			t.Errorf("%d headings, want %d", len(f.Headings), headings)
		}
	})

	t.Run("hardest", func(t *testing.T) {
		var id string
		var d float64
		if err := q.QueryRow(`SELECT id, difficulty FROM cards WHERE state <> 0 AND orphaned = 0
			ORDER BY difficulty DESC, lapses DESC LIMIT 1`).Scan(&id, &d); err != nil {
			t.Fatal(err)
		}
		if len(f.Hardest) != 10 || f.Hardest[0].Difficulty != d {
			t.Errorf("hardest[0] = %+v, want %s with difficulty %v", f.Hardest[0], id, d)
		}
	})

	t.Run("distributions", func(t *testing.T) {
		for name, bins := range map[string][]stats.Bin{"stability": f.Distributions.Stability,
			"difficulty": f.Distributions.Difficulty, "retrievability": f.Distributions.Retrievability} {
			n := 0
			for _, b := range bins {
				n += b.Cards
			}
			if n != f.CardsSeen {
				t.Errorf("%s counts %d cards, want %d", name, n, f.CardsSeen)
			}
		}
		var hard, stable int
		if err := q.QueryRow(`SELECT sum(difficulty >= 9), sum(stability >= 90 AND stability < 180) FROM cards
			WHERE state <> 0 AND orphaned = 0`).Scan(&hard, &stable); err != nil {
			t.Fatal(err)
		}
		if got := f.Distributions.Difficulty[len(f.Distributions.Difficulty)-1]; got.Cards != hard {
			t.Errorf("difficulty %s = %d, want %d", got.Label, got.Cards, hard)
		}
		if got := f.Distributions.Stability[8]; got.Label != "90-180d" || got.Cards != stable {
			t.Errorf("stability %s = %d, want 90-180d = %d", got.Label, got.Cards, stable)
		}
	})

	t.Run("note", func(t *testing.T) {
		var title, notePath string
		if err := q.QueryRow(`SELECT title, path FROM notes ORDER BY path LIMIT 1 OFFSET 2`).Scan(&title, &notePath); err != nil {
			t.Fatal(err)
		}
		g := statsJSON(t, "--db", path, "--note", title)
		var reviews, cardsN, yearPass int
		if err := q.QueryRow(`SELECT (SELECT count(*) FROM revlog r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id
				WHERE n.path = ?1 AND `+dayOf("r.reviewed_at")+` >= ?2),
			(SELECT count(*) FROM cards c JOIN notes n ON n.id = c.note_id WHERE n.path = ?1)`, notePath, addDays(statsToday, -29)).
			Scan(&reviews, &cardsN); err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, d := range g.ReviewsByDay {
			got += d.Reviews
		}
		if got != reviews || g.Cards.Total != cardsN || len(g.Notes) != 1 || g.Notes[0].Title != title || g.Note != title {
			t.Errorf("--note %q: %d reviews in 30 days, %d cards, notes %+v; want %d reviews, %d cards",
				title, got, g.Cards.Total, g.Notes, reviews, cardsN)
		}
		yearPass = g.TrueRetention["year"].All.Pass
		if yearPass == 0 || yearPass >= f.TrueRetention["year"].All.Pass {
			t.Errorf("--note year passes %d should be a part of the whole %d", yearPass, f.TrueRetention["year"].All.Pass)
		}
		if _, errOut, code := runRecall(t, "stats", "--db", path, "--note", "No such note"); code != 1 || !strings.Contains(errOut, `no note titled "No such note"`) {
			t.Errorf("unknown note: exit %d, %q", code, errOut)
		}
	})

	t.Run("text", func(t *testing.T) {
		out, errOut, code := runRecall(t, "stats", "--db", path, "--width", "80")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		// The exact layout is pinned by the golden file in package report;
		// here the real pipeline must show every section within the width.
		for _, want := range []string{"Today ", "Streak ", "Knowledge ", "Reviews per day", "Calendar", "True retention",
			"Forecast", "Cards\n", "Stability (days)", "Difficulty", "Retrievability now", "Mastery by note",
			"Mastery by heading", "Hardest cards"} {
			if !strings.Contains(out, want) {
				t.Errorf("text report lacks %q", want)
			}
		}
		if !strings.Contains(out, fmt.Sprintf("Streak     %d day", f.Streak.Current)) {
			t.Errorf("text report disagrees with the JSON streak %d", f.Streak.Current)
		}
		for _, line := range strings.Split(out, "\n") {
			if n := len([]rune(line)); n > 80 {
				t.Errorf("line wider than 80 columns (%d): %q", n, line)
			}
		}
	})

	t.Run("html", func(t *testing.T) {
		dir := t.TempDir()
		page := filepath.Join(dir, "report.html")
		if _, errOut, code := runRecall(t, "stats", "--db", path, "--html", page); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		html := string(b)
		for _, name := range []string{"reviews", "calendar", "retention", "forecast", "stability", "difficulty", "retrievability"} {
			i := strings.Index(html, `<figure id="chart-`+name+`"`)
			if i < 0 {
				t.Errorf("chart %s missing", name)
				continue
			}
			fig := html[i:]
			fig = fig[:strings.Index(fig, "</figure>")]
			if !strings.Contains(fig, "<svg") || !strings.Contains(fig, "<path") {
				t.Errorf("chart %s is not drawn as inline SVG", name)
			}
		}
		if n := strings.Count(html, "<svg"); n != 7 {
			t.Errorf("%d inline SVG charts, want 7", n)
		}
		for _, bad := range []string{"<script", "src=\"http", "href=\"http", "@import", "<link"} {
			if strings.Contains(html, bad) {
				t.Errorf("the page is not self-contained: it has %q", bad)
			}
		}
		if !strings.Contains(html, "@media print") || !strings.Contains(html, f.Notes[0].Title) {
			t.Error("page lacks print styles or the mastery table")
		}
		screenshot(t, page)
	})

	t.Run("png", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "charts")
		if _, errOut, code := runRecall(t, "stats", "--db", path, "--png", dir); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		for _, name := range []string{"reviews", "calendar", "retention", "forecast", "stability", "difficulty", "retrievability"} {
			if share := inkShare(t, filepath.Join(dir, name+".png")); share < 0.01 {
				t.Errorf("%s.png is almost blank (%.4f of its pixels drawn)", name, share)
			}
		}
	})
}

// inkShare decodes a PNG and returns the share of its pixels that are not white.
func inkShare(t *testing.T, path string) float64 {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				ink++
			}
		}
	}
	return float64(ink) / float64(b.Dx()*b.Dy())
}

// screenshot opens the page in headless Chromium and checks the picture is
// not blank. CI installs Debian's chromium (.ci/run); without it the check
// is skipped, saying so.
func screenshot(t *testing.T, page string) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("chromium not installed: the HTML report was not rendered")
	}
	dir := t.TempDir()
	shot := filepath.Join(dir, "shot.png")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot, "--window-size=1100,3000",
		"file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	if share := inkShare(t, shot); share < 0.03 {
		t.Errorf("the rendered report is almost blank: %.4f of its pixels drawn", share)
	} else {
		t.Logf("chromium rendered the report: %.1f%% of the pixels drawn", share*100)
	}
}
