// Package timex finds the time expressions of a news article and resolves
// them against the article's publication date.
//
// Resolve reads the text once, left to right, and reports each expression as
// a chronicle.DateRef whose span is the exact phrase, including a leading
// "on", "last", "this", "next", "earlier this" or "later this" when one is
// there ("on Wednesday", "last Friday", "earlier this week"), but not a
// leading "in" or "since" ("in March" gives "March"). Expressions never
// overlap and come in text order; none crosses a line break.
//
// Values are ISO 8601, as precise as the words: a day "2025-02-12", an ISO
// week "2025-W07", a month "2025-02" or a year "2025".
//
// The rules, with publication date P:
//
//   - Weekdays. A bare weekday ("Wednesday", "Friday's meeting") is the most
//     recent such day on or before P, since news mostly reports the past.
//     After "on" it is the nearest such day within three days either side of
//     P ("on Friday" published Wednesday 2025-02-12 is 2025-02-14, "on Monday"
//     is 2025-02-10), which reads "will meet on Friday" and "met on Monday"
//     alike. "last Friday" is the nearest one strictly before P, "next Friday"
//     the nearest strictly after, "this Friday" the one in P's ISO week
//     (Monday to Sunday). A following "morning", "afternoon", "evening" or
//     "night" joins the span. A weekday followed by a date ("Friday, January
//     24") is one expression whose value is the date.
//   - Days: "today", "tonight", "this morning/afternoon/evening" are P,
//     "yesterday" and "last night" P-1, "tomorrow" P+1.
//   - "this/last/next week" is the ISO week of P, P-7 or P+7; likewise
//     "month" and "year". "earlier this week" and "later this year" are the
//     current week and year.
//   - Counts: "two days ago", "three weeks ago", "a year ago" count back from
//     P. "a day later", "two weeks earlier", "the next day", "the following
//     day" and "the previous day" count from the last day-valued expression
//     before them in the text (P when there is none), so "on January 20 ...
//     a day later" is January 21. Counts of days give a day, of weeks an ISO
//     week, of months a month, of years a year. Hours and minutes ("within 24
//     hours") give no date and are not reported.
//   - Absolute dates: "January 20", "Jan. 20", "January 20th", "20 January",
//     each with or without a year ("January 20, 2025", "20 January 2025"),
//     "2025-01-20", and "1/20/2025". Slashed dates are read month first (US
//     order) unless the first number cannot be a month, so "20/1/2025" is
//     January 20. A month and day without a year take the year (P's, the one
//     before or the one after) that puts the date nearest P.
//   - Months: a month with a year ("February 2022", "February of 2022") is
//     that month. A bare month counts only after a preposition such as "in",
//     "since", "until", "by" or "during" (so the verb "march" and the modal
//     "May" are not dates) and is the nearest such month on or before P ("in
//     March" published 2025-02-12 is 2024-03). "last March" is the nearest
//     March strictly before P's month, "next March" strictly after, "this
//     March" the one in P's year. Month names must be capitalized.
//   - Years: a four-digit number from 1900 to 2099 ("in 2022", "the 2022
//     invasion") that is not an amount: not followed by a unit such as
//     "people", "troops", "%" or "percent", not after a currency sign, not
//     glued to other digits, letters or decimal points.
//
// Without a publication date (or with one that does not parse), relative
// expressions are still reported but with Value "", and only absolute ones
// (a full date, a month with a year, a year) get values. Impossible dates
// ("February 30") are skipped whole, year included.
//
// Resolve never panics on its input and runs in time linear in the text.
package timex
