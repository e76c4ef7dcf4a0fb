// Command recall turns study notes into question cards and schedules their
// review with FSRS-6 in a local SQLite collection.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
