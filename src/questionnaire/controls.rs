//! A question's place in the frameworks auditors know: NIST SP 800-53
//! rev. 5 (ids in OSCAL's form, `ac-2.3`, with the relationship of NIST IR
//! 8477 and a rationale), ISO/IEC 27001:2022 Annex A (`A.5.15`) and the
//! SOC 2 Trust Services Criteria of 2017 (`CC6.1`). Only ids: the ISO and
//! AICPA texts are licensed.

use super::{List, Str};

/// A framework a question can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Framework {
    /// NIST SP 800-53 revision 5.
    Nist80053,
    /// ISO/IEC 27001:2022, Annex A.
    Iso27001,
    /// SOC 2, the 2017 Trust Services Criteria.
    Soc2,
}

impl Framework {
    /// Every framework, in the order they are shown.
    pub const ALL: [Framework; 3] = [Framework::Nist80053, Framework::Iso27001, Framework::Soc2];

    /// The key in questionnaire files, JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            Framework::Nist80053 => "nist-sp-800-53-r5",
            Framework::Iso27001 => "iso-27001-2022",
            Framework::Soc2 => "soc2-2017",
        }
    }

    /// The word `report --framework` takes.
    pub fn word(self) -> &'static str {
        match self {
            Framework::Nist80053 => "nist-800-53",
            Framework::Iso27001 => "iso-27001",
            Framework::Soc2 => "soc2",
        }
    }

    /// Its name as people write it.
    pub fn title(self) -> &'static str {
        match self {
            Framework::Nist80053 => "NIST SP 800-53 rev. 5",
            Framework::Iso27001 => "ISO/IEC 27001:2022 Annex A",
            Framework::Soc2 => "SOC 2 (2017 Trust Services Criteria)",
        }
    }

    /// How `id` sorts among its controls: by number, and for SOC 2 the
    /// common criteria first, then availability, confidentiality,
    /// processing integrity and privacy, as the criteria are published.
    pub fn sort_key(self, id: &str) -> (usize, Vec<(String, u64)>) {
        let series = match self {
            Framework::Soc2 => ["CC", "A", "C", "PI", "P"]
                .iter()
                .position(|p| {
                    id.strip_prefix(p)
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                })
                .unwrap_or(5),
            _ => 0,
        };
        (series, order_key(id))
    }

    /// Whether `id` has the shape of one of its controls (for ISO and SOC 2,
    /// whether it is one: their lists are closed).
    pub fn is_id(self, id: &str) -> bool {
        match self {
            Framework::Nist80053 => is_nist_id(id),
            Framework::Iso27001 => is_iso_id(id),
            Framework::Soc2 => is_soc2_id(id),
        }
    }
}

/// How a question relates to the 800-53 controls it is mapped to, in NIST
/// IR 8477's terms (the question is the source, the controls the target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relationship {
    /// The question asks what the controls require, no more, no less.
    EquivalentTo,
    /// The question asks part of what the controls require.
    SubsetOf,
    /// The question asks all the controls require, and more.
    SupersetOf,
    /// The question and the controls overlap; each has parts the other lacks.
    IntersectsWith,
}

impl Relationship {
    /// Every relationship.
    pub const ALL: [Relationship; 4] = [
        Relationship::EquivalentTo,
        Relationship::SubsetOf,
        Relationship::SupersetOf,
        Relationship::IntersectsWith,
    ];

    /// The word in files and in OSCAL's mapping model.
    pub fn word(self) -> &'static str {
        match self {
            Relationship::EquivalentTo => "equivalent-to",
            Relationship::SubsetOf => "subset-of",
            Relationship::SupersetOf => "superset-of",
            Relationship::IntersectsWith => "intersects-with",
        }
    }

    /// Reads the word.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.word() == word)
    }
}

/// A question's mappings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Controls {
    /// NIST SP 800-53 rev. 5 controls, in OSCAL's form (`ac-2.3`).
    pub nist: List<Str>,
    /// ISO/IEC 27001:2022 Annex A controls (`A.5.15`).
    pub iso: List<Str>,
    /// SOC 2 criteria (`CC6.1`).
    pub soc2: List<Str>,
    /// How the question relates to its 800-53 controls.
    pub relationship: Option<Relationship>,
    /// Why, in a line.
    pub rationale: Str,
}

impl Default for Controls {
    fn default() -> Self {
        Controls {
            nist: List::Borrowed(&[]),
            iso: List::Borrowed(&[]),
            soc2: List::Borrowed(&[]),
            relationship: None,
            rationale: Str::Borrowed(""),
        }
    }
}

impl Controls {
    /// The controls of `framework`.
    pub fn of(&self, framework: Framework) -> &[Str] {
        match framework {
            Framework::Nist80053 => &self.nist,
            Framework::Iso27001 => &self.iso,
            Framework::Soc2 => &self.soc2,
        }
    }

    /// Whether it maps to nothing.
    pub fn is_empty(&self) -> bool {
        Framework::ALL.iter().all(|f| self.of(*f).is_empty())
    }
}

/// `ac-2`, `ac-2.3`: two letters, a number, maybe an enhancement.
fn is_nist_id(id: &str) -> bool {
    let Some((family, rest)) = id.split_once('-') else {
        return false;
    };
    let number = |s: &str| {
        !s.is_empty()
            && s.len() <= 2
            && s.bytes().all(|b| b.is_ascii_digit())
            && !s.starts_with('0')
    };
    let (base, enhancement) = match rest.split_once('.') {
        Some((b, e)) => (b, Some(e)),
        None => (rest, None),
    };
    family.len() == 2
        && family.bytes().all(|b| b.is_ascii_lowercase())
        && number(base)
        && enhancement.is_none_or(number)
}

/// A.5.1-A.5.37, A.6.1-A.6.8, A.7.1-A.7.14, A.8.1-A.8.34.
fn is_iso_id(id: &str) -> bool {
    let Some(rest) = id.strip_prefix("A.") else {
        return false;
    };
    let Some((theme, n)) = rest.split_once('.') else {
        return false;
    };
    let last = match theme {
        "5" => 37,
        "6" => 8,
        "7" => 14,
        "8" => 34,
        _ => return false,
    };
    !n.starts_with('0') && n.parse::<u32>().is_ok_and(|n| (1..=last).contains(&n))
}

/// The 2017 criteria: CC1.1-CC9.2, A1.1-A1.3, C1.1-C1.2, PI1.1-PI1.5,
/// P1.1-P8.1.
fn is_soc2_id(id: &str) -> bool {
    const SERIES: [(&str, &[u32]); 5] = [
        ("CC", &[5, 3, 4, 2, 3, 8, 5, 1, 2]),
        ("A", &[3]),
        ("C", &[2]),
        ("PI", &[5]),
        ("P", &[1, 1, 2, 3, 2, 7, 1, 1]),
    ];
    SERIES.iter().any(|(prefix, counts)| {
        let Some(rest) = id.strip_prefix(prefix) else {
            return false;
        };
        let Some((group, item)) = rest.split_once('.') else {
            return false;
        };
        let number = |s: &str| s.parse::<usize>().ok().filter(|_| !s.starts_with('0'));
        match (number(group), number(item)) {
            (Some(g), Some(i)) => {
                g >= 1 && g <= counts.len() && i >= 1 && i as u32 <= counts[g - 1]
            }
            _ => false,
        }
    })
}

/// A control id as it sorts: its parts, numbers by value (`ac-2` before
/// `ac-2.3` before `ac-12`; `A.5.9` before `A.5.10`).
pub fn order_key(id: &str) -> Vec<(String, u64)> {
    let mut key = Vec::new();
    let mut word = String::new();
    let mut number: Option<u64> = None;
    for c in id.chars() {
        if let Some(d) = c.to_digit(10) {
            number = Some(
                number
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(d.into()),
            );
        } else {
            if let Some(n) = number.take() {
                key.push((std::mem::take(&mut word), n));
            }
            if c.is_alphabetic() {
                word.push(c);
            }
        }
    }
    key.push((word, number.unwrap_or(0)));
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_each_framework() {
        for ok in ["ac-2", "ac-2.3", "si-12", "ia-2.12"] {
            assert!(Framework::Nist80053.is_id(ok), "{ok}");
        }
        for bad in [
            "AC-2", "ac-2(3)", "ac2", "ac-02", "ac-", "a-2", "ac-2.3.1", "",
        ] {
            assert!(!Framework::Nist80053.is_id(bad), "{bad}");
        }
        for ok in ["A.5.1", "A.5.37", "A.6.8", "A.7.14", "A.8.34"] {
            assert!(Framework::Iso27001.is_id(ok), "{ok}");
        }
        for bad in ["A.5.38", "A.6.9", "A.8.0", "A.9.1", "5.1", "A.5.01", "A.5"] {
            assert!(!Framework::Iso27001.is_id(bad), "{bad}");
        }
        for ok in [
            "CC1.1", "CC6.8", "CC9.2", "A1.3", "C1.2", "PI1.5", "P6.7", "P8.1",
        ] {
            assert!(Framework::Soc2.is_id(ok), "{ok}");
        }
        for bad in [
            "CC6.9", "CC10.1", "CC0.1", "A1.4", "P9.1", "cc6.1", "CC6", "CC6.01",
        ] {
            assert!(!Framework::Soc2.is_id(bad), "{bad}");
        }
    }

    #[test]
    fn controls_sort_by_number() {
        let mut ids = vec![
            "ac-12", "ac-2.3", "ac-2", "A.5.10", "A.5.9", "CC6.1", "CC10.1",
        ];
        ids.sort_by_key(|i| order_key(i));
        assert_eq!(
            ids,
            [
                "A.5.9", "A.5.10", "CC6.1", "CC10.1", "ac-2", "ac-2.3", "ac-12"
            ]
        );
    }
}
