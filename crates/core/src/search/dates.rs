//! Date ranges of filters (`published:2022-08`, the date pickers of the filter panel) as
//! half-open ranges of ISO date prefixes. Stored dates are RFC 3339 or `YYYY-MM-DD`
//! strings, so a prefix compares correctly as text and an index on the column serves it.

use jiff::civil::Date;

/// An ISO date prefix: `2022`, `2022-08` or `2022-08-01`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateBound(pub String);

/// `from <= value < until`; either side may be open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateRange {
    pub from: Option<DateBound>,
    pub until: Option<DateBound>,
}

impl DateBound {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists.
    pub fn parse(text: &str) -> Result<DateBound, String> {
        let text = text.trim();
        let bad = || {
            format!("expects a date like 2022, 2022-08 or 2022-08-01, not \u{201c}{text}\u{201d}")
        };
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<i16> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = parts.first().and_then(|y| number(y, 4)).ok_or_else(bad)?;
        if !(1000..=9999).contains(&year) {
            return Err(bad());
        }
        let month = match parts.get(1) {
            Some(m) => Some(
                number(m, 2)
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(bad)?,
            ),
            None => None,
        };
        if let Some(day) = parts.get(2) {
            let day = number(day, 2).ok_or_else(bad)?;
            Date::new(year, month.unwrap_or(1) as i8, day as i8).map_err(|_| bad())?;
        }
        if parts.len() > 3 {
            return Err(bad());
        }
        Ok(DateBound(text.to_string()))
    }

    /// The first prefix after every date this one covers (`2022-12` → `2023-01`).
    pub fn next(&self) -> DateBound {
        let parts: Vec<i32> = self.0.split('-').filter_map(|p| p.parse().ok()).collect();
        let text = match parts.as_slice() {
            [y] => format!("{:04}", y + 1),
            [y, 12] => format!("{:04}-01", y + 1),
            [y, m] => format!("{y:04}-{:02}", m + 1),
            [y, m, d] => match Date::new(*y as i16, *m as i8, *d as i8)
                .ok()
                .and_then(|date| date.tomorrow().ok())
            {
                Some(next) => next.strftime("%Y-%m-%d").to_string(),
                None => format!("{y:04}-{m:02}-{:02}", d + 1),
            },
            _ => self.0.clone(),
        };
        DateBound(text)
    }
}

impl DateRange {
    /// Reads `2022-08`, `>2022-01-01`, `>=…`, `<…`, `<=…` or `2022-01..2022-03`.
    pub fn parse(text: &str) -> Result<DateRange, String> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once("..") {
            return DateRange::inclusive(
                Some(from).filter(|s| !s.is_empty()),
                Some(to).filter(|s| !s.is_empty()),
            );
        }
        if let Some(rest) = text.strip_prefix(">=") {
            return Ok(DateRange {
                from: Some(DateBound::parse(rest)?),
                until: None,
            });
        }
        if let Some(rest) = text.strip_prefix("<=") {
            return Ok(DateRange {
                from: None,
                until: Some(DateBound::parse(rest)?.next()),
            });
        }
        if let Some(rest) = text.strip_prefix('>') {
            return Ok(DateRange {
                from: Some(DateBound::parse(rest)?.next()),
                until: None,
            });
        }
        if let Some(rest) = text.strip_prefix('<') {
            return Ok(DateRange {
                from: None,
                until: Some(DateBound::parse(rest)?),
            });
        }
        DateRange::inclusive(Some(text), Some(text))
    }

    /// The range from the start of `from` to the end of `to`, both inclusive.
    pub fn inclusive(from: Option<&str>, to: Option<&str>) -> Result<DateRange, String> {
        Ok(DateRange {
            from: from.map(DateBound::parse).transpose()?,
            until: to
                .map(|t| DateBound::parse(t).map(|b| b.next()))
                .transpose()?,
        })
    }

    /// The dates both ranges hold.
    pub fn intersect(&self, other: &DateRange) -> DateRange {
        let from = match (&self.from, &other.from) {
            (Some(a), Some(b)) => Some(a.clone().max(b.clone())),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        let until = match (&self.until, &other.until) {
            (Some(a), Some(b)) => Some(a.clone().min(b.clone())),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        DateRange { from, until }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Option<DateBound> {
        Some(DateBound(s.into()))
    }

    #[test]
    fn a_prefix_covers_its_period() {
        assert_eq!(
            DateRange::parse("2022").unwrap(),
            DateRange {
                from: b("2022"),
                until: b("2023")
            }
        );
        assert_eq!(DateRange::parse("2022-12").unwrap().until, b("2023-01"));
        assert_eq!(
            DateRange::parse("2024-02-28").unwrap().until,
            b("2024-02-29")
        );
        assert_eq!(
            DateRange::parse("2023-12-31").unwrap().until,
            b("2024-01-01")
        );
    }

    #[test]
    fn comparisons_and_ranges() {
        assert_eq!(
            DateRange::parse(">2022-01-31").unwrap().from,
            b("2022-02-01")
        );
        assert_eq!(DateRange::parse(">=2022-01").unwrap().from, b("2022-01"));
        assert_eq!(DateRange::parse("<2022").unwrap().until, b("2022"));
        assert_eq!(DateRange::parse("<=2022-06").unwrap().until, b("2022-07"));
        assert_eq!(
            DateRange::parse("2022-01..2022-03").unwrap(),
            DateRange {
                from: b("2022-01"),
                until: b("2022-04")
            }
        );
        assert_eq!(
            DateRange::parse("..2022").unwrap(),
            DateRange {
                from: None,
                until: b("2023")
            }
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "august",
            "22",
            "2022-13",
            "2022-02-30",
            "2022-1",
            "2022-01-01-01",
            ">",
            "",
        ] {
            assert!(DateRange::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn stored_dates_compare_as_text() {
        let r = DateRange::parse("2022-08").unwrap();
        let inside = |v: &str| {
            r.from.as_ref().is_none_or(|f| v >= f.0.as_str())
                && r.until.as_ref().is_none_or(|u| v < u.0.as_str())
        };
        assert!(inside("2022-08-01"));
        assert!(inside("2022-08-31T23:59:00-04:00"));
        assert!(!inside("2022-09-01T00:00:00Z"));
        assert!(!inside("2022-07-31"));
    }

    #[test]
    fn intersection_keeps_the_narrower_bounds() {
        let a = DateRange::parse("2022").unwrap();
        let b2 = DateRange::parse("2022-08..2023-05").unwrap();
        assert_eq!(
            a.intersect(&b2),
            DateRange {
                from: b("2022-08"),
                until: b("2023")
            }
        );
    }
}
