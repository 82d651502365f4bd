package lemma

import "embed"

// modelFS holds the default model. The directory always has a README.md, so
// the package builds before a model is trained; Default then reports that
// model/lemma.bin is missing.
//
//go:embed model
var modelFS embed.FS
