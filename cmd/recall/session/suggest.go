package session

import (
	"time"
	"unicode/utf8"

	"github.com/recall-srs/recall/cards"
	"github.com/recall-srs/recall/scheduler"
)

// Suggest picks the grade preselected after an answer: wrong → Again,
// close → Hard, correct → Good. When the answer was timed (on a terminal),
// a correct answer that took long becomes Hard and a very quick one Easy.
// The allowance grows with the length of what had to be typed, so a long
// answer typed fluently still counts as quick.
func Suggest(v cards.Verdict, typed bool, answer string, took time.Duration, timed bool) scheduler.Rating {
	switch v {
	case cards.Wrong:
		return scheduler.Again
	case cards.Close:
		return scheduler.Hard
	}
	if !timed {
		return scheduler.Good
	}
	quick := 3 * time.Second // reading time for a picked answer
	if typed {
		quick += time.Duration(utf8.RuneCountInString(answer)) * 300 * time.Millisecond
	}
	switch {
	case took <= quick:
		return scheduler.Easy
	case took > 6*quick+20*time.Second:
		return scheduler.Hard
	}
	return scheduler.Good
}
