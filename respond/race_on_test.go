//go:build race

package respond

// raceEnabled: the race detector slows pure computation tenfold; the
// exhaustive equivalence tests check a sample of their texts under it
// (every text without it).
const raceEnabled = true
