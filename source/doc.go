// Package source reads the inputs Chronicle is given — plain text, HTML
// pages and JSON Lines feeds, from files, directories or standard input —
// into chronicle.Document values with clean UTF-8 text.
//
// Documents is the one entry point. It streams: each input is read, turned
// into zero or more documents and yielded before the next input is opened,
// and a failure is yielded as an *Error for that input (or that JSON Lines
// line) without stopping the others.
//
// # Choosing a reader
//
// The file extension decides: .txt, .text, .md and .markdown are text;
// .html, .htm and .xhtml are HTML; .jsonl, .ndjson and .json-lines are JSON
// Lines. Other files and standard input ("-") are sniffed from their first
// bytes: a leading '<' followed somewhere near the start by an HTML tag is
// HTML, a leading '{' is JSON Lines, and anything else is text. Directories
// are walked recursively in lexical order; entries whose names begin with a
// dot are skipped, as are symbolic links to directories and special files
// met during the walk (they can still be named as arguments).
//
// # Text
//
// Line endings become "\n", a byte order mark is dropped, trailing spaces
// are trimmed from each line, control characters other than tab are removed,
// and runs of blank lines shrink to one. Line and paragraph structure is
// otherwise kept as the input had it: hard-wrapped prose keeps its lines and
// a blank line between paragraphs stays a blank line, because only the
// writer knows which of the two marks a paragraph.
//
// Encodings: valid UTF-8 is taken as it is, and UTF-16 is decoded when it
// starts with a byte order mark. Input that is not valid UTF-8 is read as
// windows-1252 (a superset of ISO-8859-1 in every printable position) when
// that is plausible, that is when its high bytes are mostly not part of
// well-formed UTF-8 sequences; a file that is mostly valid UTF-8 with a few
// stray bytes is more likely damaged than legacy, and is rejected with the
// offset of the first bad byte rather than silently turned into mojibake.
// A NUL byte, or more than one byte in ten being a control character, marks
// a binary file. An empty or whitespace-only input is an error.
//
// # HTML
//
// The article body is found with go-readability, and the text is built from
// its paragraph-level elements (p, headings, list items, quotations, pre and
// the block containers around them), one paragraph per line, so unlike a
// flattened text rendering the paragraph breaks survive; a <br> also starts
// a new line. The title is og:title, else <title>, else the first <h1>. The
// URL is the canonical link, else og:url. The publication date is taken from
// the usual meta tags (article:published_time, og:published_time, date,
// pubdate, publishdate, DC.date.issued, ...), then JSON-LD datePublished
// (looking inside @graph and arrays, preferring an Article-like @type), then
// microdata itemprop=datePublished, then a <time datetime> inside <article>.
// A page whose declared charset is neither UTF-8 nor windows-1252 is decoded
// with that charset. A page from which no body text can be extracted is an
// error.
//
// # JSON Lines
//
// Each non-blank line is a JSON object with the fields id, url, title,
// published and either text or html (text wins when both are given; html is
// read as an HTML page whose metadata fills the fields the line left empty).
// A line's document has Source "path:LINE". A malformed line, a line with
// neither body field, or a line longer than Options.MaxBytes is an error for
// that line only. The per-file size limit does not apply to JSON Lines,
// which are streamed line by line.
//
// # Dates and limits
//
// Published dates are normalised to YYYY-MM-DD in the date's own time zone
// (the local day of publication). RFC 3339, ISO dates with or without a
// time, RFC 1123/822-style feed dates and written-out dates such as
// "March 5, 2024" or "5 March 2024" are understood; numeric dates with
// slashes other than year-first are ambiguous and rejected. A date that
// cannot be read falls back to Options.Published, and then to "".
//
// Files over Options.MaxBytes are refused before they are read; standard
// input is read up to the limit and refused if it goes past it.
package source
