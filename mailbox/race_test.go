//go:build race

package mailbox

// raceEnabled reports a -race build (allocation figures are not
// meaningful under the race detector).
const raceEnabled = true
