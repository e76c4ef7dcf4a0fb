package cards

// numbering gives each distinct key a number in the order keys are first
// met: the passes over every fact then index slices by number instead of
// hashing their keys again (and again for every fact that shares one).
type numbering[K comparable] struct {
	ids  map[K]int
	keys []K // by number
}

func newNumbering[K comparable](size int) *numbering[K] {
	return &numbering[K]{ids: make(map[K]int, size), keys: make([]K, 0, size)}
}

// of returns k's number, giving it the next one when k is new.
func (n *numbering[K]) of(k K) int {
	id, ok := n.ids[k]
	if !ok {
		id = len(n.keys)
		n.ids[k] = id
		n.keys = append(n.keys, k)
	}
	return id
}
