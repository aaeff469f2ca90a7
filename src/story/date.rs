//! Dates in the story file: a day (`2024-06-13`) or a span of days
//! (`2024-06-13/2024-06-15`, ISO 8601), each a real day of the calendar.
//! Checked natively when the story is read; the widget shows the labels
//! the story gives and puts the start date in `<time datetime>`.

/// A day of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// Reads `YYYY-MM-DD`; `None` unless it names a day that exists.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let number = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| s.parse().ok())?
        };
        let day = Day {
            year: number(y)?,
            month: number(m)?,
            day: number(d)?,
        };
        let leap = day.year.is_multiple_of(4)
            && (!day.year.is_multiple_of(100) || day.year.is_multiple_of(400));
        let days_in_month = match day.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day.year >= 1 && (1..=days_in_month).contains(&day.day)).then_some(day)
    }
}

/// A day or a span of days, as the story file writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Day,
    pub end: Day,
}

impl Span {
    /// Reads `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`; an error says what is
    /// wrong, in words for the editor.
    pub fn parse(text: &str) -> Result<Span, String> {
        let bad = || {
            format!("`{text}` is not a date like 2024-06-13 or a span like 2024-06-13/2024-06-15")
        };
        let (start, end) = text.split_once('/').unwrap_or((text, text));
        let (start, end) = (
            Day::parse(start).ok_or_else(bad)?,
            Day::parse(end).ok_or_else(bad)?,
        );
        if end < start {
            return Err(format!("`{text}` ends before it starts"));
        }
        Ok(Span { start, end })
    }

    /// Whether `label`, the date as the reader sees it, says the year (or
    /// both years of a span across a new year), so no date reads as if it
    /// were this year's.
    pub fn is_named_with_its_year(&self, label: &str) -> bool {
        [self.start.year, self.end.year]
            .iter()
            .all(|year| label.contains(&year.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_must_exist() {
        assert!(Day::parse("2024-06-13").is_some());
        assert!(Day::parse("2024-02-29").is_some(), "2024 is a leap year");
        for text in [
            "2023-02-29",
            "2024-06-31",
            "2024-13-01",
            "2024-00-10",
            "24-06-13",
            "2024-6-13",
            "2024-06-13T10:00",
            "13/06/2024",
            "2024-06-+1",
        ] {
            assert_eq!(Day::parse(text), None, "{text}");
        }
    }

    #[test]
    fn spans_run_forwards_and_labels_name_their_year() {
        let span = Span::parse("2024-06-13/2024-06-15").unwrap();
        assert_eq!((span.start.day, span.end.day), (13, 15));
        assert!(span.is_named_with_its_year("13-15 June 2024"));
        assert!(!span.is_named_with_its_year("13-15 June"));
        let one = Span::parse("2024-06-12").unwrap();
        assert_eq!(one.start, one.end);
        assert!(Span::parse("2024-06-15/2024-06-13")
            .unwrap_err()
            .contains("ends before it starts"));
        assert!(Span::parse("June 2024").unwrap_err().contains("not a date"));
        let new_year = Span::parse("2024-12-30/2025-01-02").unwrap();
        assert!(!new_year.is_named_with_its_year("30 December - 2 January 2025"));
        assert!(new_year.is_named_with_its_year("30 December 2024 - 2 January 2025"));
    }
}
