// Package chronicle holds the nouns that every part of Chronicle shares: the
// Document an article is read into, the Record extracted from it, and the
// spans, tokens, sentences, entities, quotes, events, places and dates that a
// Record lists. Every span carries byte offsets into Record.Text, so each fact
// can be checked against the words it came from.
//
// The JSON field names of Record and its parts are a contract read by other
// tools; change them only with a version bump.
package chronicle

import (
	"crypto/sha256"
	"encoding/hex"
)

// Document is an article as a reader produced it: cleaned UTF-8 text in which
// every paragraph (and heading) ends with a newline, plain-text inputs keeping
// a blank line where they had one, plus whatever metadata the input carried.
type Document struct {
	ID        string // caller-supplied identifier (JSON Lines "id"); empty when none
	Source    string // path, URL or "-" that the document was read from
	Title     string
	URL       string
	Published string // YYYY-MM-DD, or empty when unknown
	Text      string
}

// Span is a half-open byte range [Start, End) into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Token is one word, number or punctuation mark of the text, with its
// grammar filled in by the later stages.
type Token struct {
	Span
	Text   string `json:"text"`
	Lemma  string `json:"lemma,omitempty"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Feats  string `json:"feats,omitempty"`
	Head   int    `json:"head"`             // index in the sentence's Tokens, 1-based; 0 is the root
	DepRel string `json:"deprel,omitempty"` // Universal Dependencies relation
}

// Sentence is a run of tokens ending a thought. Tokens are only listed in a
// record when the grammar is asked for.
type Sentence struct {
	Span
	Tokens []Token `json:"tokens,omitempty"`
}

// Entity types.
const (
	Person       = "PERSON"
	Organization = "ORG"
	GeoPolitical = "GPE"
	Location     = "LOC"
	Nationality  = "NORP"
	Facility     = "FAC"
	EventName    = "EVENT"
)

// Mention is one place in the text where an entity is named or referred to.
type Mention struct {
	Span
	Text string `json:"text"`
}

// Entity is someone or something the article names, linked where possible to
// the knowledge base, with a CAMEO-style actor code chosen for the article's
// date.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	KB       string    `json:"kb"`
	Country  string    `json:"country"` // ISO 3166-1 alpha-3
	Sector   string    `json:"sector"`  // CAMEO agent code: GOV, MIL, BUS ...
	Code     string    `json:"code"`    // country plus sector: USAGOV
	Mentions []Mention `json:"mentions"`
	Flags    []string  `json:"flags"`
}

// Quote is something a speaker said, directly (between quote marks) or as
// reported speech.
type Quote struct {
	Span
	Text        string  `json:"text"`
	Direct      bool    `json:"direct"`
	Speaker     string  `json:"speaker"` // Entity.ID, or empty when unknown
	SpeakerName string  `json:"speaker_name"`
	Cue         string  `json:"cue"`
	CueSpan     *Span   `json:"cue_span,omitempty"`
	Confidence  float64 `json:"confidence,omitempty"`
	Scare       bool    `json:"scare,omitempty"` // quoted term with no speech cue
}

// Modality of an event.
const (
	Asserted     = "asserted"
	Intended     = "intended"
	Negated      = "negated"
	Hypothetical = "hypothetical"
	Reported     = "reported"
)

// Place is a location resolved to a gazetteer entry.
type Place struct {
	Name       string    `json:"name"`
	Country    string    `json:"country"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
	GeonamesID int       `json:"geonames_id"`
	Mentions   []Mention `json:"mentions,omitempty"`
}

// Event is who did what to whom, coded in CAMEO and PLOVER.
type Event struct {
	Source        []string `json:"source"` // Entity.IDs
	Target        []string `json:"target"`
	SourceCode    string   `json:"source_code"`
	TargetCode    string   `json:"target_code"`
	SourceCountry string   `json:"source_country"`
	TargetCountry string   `json:"target_country"`
	CAMEO         string   `json:"cameo"`
	CAMEORoot     string   `json:"cameo_root"`
	PLOVER        string   `json:"plover"`
	PLOVERMode    string   `json:"plover_mode"`
	QuadClass     int      `json:"quad_class"`
	Goldstein     float64  `json:"goldstein"`
	Modality      string   `json:"modality"`
	Date          string   `json:"date"`
	Location      *Place   `json:"location,omitempty"`
	Sentence      int      `json:"sentence"`
	Evidence      Span     `json:"evidence"`
}

// Actor is a CAMEO actor: a country and a sector, as in USAGOV.
type Actor struct {
	Country string `json:"country"`
	Sector  string `json:"sector"`
	Code    string `json:"code"`
}

// DateRef is a time expression resolved against the publication date.
type DateRef struct {
	Span
	Text  string `json:"text"`
	Value string `json:"value"` // YYYY-MM-DD, or a coarser ISO form
}

// Warning is a soft problem found while reading a document; the rest of the
// document is still processed.
type Warning struct {
	Span
	Message string `json:"message"`
}

// Record is everything Chronicle extracted from one document.
type Record struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Title     string     `json:"title"`
	URL       string     `json:"url"`
	Published string     `json:"published"`
	Language  string     `json:"language"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Entities  []Entity   `json:"entities"`
	Quotes    []Quote    `json:"quotes"`
	Events    []Event    `json:"events"`
	Places    []Place    `json:"places"`
	Dates     []DateRef  `json:"dates"`
	Tone      float64    `json:"tone"`
	Warnings  []Warning  `json:"warnings"`
}

// NewRecord starts the record of a document: metadata and text copied, every
// list empty rather than null, and the ID set to the hex SHA-256 digest of the
// cleaned text.
func NewRecord(doc Document) *Record {
	return &Record{
		ID:        TextID(doc.Text),
		Source:    doc.Source,
		Title:     doc.Title,
		URL:       doc.URL,
		Published: doc.Published,
		Text:      doc.Text,
		Sentences: []Sentence{},
		Entities:  []Entity{},
		Quotes:    []Quote{},
		Events:    []Event{},
		Places:    []Place{},
		Dates:     []DateRef{},
		Warnings:  []Warning{},
	}
}

// TextID is the hex SHA-256 digest of a cleaned text, the record's identity:
// the same article read twice gets the same ID.
func TextID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
